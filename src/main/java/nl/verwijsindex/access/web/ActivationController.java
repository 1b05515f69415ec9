// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.verwijsindex.access.AccountActivations;
import nl.verwijsindex.access.AccountActivations.Activation;
import nl.verwijsindex.access.PasswordChanges;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * The page an activation link opens (issue 12, ADR 0035): the person sees their username and chooses their own
 * password, twice; then they log in, and set up the second factor where their role needs it, as at any first login.
 * A link that no longer works gets one page, which says whom to ask for a new one. The link's secret travels in
 * the form as a hidden field, never in a log line.
 */
@Controller
class ActivationController {

    static final String SECRET = "code";

    private final AccountActivations activations;

    ActivationController(AccountActivations activations) {
        this.activations = activations;
    }

    @GetMapping(SiteSecurityConfiguration.ACTIVATE)
    String form(@RequestParam(name = SECRET, required = false) String secret, Model model) {
        Optional<String> username = activations.usernameFor(secret);
        if (username.isEmpty()) {
            return "account/activation-not-working";
        }
        return page(secret, username.get(), new FormErrors(), model);
    }

    @PostMapping(SiteSecurityConfiguration.ACTIVATE)
    String activate(
            @RequestParam(name = SECRET, required = false) String secret,
            @RequestParam(name = NewPasswordController.CHOSEN, defaultValue = "") String chosen,
            @RequestParam(name = NewPasswordController.REPEATED, defaultValue = "") String repeated,
            Model model) {
        Optional<String> username = activations.usernameFor(secret);
        if (username.isEmpty()) {
            return "account/activation-not-working";
        }
        FormErrors errors = NewPasswordController.validate(chosen, repeated);
        if (errors.any()) {
            return page(secret, username.get(), errors, model);
        }
        Activation result = activations.activate(secret, chosen);
        switch (result) {
            case ACTIVATED -> {
                return "redirect:" + SiteSecurityConfiguration.LOGIN + "?geactiveerd";
            }
            case TOO_SHORT -> errors.add(NewPasswordController.CHOSEN, NewPasswordController.tooShort());
            default -> {
                return "account/activation-not-working";
            }
        }
        return page(secret, username.get(), errors, model);
    }

    private static String page(String secret, String username, FormErrors errors, Model model) {
        model.addAttribute("secret", secret);
        model.addAttribute("username", username);
        model.addAttribute("errors", errors);
        model.addAttribute("minimumLength", PasswordChanges.MIN_PASSWORD_LENGTH);
        return "account/activate";
    }
}
