// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.AccountSessions;
import nl.verwijsindex.access.PasswordChange;
import nl.verwijsindex.access.PasswordChanges;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * "Mijn account" of every role: changing one's own password. A wrong current password counts towards the lockout
 * as a failed login does, and a lock ends the session; a change ends the account's other sessions. Passwords
 * travel only in the POST body and are never put back into the form, logged or kept.
 */
@Controller
class OwnPasswordPage {

    private static final Logger log = LoggerFactory.getLogger(OwnPasswordPage.class);

    static final String CURRENT = "huidigWachtwoord";
    static final String CHOSEN = "nieuwWachtwoord";
    static final String REPEATED = "herhaling";

    private final PasswordChanges passwordChanges;
    private final AccountSessions sessions;

    OwnPasswordPage(PasswordChanges passwordChanges, AccountSessions sessions) {
        this.passwordChanges = passwordChanges;
        this.sessions = sessions;
    }

    @GetMapping("/account/wachtwoord")
    String form(Model model) {
        return page(new FormErrors(), model);
    }

    @PostMapping("/account/wachtwoord")
    String change(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(name = CURRENT, defaultValue = "") String current,
            @RequestParam(name = CHOSEN, defaultValue = "") String chosen,
            @RequestParam(name = REPEATED, defaultValue = "") String repeated,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        FormErrors errors = validate(current, chosen, repeated);
        if (errors.any()) {
            // Nothing was checked against the stored password: no failure counts, and nothing is revealed.
            return page(errors, model);
        }
        PasswordChange result = passwordChanges.changePassword(account.id(), current, chosen);
        switch (result) {
            case CHANGED -> {
                // Whoever else is logged in as this account, perhaps with the old password, is logged out.
                sessions.endAllBut(account.id(), request.getSession().getId());
                request.changeSessionId();
                log.info("Account {} changed its own password", account.accountId());
                redirect.addFlashAttribute("changed", true);
                return "redirect:/account/wachtwoord";
            }
            case LOCKED -> {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:/inloggen?geblokkeerd";
            }
            case WRONG_CURRENT -> errors.add(CURRENT, "Uw huidige wachtwoord klopt niet. Probeer het opnieuw.");
            case TOO_SHORT -> errors.add(CHOSEN, tooShort());
            case SAME_AS_BEFORE -> errors.add(CHOSEN, "Kies een ander wachtwoord dan uw huidige wachtwoord.");
            case NOT_PENDING -> throw new IllegalStateException("not an answer to a change of one's own password");
        }
        return page(errors, model);
    }

    private static FormErrors validate(String current, String chosen, String repeated) {
        FormErrors errors = new FormErrors();
        if (current.isEmpty()) {
            errors.add(CURRENT, "Typ uw huidige wachtwoord.");
        }
        if (chosen.isEmpty()) {
            errors.add(CHOSEN, "Kies een nieuw wachtwoord.");
        } else if (chosen.length() < PasswordChanges.MIN_PASSWORD_LENGTH) {
            errors.add(CHOSEN, tooShort());
        }
        if (repeated.isEmpty()) {
            errors.add(REPEATED, "Typ het nieuwe wachtwoord nog een keer.");
        } else if (!repeated.equals(chosen)) {
            errors.add(REPEATED, "De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.");
        }
        return errors;
    }

    private static String tooShort() {
        return "Kies een wachtwoord van ten minste " + PasswordChanges.MIN_PASSWORD_LENGTH + " tekens.";
    }

    private static String page(FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("minimumLength", PasswordChanges.MIN_PASSWORD_LENGTH);
        return "account/password";
    }
}
