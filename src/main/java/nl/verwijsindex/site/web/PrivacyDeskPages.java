// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.rights.Decision;
import nl.verwijsindex.rights.NewRequest;
import nl.verwijsindex.rights.Outcome;
import nl.verwijsindex.rights.PrivacyDesk;
import nl.verwijsindex.rights.RequestDecisions;
import nl.verwijsindex.rights.RequestView;
import nl.verwijsindex.rights.RightsRequests;
import nl.verwijsindex.shared.DeadlockRetry;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.site.web.PrivacyDeskView.DecisionForm;
import nl.verwijsindex.site.web.PrivacyDeskView.ExtensionForm;

/**
 * R-REQUEST: the privacy desk's pages: its municipality's requests, a new request, and one request from the advice
 * to the decision. A refusal shows on the page with everything typed kept; another municipality's request is "not
 * found".
 */
@Controller
class PrivacyDeskPages {

    private final RightsRequests requests;
    private final RequestDecisions decisions;
    private final PrivacyDeskView view;

    PrivacyDeskPages(RightsRequests requests, RequestDecisions decisions, PrivacyDeskView view) {
        this.requests = requests;
        this.decisions = decisions;
        this.view = view;
    }

    @GetMapping("/privacyloket")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("requests", requests.ofDesk(PrivacyDesk.of(account)));
        return "desk/requests";
    }

    @GetMapping("/privacyloket/nieuw")
    String newRequest(Model model) {
        return intake(RequestForm.EMPTY, new FormErrors(), model);
    }

    @PostMapping("/privacyloket/nieuw")
    String record(
            @AuthenticationPrincipal SignedInAccount account,
            @ModelAttribute RequestForm form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        NewRequest request = form.toNewRequest(errors);
        if (request != null) {
            try {
                RequestView recorded = requests.record(PrivacyDesk.of(account), request);
                redirect.addFlashAttribute(
                        "notice",
                        recorded.outcome() == Outcome.NOTHING_REGISTERED
                                ? "Het verzoek is vastgelegd. Over deze jeugdige staat niets geregistreerd in de "
                                        + "verwijsindex; dat is ook het antwoord aan de aanvrager."
                                : "Het verzoek is vastgelegd. De betrokken professionals is om advies gevraagd.");
                return "redirect:/privacyloket/" + recorded.id();
            } catch (DomainException e) {
                errors.add(RequestForm.fieldOf(e.code()), e.dutchMessage());
            }
        }
        return intake(form, errors, model);
    }

    @GetMapping("/privacyloket/{id}")
    String request(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, Model model) {
        return view.page(account, id, new FormErrors(), DecisionForm.EMPTY, ExtensionForm.EMPTY, model);
    }

    @PostMapping("/privacyloket/{id}/verlengen")
    String extend(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(name = "verlengReden", required = false) String reason,
            @RequestParam(name = "verteldOp", required = false) String toldOn,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        ExtensionForm form = new ExtensionForm(reason, toldOn);
        LocalDate told = RequestForm.day(toldOn, "verteldOp", "Vul in wanneer de aanvrager het hoorde.", errors);
        if (!errors.any()) {
            try {
                requests.extend(PrivacyDesk.of(account), id, reason, told);
                redirect.addFlashAttribute("notice", "De termijn is verlengd.");
                return "redirect:/privacyloket/" + id;
            } catch (DomainException e) {
                rethrowNotFound(e);
                errors.add(e.code().startsWith("extension-told") ? "verteldOp" : "verlengReden", e.dutchMessage());
            }
        }
        return view.page(account, id, errors, DecisionForm.EMPTY, form, model);
    }

    @PostMapping("/privacyloket/{id}/besluit")
    String decide(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(name = "besluit", required = false) String outcome,
            @RequestParam(name = "reden", required = false) String reason,
            @RequestParam(name = "juisteGeboortedatum", required = false) String birthDate,
            @RequestParam(name = "verkeerdSignaal", required = false) String signal,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        DecisionForm form = new DecisionForm(outcome, reason, birthDate, signal);
        Outcome chosen = RequestForm.choice(
                outcome, RequestTexts.OUTCOMES, Outcome.class, "besluit", "Kies het besluit.", errors);
        LocalDate corrected = birthDate == null || birthDate.isBlank()
                ? null
                : RequestForm.day(birthDate, "juisteGeboortedatum", "", errors);
        UUID wrong = null;
        if (signal != null && !signal.isBlank()) {
            try {
                wrong = UUID.fromString(signal.trim());
            } catch (IllegalArgumentException e) {
                errors.add("verkeerdSignaal", "Kies het signaal dat bij de verkeerde jeugdige staat.");
            }
        }
        if (!errors.any()) {
            try {
                Decision decision = new Decision(chosen, reason, corrected, wrong);
                DeadlockRetry.retried(() -> decisions.decide(PrivacyDesk.of(account), id, decision));
                redirect.addFlashAttribute("notice", "Het besluit is vastgelegd. Download de besluitbrief.");
                return "redirect:/privacyloket/" + id;
            } catch (DomainException e) {
                rethrowNotFound(e);
                errors.add(decisionField(e.code()), e.dutchMessage());
            }
        }
        return view.page(account, id, errors, form, ExtensionForm.EMPTY, model);
    }

    @PostMapping("/privacyloket/{id}/beperking-opheffen")
    String lift(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, RedirectAttributes redirect) {
        decisions.liftRestriction(PrivacyDesk.of(account), id);
        redirect.addFlashAttribute("notice", "De beperking is opgeheven. De signalen kunnen weer matches maken.");
        return "redirect:/privacyloket/" + id;
    }

    private String intake(RequestForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", RequestTexts.KINDS);
        model.addAttribute("requesters", RequestTexts.REQUESTERS);
        model.addAttribute("checks", RequestTexts.CHECKS);
        return "desk/new-request";
    }

    private static String decisionField(String code) {
        return switch (code) {
            case "decision-reason-required", "text-contains-bsn" -> "reden";
            case "birth-date-in-future" -> "juisteGeboortedatum";
            case "signal-not-of-youth" -> "verkeerdSignaal";
            case "correction-one-of" -> "juisteGeboortedatum";
            default -> "besluit";
        };
    }

    private static void rethrowNotFound(DomainException e) {
        if (e.kind() == DomainException.Kind.NOT_FOUND) {
            throw e;
        }
    }
}
