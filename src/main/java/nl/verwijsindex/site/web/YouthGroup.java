// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.national.CrossRegionMatches.CrossRegionMatch;
import nl.verwijsindex.site.web.MatchCards.CaseCard;

/**
 * Issue 16 item 1: the cases of one of the professional's own youths on {@link MatchesPage}, under that youth's label.
 * Youths with an unread match come first, then the newest; so do the cases within. R-NATIONAL: the youth's matches in
 * other regions beside them, unread as a local match is while their notice is (R-NOTICE); a youth with only those comes
 * after the others, the unread ones first.
 */
record YouthGroup(
        UUID ownSignalId, YouthLabel youth, boolean unread, List<CaseCard> cards, List<CrossRegionMatch> crossRegion) {

    static List<YouthGroup> of(
            List<CaseCard> cards,
            List<CrossRegionMatch> national,
            Map<UUID, YouthLabel> labels,
            Set<MatchPairId> unread,
            Set<Long> nationalUnread) {
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
        List<YouthGroup> groups = new ArrayList<>();
        bySignal.forEach((signal, cardsOfSignal) -> {
            List<CrossRegionMatch> elsewhere = nationalBySignal.getOrDefault(signal, List.of());
            boolean anyUnread = cardsOfSignal.get(0).anyUnread(unread) || anyUnread(elsewhere, nationalUnread);
            groups.add(new YouthGroup(signal, labels.get(signal), anyUnread, cardsOfSignal, elsewhere));
        });
        groups.sort(Comparator.comparing(g -> !g.unread()));
        List<YouthGroup> onlyElsewhere = new ArrayList<>();
        nationalBySignal.forEach((signal, matches) -> {
            if (!bySignal.containsKey(signal)) {
                onlyElsewhere.add(new YouthGroup(
                        signal, labels.get(signal), anyUnread(matches, nationalUnread), List.of(), matches));
            }
        });
        onlyElsewhere.sort(Comparator.comparing(g -> !g.unread()));
        groups.addAll(onlyElsewhere);
        return groups;
    }

    private static boolean anyUnread(List<CrossRegionMatch> matches, Set<Long> nationalUnread) {
        return matches.stream().anyMatch(m -> nationalUnread.contains(m.deliveryId()));
    }
}
