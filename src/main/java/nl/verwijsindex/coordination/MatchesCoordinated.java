// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.verwijsindex.matching.MatchPairId;

/**
 * The coordination of new matches ({@link nl.verwijsindex.matching.MatchesFound}) was opened, or found open already.
 * Issue 18 (docs/adr/0058): published inside the transaction that handles the match's publication, for listeners
 * that act in that same transaction (the notification module makes the match's notices): one publication, one
 * transaction and one commit per match where there were three. The transaction holds the youths of the case's
 * signals ({@code for no key update}, in id order, as a deletion takes them) and their signals until it ends.
 *
 * <p>Ids only (DESIGN decision 4): a listener reads what the pairs are now. Published whether or not the case could
 * be opened: a pair of which one signal is still active still tells its professional.
 *
 * @param pairIds the pairs of the match, as {@code MatchesFound} named them
 * @param superviseIn the municipality whose supervisors hear of the case's new matches (R-NOTICE), or {@code null}
 *     when none is to be told: no match was new to the case (the publication handed over again), or the case has no
 *     municipality
 * @param matchedOn the day the coordination saw the matches, the supervisors' notices' date (once a day a case)
 */
public record MatchesCoordinated(UUID matchCaseId, List<UUID> pairIds, String superviseIn, LocalDate matchedOn)
        implements AboutMatchCase {

    public MatchesCoordinated {
        pairIds = List.copyOf(pairIds);
    }

    public List<MatchPairId> pairs() {
        return pairIds.stream().map(MatchPairId::new).toList();
    }
}
