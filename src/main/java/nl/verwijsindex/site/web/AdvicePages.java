// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.rights.Advice;
import nl.verwijsindex.rights.AdviceRound;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * R-REQUEST: the professional's advice to the municipality on requests about youths they registered. The page names
 * no youth; each advice links to the professional's own signal.
 */
@Controller
class AdvicePages {

    private final AdviceRound advice;

    AdvicePages(AdviceRound advice) {
        this.advice = advice;
    }

    @GetMapping("/adviezen")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return page(account, new FormErrors(), null, null, null, null, model);
    }

    @PostMapping("/adviezen/{requestId}")
    String answer(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID requestId,
            @RequestParam(name = "signaal", required = false) UUID signalId,
            @RequestParam(name = "advies", required = false) String chosen,
            @RequestParam(name = "toelichting", required = false) String explanation,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Advice given =
                RequestForm.choice(chosen, RequestTexts.ADVICE, Advice.class, "advies", "Kies uw advies.", errors);
        if (!errors.any()) {
            try {
                advice.answer(
                        account.organisation(),
                        account.professional(),
                        requestId,
                        signalId,
                        given,
                        explanation,
                        Actor.user(account.accountId().toString()));
                redirect.addFlashAttribute("notice", "Uw advies is verstuurd naar de gemeente.");
                return "redirect:/adviezen";
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                errors.add(
                        e.code().startsWith("advice-explanation") || e.code().equals("text-contains-bsn")
                                ? "toelichting"
                                : "advies",
                        e.dutchMessage());
            }
        }
        return page(account, errors, requestId, signalId, chosen, explanation, model);
    }

    private String page(
            SignedInAccount account,
            FormErrors errors,
            UUID requestId,
            UUID signalId,
            String chosen,
            String explanation,
            Model model) {
        model.addAttribute("asked", advice.askedOf(account.organisation(), account.professional()));
        model.addAttribute("errors", errors);
        model.addAttribute("failedRequest", requestId);
        model.addAttribute("failedSignal", signalId);
        model.addAttribute("chosen", chosen);
        model.addAttribute("explanation", explanation);
        model.addAttribute("adviceOptions", RequestTexts.ADVICE);
        return "professional/advice";
    }
}
