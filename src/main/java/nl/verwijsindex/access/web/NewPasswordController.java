// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.verwijsindex.access.AccountSessions;
import nl.verwijsindex.access.PasswordChange;
import nl.verwijsindex.access.PasswordChanges;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.access.web.AccountAuthenticationProvider.PendingPasswordChange;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * The last login step for an account with a temporary password (ADR 0015): the person chooses their own, twice,
 * and only then gets their role. The typed passwords are never put back into the form, logged or kept.
 */
@Controller
class NewPasswordController {

    static final String CHOSEN = "nieuwWachtwoord";
    static final String REPEATED = "herhaling";

    private final PasswordChanges passwordChanges;
    private final AccountSessions sessions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    NewPasswordController(PasswordChanges passwordChanges, AccountSessions sessions) {
        this.passwordChanges = passwordChanges;
        this.sessions = sessions;
    }

    @GetMapping(SiteSecurityConfiguration.NEW_PASSWORD)
    String form(Model model) {
        return page(new FormErrors(), model);
    }

    @PostMapping(SiteSecurityConfiguration.NEW_PASSWORD)
    String choose(
            @RequestParam(name = CHOSEN, defaultValue = "") String chosen,
            @RequestParam(name = REPEATED, defaultValue = "") String repeated,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        SignedInAccount account = PendingPasswordChange.of(
                        SecurityContextHolder.getContext().getAuthentication())
                .account();
        FormErrors errors = validate(chosen, repeated);
        if (errors.any()) {
            return page(errors, model);
        }
        PasswordChange result = passwordChanges.replaceTemporaryPassword(account.id(), chosen);
        switch (result) {
            case CHANGED -> {
                SavedRequest saved = requests.getRequest(request, response);
                sessions.endAllBut(account.id(), request.getSession().getId());
                request.changeSessionId();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(AccountAuthenticationProvider.signedIn(account));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                requests.removeRequest(request, response);
                return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/");
            }
            case SAME_AS_BEFORE -> errors.add(CHOSEN, "Kies een ander wachtwoord dan het tijdelijke wachtwoord.");
            case TOO_SHORT -> errors.add(CHOSEN, tooShort());
            default -> {
                // Replaced meanwhile (another tab): this login is stale, the person logs in again.
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:" + SiteSecurityConfiguration.LOGIN;
            }
        }
        return page(errors, model);
    }

    /** The rules the person can fix in the form; the module checks them again and whether the password is new. */
    static FormErrors validate(String chosen, String repeated) {
        FormErrors errors = new FormErrors();
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

    static String tooShort() {
        return "Kies een wachtwoord van ten minste " + PasswordChanges.MIN_PASSWORD_LENGTH + " tekens.";
    }

    private static String page(FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("minimumLength", PasswordChanges.MIN_PASSWORD_LENGTH);
        return "account/new-password";
    }
}
