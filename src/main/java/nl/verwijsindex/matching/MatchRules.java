// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import java.util.List;

import nl.verwijsindex.signal.ActiveSignal;

/** The match rules, in one place, readable without the rest of the code. */
public final class MatchRules {

    private MatchRules() {}

    /**
     * R-MATCH-YOUTH: a new signal matches every other active signal on the same youth of another
     * professional; each pair is one match. When the region suppresses matches within one organisation
     * (configurable, default not), signals of the same organisation do not match.
     */
    public static List<ActiveSignal> youthMatchPartners(
            ActiveSignal newSignal, List<ActiveSignal> activeOnYouth, boolean suppressSameOrganisation) {
        return activeOnYouth.stream()
                .filter(other -> !other.id().equals(newSignal.id()))
                .filter(other -> !other.professionalId().equals(newSignal.professionalId()))
                .filter(other ->
                        !(suppressSameOrganisation && other.organisationId().equals(newSignal.organisationId())))
                .toList();
    }

    /**
     * R-MATCH-FAMILY and R-MATCH-ADDRESS: a signal on one youth and a signal on a related youth (a sibling or
     * half-sibling, or a co-resident) match when another professional holds them; the same-organisation
     * option applies as for youth matches.
     */
    public static boolean relativesMatch(ActiveSignal own, ActiveSignal other, boolean suppressSameOrganisation) {
        return !own.professionalId().equals(other.professionalId())
                && !(suppressSameOrganisation && own.organisationId().equals(other.organisationId()));
    }
}
