// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.AccountActivations;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.Directory.StaffMember;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * The "Inloggen" part of a professional's page for the organisation coordinator (R-COORDINATOR, issue 12): an
 * account for their own organisation's professional, who chooses the password with an activation link, and a new
 * link while the old one was not used.
 */
@Controller
class OrganisationAccountPages {

    private static final Logger log = LoggerFactory.getLogger(OrganisationAccountPages.class);

    private final OrganisationProfessionalsPages professionals;
    private final AccountActivations activations;

    OrganisationAccountPages(OrganisationProfessionalsPages professionals, AccountActivations activations) {
        this.professionals = professionals;
        this.activations = activations;
    }

    /**
     * R-COORDINATOR, issue 12: the coordinator gives their own organisation's professional an account. The
     * professional gets a one-time activation link at their address in the directory and chooses their own
     * password: the coordinator never chooses or sees it.
     */
    @PostMapping("/organisatie/professionals/{id}/account")
    String createAccount(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String gebruikersnaam,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = professionals.member(account, id);
        FormErrors errors = new FormErrors();
        if (ContactForm.blank(gebruikersnaam)) {
            errors.add("gebruikersnaam", "Vul een gebruikersnaam in.");
        } else {
            try {
                activations.invite(
                        NewAccount.professional(gebruikersnaam.trim(), member.name(), null, member.id()), null);
            } catch (DomainException e) {
                errors.add("gebruikersnaam", e.dutchMessage());
            }
        }
        if (errors.any()) {
            model.addAttribute("username", gebruikersnaam);
            return professionals.page(
                    member, new ContactForm(member.name(), member.email(), member.phone(), null), null, errors, model);
        }
        log.info("Account for professional {} created by account {}", id, account.accountId());
        redirect.addFlashAttribute(
                "notice",
                "Het account " + gebruikersnaam.trim().toLowerCase() + " is aangemaakt. " + member.name()
                        + " krijgt een e-mail met een link om zelf een wachtwoord te kiezen.");
        return "redirect:/organisatie/professionals/" + id;
    }

    /** Issue 12: a new activation link, while the account has not been activated; the previous link stops working. */
    @PostMapping("/organisatie/professionals/{id}/activatielink")
    String sendNewLink(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, RedirectAttributes redirect) {
        StaffMember member = professionals.member(account, id);
        String notice = member.name() + " krijgt een e-mail met een nieuwe link. De vorige link werkt niet meer.";
        try {
            activations.sendNewLink(member.id());
            log.info("New activation link for professional {} asked by account {}", id, account.accountId());
        } catch (DomainException e) {
            // No account yet, or one already in use (the page offered the button before): nothing to send.
            notice = e.dutchMessage();
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/organisatie/professionals/" + id;
    }
}
