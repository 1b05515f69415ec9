// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.OrganisationFollowUp;

/**
 * "Opvolging" (R-COORDINATOR, seed 003 chapter 6): the organisation coordinator checks that contact is made: the
 * organisation's matches past their deadline and the consultations its professionals still have to do as director.
 */
@Controller
class OrganisationFollowUpPage {

    private final OrganisationFollowUp followUp;

    OrganisationFollowUpPage(OrganisationFollowUp followUp) {
        this.followUp = followUp;
    }

    @GetMapping("/organisatie/opvolging")
    String show(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("followUp", followUp.of(account.organisation()));
        return "organisation/follow-up";
    }
}
