// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import java.util.List;
import java.util.UUID;

/**
 * New matches were made. Ids only (DESIGN decision 4): whoever acts on it reads the current state, so a
 * match whose signals were deleted in the meantime leads to nothing.
 *
 * <p>The components stay plain UUIDs: the publication registry keeps this event as JSON until every listener
 * has handled it, so its form must read back after an upgrade. {@link #matchCase()} and {@link #pairs()}
 * give the typed ids.
 */
public record MatchesFound(UUID matchCaseId, List<UUID> pairIds) {

    public MatchesFound {
        pairIds = List.copyOf(pairIds);
    }

    public static MatchesFound of(MatchCaseId matchCase, List<MatchPairId> pairs) {
        return new MatchesFound(
                matchCase.value(), pairs.stream().map(MatchPairId::value).toList());
    }

    public MatchCaseId matchCase() {
        return new MatchCaseId(matchCaseId);
    }

    public List<MatchPairId> pairs() {
        return pairIds.stream().map(MatchPairId::new).toList();
    }
}
