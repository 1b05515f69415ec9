// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.ConsultationOutcome;
import nl.verwijsindex.coordination.Consultations;
import nl.verwijsindex.coordination.MatchCaseView;
import nl.verwijsindex.coordination.MatchCases;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.MatchView;
import nl.verwijsindex.national.CrossRegionKind;
import nl.verwijsindex.national.CrossRegionMatches;
import nl.verwijsindex.national.CrossRegionMatches.CrossRegionMatch;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.site.web.MatchCards.CaseCard;

/**
 * "Mijn matches": the professional's match cases, each with its coordination (R-DIRECTOR, R-DEADLINE,
 * R-CONSULTED): who directs it and how to reach them, the deadline and the state; the director ticks off the
 * consultation with an optional outcome category (never free text) or hands the directorship over, the others
 * confirm. Under each case the matches in it with the other professional's contact details (R-NOTICE,
 * R-VISIBLE). Issue 16 item 1: grouped under the professional's own youth ({@link YouthLabel}), never the other
 * child; unread and newest first. The coordination module decides who may do what; a case the professional is not
 * in is "not found". R-NATIONAL: under the same youth, the matches the national index found in other regions, with
 * the other professional's contact card and region; a cross-region archive hit is shown once (R-ARCHIVE-HIT).
 */
@Controller
class MatchesPage {

    private final MatchQueries matches;
    private final MatchCases cases;
    private final Consultations consultations;
    private final Inbox inbox;
    private final YouthLabels youthLabels;
    private final CrossRegionMatches crossRegion;

    MatchesPage(
            MatchQueries matches,
            MatchCases cases,
            Consultations consultations,
            Inbox inbox,
            YouthLabels youthLabels,
            CrossRegionMatches crossRegion) {
        this.crossRegion = crossRegion;
        this.matches = matches;
        this.cases = cases;
        this.consultations = consultations;
        this.inbox = inbox;
        this.youthLabels = youthLabels;
    }

    @GetMapping("/matches")
    String matches(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return page(account, new FormErrors(), Map.of(), model);
    }

    /**
     * R-CONSULTED: the director ticks off that they consulted the others, optionally with outcome categories
     * (multiple choice, table 4.1 of seed 003).
     */
    @PostMapping("/matches/{caseId}/afgestemd")
    String consulted(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID caseId,
            @RequestParam(required = false) List<String> uitkomst,
            Model model,
            RedirectAttributes redirect) {
        String field = "uitkomst-" + caseId;
        List<String> chosen = uitkomst == null
                ? List.of()
                : uitkomst.stream().filter(u -> !u.isEmpty()).toList();
        Set<ConsultationOutcome> outcomes = Arrays.stream(ConsultationOutcome.values())
                .filter(o -> chosen.contains(o.name()))
                .collect(Collectors.toSet());
        String input = String.join(",", chosen);
        if (outcomes.size() != chosen.stream().distinct().count()) {
            return failed(account, field, "Kies een of meer van de uitkomsten, of geen.", input, model);
        }
        try {
            consultations.record(
                    account.organisation(), account.professional(), new MatchCaseId(caseId), outcomes, actor(account));
        } catch (DomainException e) {
            return refused(account, field, e, input, model);
        }
        redirect.addFlashAttribute(
                "notice", "De afstemming is afgevinkt. De andere professionals zien dat u contact heeft gehad.");
        return "redirect:/matches#zaak-" + caseId;
    }

    /** R-CONSULTED: another professional in the case confirms the director's tick. */
    @PostMapping("/matches/{caseId}/bevestigen")
    String confirm(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID caseId,
            Model model,
            RedirectAttributes redirect) {
        try {
            consultations.confirm(
                    account.organisation(), account.professional(), new MatchCaseId(caseId), actor(account));
        } catch (DomainException e) {
            return refused(account, "bevestigen-" + caseId, e, null, model);
        }
        redirect.addFlashAttribute("notice", "U heeft bevestigd dat de afstemming heeft plaatsgevonden.");
        return "redirect:/matches#zaak-" + caseId;
    }

    /** R-DIRECTOR: the director hands the directorship to another professional in the case (logged). */
    @PostMapping("/matches/{caseId}/regie-overdragen")
    String handOver(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID caseId,
            @RequestParam(required = false) String professional,
            Model model,
            RedirectAttributes redirect) {
        String field = "overdragen-" + caseId;
        UUID to;
        try {
            to = professional == null || professional.isBlank() ? null : UUID.fromString(professional);
        } catch (IllegalArgumentException e) {
            to = null;
        }
        if (to == null) {
            return failed(account, field, "Kies de professional aan wie u de regie overdraagt.", professional, model);
        }
        MatchCaseView after;
        try {
            after = cases.handOver(
                    account.organisation(),
                    account.professional(),
                    new MatchCaseId(caseId),
                    new ProfessionalId(to),
                    actor(account));
        } catch (DomainException e) {
            return refused(account, field, e, professional, model);
        }
        redirect.addFlashAttribute(
                "notice",
                "U heeft de regie overgedragen aan " + after.director().name() + ".");
        return "redirect:/matches#zaak-" + caseId;
    }

    private String failed(SignedInAccount account, String field, String message, String input, Model model) {
        FormErrors errors = new FormErrors();
        errors.add(field, message);
        return page(account, errors, input == null ? Map.of() : Map.of(field, input), model);
    }

    /** A refusal of the coordination module next to the form; a case the professional is not in stays "not found". */
    private String refused(SignedInAccount account, String field, DomainException e, String input, Model model) {
        if (e.kind() == DomainException.Kind.NOT_FOUND) {
            throw e;
        }
        return failed(account, field, e.dutchMessage(), input, model);
    }

    private String page(SignedInAccount account, FormErrors errors, Map<String, String> input, Model model) {
        Actor actor = actor(account);
        List<MatchView> pairs = matches.matchesOf(account.organisation(), account.professional(), actor);
        Set<MatchPairId> unread = inbox.unreadMatches(account.professional());
        Map<MatchCaseId, CaseCard> cards = new LinkedHashMap<>();
        cases.casesOf(account.organisation(), account.professional(), actor)
                .forEach(c -> cards.put(c.matchCaseId(), new CaseCard(c.matchCaseId(), c, new ArrayList<>())));
        pairs.forEach(p -> cards.computeIfAbsent(p.matchCaseId(), id -> new CaseCard(id, null, new ArrayList<>()))
                .pairs()
                .add(p));
        List<CaseCard> shown =
                cards.values().stream().filter(c -> !c.pairs().isEmpty()).toList();
        List<CrossRegionMatch> national = crossRegion.ofProfessional(account.professional());
        List<UUID> ownSignals =
                new ArrayList<>(pairs.stream().map(p -> p.ownSignalId().value()).toList());
        national.forEach(n -> ownSignals.add(n.ownSignalId()));
        Map<UUID, YouthLabel> labels = youthLabels.of(account, ownSignals);
        Set<Long> nationalUnread = inbox.unreadCrossRegionMatches(account.professional());
        model.addAttribute("youths", YouthGroup.of(shown, national, labels, unread, nationalUnread));
        crossRegion.archiveHitsShown(
                account.professional(),
                national.stream()
                        .filter(n -> n.kind() == CrossRegionKind.ARCHIVE_HIT)
                        .map(CrossRegionMatch::deliveryId)
                        .toList());
        model.addAttribute("unread", unread);
        model.addAttribute("nationalUnread", nationalUnread);
        model.addAttribute("outcomes", ConsultationOutcome.values());
        model.addAttribute("errors", errors);
        model.addAttribute("input", input);
        return "professional/matches";
    }

    private static Actor actor(SignedInAccount account) {
        return Actor.user(account.accountId().toString());
    }
}
