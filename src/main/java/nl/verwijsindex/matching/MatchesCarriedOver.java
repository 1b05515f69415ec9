// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import java.util.List;
import java.util.UUID;

/**
 * Matches derived on import between two signals from the same old system (issue 18, ADR 0031): that system
 * already made them and its professionals knew, so nobody is notified (unlike {@link MatchesFound}). Ids only.
 */
public record MatchesCarriedOver(UUID matchCaseId, List<UUID> pairIds) {

    public MatchesCarriedOver {
        pairIds = List.copyOf(pairIds);
    }

    public static MatchesCarriedOver of(MatchCaseId matchCase, List<MatchPairId> pairs) {
        return new MatchesCarriedOver(
                matchCase.value(), pairs.stream().map(MatchPairId::value).toList());
    }

    public MatchCaseId matchCase() {
        return new MatchCaseId(matchCaseId);
    }

    public List<MatchPairId> pairs() {
        return pairIds.stream().map(MatchPairId::new).toList();
    }
}
