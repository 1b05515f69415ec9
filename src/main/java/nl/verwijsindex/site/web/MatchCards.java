// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.verwijsindex.coordination.MatchCaseView;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchQueries.MatchView;
import nl.verwijsindex.national.CrossRegionMatches.CrossRegionMatch;

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

    /**
     * Issue 16 item 1: the cases of one of the professional's own youths, under that youth's label. Youths with an
     * unread match come first, then the newest; so do the cases within. R-NATIONAL: the youth's matches in other
     * regions beside them; a youth with only those comes after the others.
     */
    record YouthGroup(
            UUID ownSignalId,
            YouthLabel youth,
            boolean unread,
            List<CaseCard> cards,
            List<CrossRegionMatch> crossRegion) {

        static List<YouthGroup> of(
                List<CaseCard> cards,
                List<CrossRegionMatch> national,
                Map<UUID, YouthLabel> labels,
                Set<MatchPairId> unread) {
            Map<UUID, List<CrossRegionMatch>> nationalBySignal = new LinkedHashMap<>();
            national.forEach(n -> nationalBySignal
                    .computeIfAbsent(n.ownSignalId(), id -> new ArrayList<>())
                    .add(n));
            Comparator<CaseCard> order = Comparator.<CaseCard, Boolean>comparing(c -> !c.anyUnread(unread))
                    .thenComparing(CaseCard::newest, Comparator.reverseOrder());
            Map<UUID, List<CaseCard>> bySignal = new LinkedHashMap<>();
            cards.stream()
                    .sorted(order)
                    .forEach(c -> bySignal.computeIfAbsent(c.ownSignalId(), id -> new ArrayList<>())
                            .add(c));
            List<YouthGroup> groups = new ArrayList<>(bySignal.entrySet().stream()
                    .map(e -> new YouthGroup(
                            e.getKey(),
                            labels.get(e.getKey()),
                            e.getValue().get(0).anyUnread(unread),
                            e.getValue(),
                            nationalBySignal.getOrDefault(e.getKey(), List.of())))
                    .toList());
            nationalBySignal.forEach((signal, matches) -> {
                if (!bySignal.containsKey(signal)) {
                    groups.add(new YouthGroup(signal, labels.get(signal), false, List.of(), matches));
                }
            });
            return groups;
        }
    }
}
