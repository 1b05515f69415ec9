// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.AccountActivations;
import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.AccountOverview;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * "Accounts" of the administrator: every account with its role, what it is linked to and whether it is locked;
 * a new account for any role; a temporary password, a new second factor or an unlock for someone who is stuck.
 * Passwords travel only in POST bodies and are never shown back, logged or kept in a failed form.
 */
@Controller
class AdminAccountPages {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountPages.class);

    private final AccountAdministration accounts;
    private final AccountActivations activations;
    private final AccountLinks links;

    AdminAccountPages(AccountAdministration accounts, AccountActivations activations, AccountLinks links) {
        this.accounts = accounts;
        this.activations = activations;
        this.links = links;
    }

    @GetMapping("/beheer/accounts")
    String list(Model model) {
        List<AccountOverview> all = accounts.overview();
        model.addAttribute("accounts", all);
        model.addAttribute("links", links.describe(all));
        return "administrator/accounts";
    }

    @GetMapping("/beheer/accounts/nieuw")
    String newForm(Model model) {
        return form(new NewAccountForm(null, null, null, null, null, null, null, null), new FormErrors(), model);
    }

    @PostMapping("/beheer/accounts/nieuw")
    String create(
            @AuthenticationPrincipal SignedInAccount administrator,
            @ModelAttribute NewAccountForm form,
            @RequestParam(name = "stap", required = false) String step,
            Model model,
            RedirectAttributes redirect) {
        if ("rol".equals(step)) {
            // Issue 16 item 9 without JavaScript: the role was chosen, now show the one field it needs.
            return form(form, new FormErrors(), model);
        }
        FormErrors errors = form.validate();
        if (errors.any()) {
            return form(form, errors, model);
        }
        AccountId id;
        try {
            id = activations.invite(form.toNewAccount(), form.email());
        } catch (DomainException e) {
            errors.add(
                    switch (e.code()) {
                        case "invalid-username", "username-taken" -> "gebruikersnaam";
                        case "professional-not-found", "account-link-unknown" -> form.linkField();
                        case "invalid-email", "email-required" -> "email";
                        default -> FormErrors.FORM;
                    },
                    e.dutchMessage());
            return form(form, errors, model);
        }
        log.info("Account {} ({}) created by administrator {}", id, form.rol(), administrator.accountId());
        redirect.addFlashAttribute(
                "notice",
                "Het account " + form.gebruikersnaam().trim().toLowerCase() + " is aangemaakt. "
                        + "De gebruiker krijgt een e-mail met een link om zelf een wachtwoord te kiezen.");
        return "redirect:/beheer/accounts/" + id;
    }

    @GetMapping("/beheer/accounts/{id}")
    String account(@PathVariable UUID id, Model model) {
        return page(find(id), new FormErrors(), model);
    }

    @PostMapping("/beheer/accounts/{id}/wachtwoord")
    String resetPassword(
            @AuthenticationPrincipal SignedInAccount administrator,
            @PathVariable UUID id,
            @RequestParam(required = false) String wachtwoord,
            Model model,
            RedirectAttributes redirect) {
        AccountOverview account = find(id);
        try {
            accounts.resetPassword(account.id(), wachtwoord);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            errors.add("wachtwoord", e.dutchMessage());
            return page(account, errors, model);
        }
        log.info("Password of account {} reset by administrator {}", id, administrator.accountId());
        redirect.addFlashAttribute(
                "notice",
                "Het nieuwe tijdelijke wachtwoord is ingesteld. Geef het persoonlijk of "
                        + "telefonisch door, niet per e-mail.");
        return "redirect:/beheer/accounts/" + id;
    }

    /** Issue 12: a new activation link for an account not yet activated; the previous link stops working. */
    @PostMapping("/beheer/accounts/{id}/activatielink")
    String sendNewLink(
            @AuthenticationPrincipal SignedInAccount administrator,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        activations.sendNewLink(find(id).id());
        log.info("New activation link for account {} asked by administrator {}", id, administrator.accountId());
        redirect.addFlashAttribute(
                "notice", "De gebruiker krijgt een e-mail met een nieuwe link. De vorige link werkt niet meer.");
        return "redirect:/beheer/accounts/" + id;
    }

    @PostMapping("/beheer/accounts/{id}/tweede-stap")
    String resetSecondFactor(
            @AuthenticationPrincipal SignedInAccount administrator,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        accounts.resetSecondFactor(find(id).id());
        log.info("Second factor of account {} reset by administrator {}", id, administrator.accountId());
        redirect.addFlashAttribute(
                "notice",
                "De tweede stap is gewist. Bij de volgende keer inloggen stelt de gebruiker " + "een nieuwe app in.");
        return "redirect:/beheer/accounts/" + id;
    }

    @PostMapping("/beheer/accounts/{id}/ontgrendelen")
    String unlock(
            @AuthenticationPrincipal SignedInAccount administrator,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        accounts.unlock(find(id).id());
        log.info("Account {} unlocked by administrator {}", id, administrator.accountId());
        redirect.addFlashAttribute("notice", "Het account is ontgrendeld. De gebruiker kan weer inloggen.");
        return "redirect:/beheer/accounts/" + id;
    }

    private AccountOverview find(UUID id) {
        return accounts.overview().stream()
                .filter(a -> a.id().value().equals(id))
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        DomainException.Kind.NOT_FOUND, "account-not-found", "Dit account bestaat niet."));
    }

    private String page(AccountOverview account, FormErrors errors, Model model) {
        model.addAttribute("subject", account);
        model.addAttribute("link", links.describe(List.of(account)).get(account.id()));
        model.addAttribute("awaitingActivation", activations.awaitingActivation(account.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("minimumLength", AccountAdministration.MIN_TEMPORARY_PASSWORD_LENGTH);
        return "administrator/account";
    }

    private String form(NewAccountForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", links.choices());
        model.addAttribute("linkFields", AccountLinks.linkFields());
        model.addAttribute("shownField", form.role() == null ? "" : form.linkField());
        return "administrator/new-account";
    }
}
