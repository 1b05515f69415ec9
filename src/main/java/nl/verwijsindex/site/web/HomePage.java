// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import nl.verwijsindex.access.SignedInAccount;

/** The start page: what the index is and how to log in, or, once logged in, the start of the role's work. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(Authentication authentication) {
        SignedInAccount account = SiteAdvice.signedIn(authentication);
        if (account == null) {
            return "home";
        }
        return switch (account.role()) {
            case PROFESSIONAL -> "professional/start";
            case ORGANISATION_COORDINATOR -> "organisation/start";
            case MUNICIPAL_SUPERVISOR -> "supervisor/start";
            case REGION_COORDINATOR -> "region/start";
            case ADMINISTRATOR -> "administrator/start";
            case DATA_PROTECTION_OFFICER -> "redirect:/fg/logboek";
            case PRIVACY_DESK -> "redirect:/privacyloket";
        };
    }
}
