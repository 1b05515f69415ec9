// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.shared.DomainException;

/**
 * The administrator disables an account of any role, and enables it again (issue 12). A disabled account cannot
 * log in and its live sessions end at once. Next to {@link AdminAccountPages}, on the same account page.
 */
@Controller
class AdminAccountStandingPages {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountStandingPages.class);

    private final AccountAdministration accounts;

    AdminAccountStandingPages(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/beheer/accounts/{id}/uitschakelen")
    String disable(
            @AuthenticationPrincipal SignedInAccount administrator,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        try {
            accounts.disable(new AccountId(id), administrator.id());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("notice", e.getMessage());
            return "redirect:/beheer/accounts/" + id;
        }
        log.info("Account {} disabled by administrator {}", id, administrator.accountId());
        redirect.addFlashAttribute(
                "notice", "Het account is uitgeschakeld. De gebruiker is uitgelogd en kan niet meer inloggen.");
        return "redirect:/beheer/accounts/" + id;
    }

    @PostMapping("/beheer/accounts/{id}/inschakelen")
    String enable(
            @AuthenticationPrincipal SignedInAccount administrator,
            @PathVariable UUID id,
            RedirectAttributes redirect) {
        accounts.enable(new AccountId(id));
        log.info("Account {} enabled by administrator {}", id, administrator.accountId());
        redirect.addFlashAttribute("notice", "Het account is weer ingeschakeld. De gebruiker kan weer inloggen.");
        return "redirect:/beheer/accounts/" + id;
    }
}
