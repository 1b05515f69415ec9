// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.verwijsindex.coordination.MatchCaseView;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchQueries.MatchView;

/**
 * What "Mijn matches" ({@link MatchesPage}) shows, apart from how it is asked: the cards of the match cases and
 * their grouping under the professional's own youth, unread and newest first (issue 16 item 1).
 */
final class MatchCards {

    private MatchCards() {}

    /**
     * One match case on the page: its coordination (null while the coordination module has not yet taken the case
     * up) and the matches of the professional's own signals in it.
     */
    record CaseCard(MatchCaseId caseId, MatchCaseView coordination, List<MatchView> pairs) {

        /** Whether the professional asking has confirmed the latest consultation. */
        public boolean confirmedBy(UUID professionalId) {
            return coordination != null
                    && coordination.consultation() != null
                    && coordination.consultation().confirmedBy().contains(professionalId.toString());
        }

        /** Who the director can hand over to: the others in the case. */
        public List<ProfessionalContact> others() {
            return coordination == null ? List.of() : coordination.others();
        }

        /** The own signal the case is shown under: that of its newest match. */
        UUID ownSignalId() {
            return pairs.get(0).ownSignalId().value();
        }

        boolean anyUnread(Set<MatchPairId> unread) {
            return pairs.stream().anyMatch(p -> unread.contains(p.pairId()));
        }

        OffsetDateTime newest() {
            return pairs.stream()
                    .map(MatchView::matchedAt)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }
}
