// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeView;

/**
 * "Berichten": the professional's inbox. Marking an item read is a POST form; with htmx only the list is
 * replaced, without JavaScript the page reloads.
 */
@Controller
class InboxPage {

    private final Inbox inbox;
    private final MatchQueries matches;
    private final YouthLabels youthLabels;

    InboxPage(Inbox inbox, MatchQueries matches, YouthLabels youthLabels) {
        this.inbox = inbox;
        this.matches = matches;
        this.youthLabels = youthLabels;
    }

    @GetMapping("/berichten")
    String inbox(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return list(account, model);
    }

    private String list(SignedInAccount account, Model model) {
        List<NoticeView> notices = inbox.of(account.organisation(), account.professional(), false, actor(account));
        model.addAttribute("notices", notices);
        model.addAttribute("youthOf", youthOf(account, notices));
        return "professional/inbox";
    }

    /**
     * Issue 16 item 1: which own youth each message is about. A match or a match case holds signals of others too;
     * only the professional's own is labelled ({@link YouthLabels} refuses the others).
     */
    private Map<UUID, YouthLabel> youthOf(SignedInAccount account, List<NoticeView> notices) {
        Map<UUID, List<UUID>> candidates = new LinkedHashMap<>();
        Map<UUID, List<UUID>> pairSignals = new HashMap<>();
        matches.pairs(notices.stream()
                        .filter(n -> n.matchId() != null)
                        .map(NoticeView::matchId)
                        .toList())
                .forEach(p -> pairSignals.put(
                        p.pairId().value(),
                        List.of(p.signalA().value(), p.signalB().value())));
        Map<MatchCaseId, List<Participant>> caseSignals = matches.activeParticipants(notices.stream()
                .map(NoticeView::matchCaseId)
                .filter(Objects::nonNull)
                .toList());
        for (NoticeView n : notices) {
            List<UUID> signals = new ArrayList<>();
            if (n.signalId() != null) {
                signals.add(n.signalId().value());
            }
            if (n.matchId() != null) {
                signals.addAll(pairSignals.getOrDefault(n.matchId().value(), List.of()));
            }
            if (n.matchCaseId() != null) {
                caseSignals.getOrDefault(n.matchCaseId(), List.of()).stream()
                        .filter(p -> p.professionalId().equals(account.professional()))
                        .forEach(p -> signals.add(p.signalId().value()));
            }
            candidates.put(n.id().value(), signals);
        }
        Map<UUID, YouthLabel> labels = youthLabels.of(
                account, candidates.values().stream().flatMap(List::stream).toList());
        Map<UUID, YouthLabel> youthOf = new HashMap<>();
        candidates.forEach((notice, signals) -> signals.stream()
                .filter(labels::containsKey)
                .findFirst()
                .ifPresent(signal -> youthOf.put(notice, labels.get(signal))));
        return youthOf;
    }

    @PostMapping("/berichten/{id}/gelezen")
    String markRead(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        inbox.markRead(account.organisation(), account.professional(), new NoticeId(id));
        if (!"true".equals(htmx)) {
            return "redirect:/berichten";
        }
        list(account, model);
        return "professional/inbox :: list";
    }

    private static Actor actor(SignedInAccount account) {
        return Actor.user(account.accountId().toString());
    }
}
