// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.util.List;

import nl.verwijsindex.coordination.internal.Appointer;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * R-VISIBLE: who may act on a match case. Someone without an active signal in it is told it does not exist, so
 * its existence is not revealed.
 */
final class CaseAccess {

    private CaseAccess() {}

    static Participant requireParticipant(List<Participant> active, ProfessionalId professional) {
        return active.stream()
                .filter(p -> p.professionalId().equals(professional))
                .findFirst()
                .orElseThrow(CaseAccess::caseNotFound);
    }

    /** The case's director, who must be the professional asking. */
    static Participant requireDirector(
            Appointer appointer, CaseRow c, List<Participant> active, ProfessionalId professional) {
        requireParticipant(active, professional);
        Participant director = appointer
                .ensureDirector(c, active)
                .orElseThrow(() -> new DomainException(
                        Kind.CONFLICT,
                        "match-case-closed",
                        "Deze match is afgesloten: er zijn geen twee actieve signalen meer."));
        if (!director.professionalId().equals(professional)) {
            throw new DomainException(Kind.FORBIDDEN, "not-the-director", "Alleen de matchregisseur kan dit doen.");
        }
        return director;
    }

    static DomainException caseNotFound() {
        return new DomainException(
                Kind.NOT_FOUND, "match-case-not-found", "Deze match bestaat niet of u bent er niet bij betrokken.");
    }
}
