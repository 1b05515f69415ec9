// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.AdministratorApiTokens;
import nl.verwijsindex.access.ApiClients.IssuedToken;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * ADR 0024: "API-sleutels" of the administrator: their own tokens for the administration API, so that the logbook
 * names them behind every call. A new token is shown once, on the page that answers the form (never kept in the
 * session); the list shows what each is for and when it expires, and each can be revoked.
 */
@Controller
class AdminApiTokenPages {

    private static final Logger log = LoggerFactory.getLogger(AdminApiTokenPages.class);

    private final AdministratorApiTokens tokens;

    AdminApiTokenPages(AdministratorApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/beheer/api-sleutels")
    String list(@AuthenticationPrincipal SignedInAccount administrator, Model model) {
        return page(administrator, null, null, new FormErrors(), model);
    }

    @PostMapping("/beheer/api-sleutels")
    String issue(
            @AuthenticationPrincipal SignedInAccount administrator,
            @RequestParam(required = false) String beschrijving,
            Model model) {
        IssuedToken issued;
        try {
            issued = tokens.issue(new AccountId(administrator.accountId()), beschrijving);
        } catch (DomainException e) {
            if (!"invalid-description".equals(e.code())) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            errors.add("beschrijving", e.dutchMessage());
            return page(administrator, null, beschrijving, errors, model);
        }
        log.info(
                "Administration API token {} issued to administrator {}", issued.clientId(), administrator.accountId());
        return page(administrator, issued, null, new FormErrors(), model);
    }

    @PostMapping("/beheer/api-sleutels/{id}/intrekken")
    String revoke(
            @AuthenticationPrincipal SignedInAccount administrator,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        tokens.revoke(new AccountId(administrator.accountId()), id);
        log.info("Administration API token {} revoked by administrator {}", id, administrator.accountId());
        redirect.addFlashAttribute("notice", "De sleutel is ingetrokken. Hij werkt niet meer.");
        return "redirect:/beheer/api-sleutels";
    }

    private String page(
            SignedInAccount administrator, IssuedToken issued, String description, FormErrors errors, Model model) {
        model.addAttribute("tokens", tokens.of(new AccountId(administrator.accountId())));
        model.addAttribute("issued", issued);
        model.addAttribute("description", description);
        model.addAttribute("errors", errors);
        return "administrator/api-tokens";
    }
}
