// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.StaffMember;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;
import nl.verwijsindex.notification.UndeliverableNotices;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * "Professionals" of the organisation coordinator (R-COORDINATOR): the organisation's own professionals with
 * their contact details, adding one, correcting contact details, designating (R-MELDER) and marking as left
 * (R-TRANSFER). A professional of another organisation is "not found".
 */
@Controller
class OrganisationProfessionalsPages {

    /** Who changed the directory, by ids only: the directory keeps no history of its own. */
    private static final Logger log = LoggerFactory.getLogger(OrganisationProfessionalsPages.class);

    private final Directory directory;
    private final StaffAdministration administration;
    private final UndeliverableNotices undeliverable;
    private final AccountAdministration accounts;
    private final AccountActivations activations;
    private final Clock clock;

    OrganisationProfessionalsPages(
            Directory directory,
            StaffAdministration administration,
            UndeliverableNotices undeliverable,
            AccountAdministration accounts,
            AccountActivations activations,
            Clock clock) {
        this.accounts = accounts;
        this.activations = activations;
        this.directory = directory;
        this.administration = administration;
        this.undeliverable = undeliverable;
        this.clock = clock;
    }

    @GetMapping("/organisatie/professionals")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("staff", directory.staffOf(account.organisation()));
        model.addAttribute("today", LocalDate.now(clock));
        return "organisation/professionals";
    }

    @GetMapping("/organisatie/professionals/nieuw")
    String newForm(Model model) {
        return newPage(ContactForm.empty(), new FormErrors(), model);
    }

    @PostMapping("/organisatie/professionals/nieuw")
    String add(
            @AuthenticationPrincipal SignedInAccount account,
            @ModelAttribute ContactForm form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = form.validate();
        if (errors.any()) {
            return newPage(form, errors, model);
        }
        ProfessionalId id;
        try {
            id = administration.addProfessional(new NewProfessional(
                    null,
                    account.organisation(),
                    form.trimmedName(),
                    form.trimmedEmail(),
                    form.trimmedPhone(),
                    form.designated()));
        } catch (DomainException e) {
            errors.add("professional-exists".equals(e.code()) ? "email" : FormErrors.FORM, e.dutchMessage());
            return newPage(form, errors, model);
        }
        log.info(
                "Professional {} added to organisation {} by account {}",
                id,
                account.organisationId(),
                account.accountId());
        redirect.addFlashAttribute("notice", form.trimmedName() + " is toegevoegd.");
        return "redirect:/organisatie/professionals/" + id;
    }

    @GetMapping("/organisatie/professionals/{id}")
    String professional(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, Model model) {
        StaffMember member = member(account, id);
        return page(
                member,
                new ContactForm(member.name(), member.email(), member.phone(), null),
                null,
                new FormErrors(),
                model);
    }

    @PostMapping("/organisatie/professionals/{id}/gegevens")
    String changeContact(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @ModelAttribute ContactForm form,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = member(account, id);
        FormErrors errors = form.validate();
        if (errors.any()) {
            return page(member, form, null, errors, model);
        }
        try {
            administration.changeContactDetails(
                    member.id(), form.trimmedName(), form.trimmedEmail(), form.trimmedPhone());
        } catch (DomainException e) {
            errors.add("professional-exists".equals(e.code()) ? "email" : FormErrors.FORM, e.dutchMessage());
            return page(member, form, null, errors, model);
        }
        log.info("Contact details of professional {} changed by account {}", id, account.accountId());
        String notice = "De contactgegevens van " + form.trimmedName() + " zijn opgeslagen.";
        if (!form.trimmedEmail().equalsIgnoreCase(member.email())) {
            // A corrected address: what could not be delivered to the old one goes out again, to the new one.
            int again = undeliverable.retryAllOf(account.organisation(), member.id());
            if (again > 0) {
                notice += again == 1
                        ? " Het onbestelbare bericht wordt opnieuw verstuurd."
                        : " De " + again + " onbestelbare berichten worden opnieuw verstuurd.";
            }
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/organisatie/professionals/" + id;
    }

    /** R-MELDER: only a designated professional may register (unless the category needs no designation). */
    @PostMapping("/organisatie/professionals/{id}/aanwijzing")
    String designate(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String aangewezen,
            RedirectAttributes redirect) {
        StaffMember member = member(account, id);
        boolean designated = "ja".equals(aangewezen);
        administration.designate(member.id(), designated);
        log.info(
                "Professional {} {} by account {}",
                id,
                designated ? "designated" : "no longer designated",
                account.accountId());
        redirect.addFlashAttribute(
                "notice", member.name() + (designated ? " is nu meldingsbevoegd." : " is niet meer meldingsbevoegd."));
        return "redirect:/organisatie/professionals/" + id;
    }

    /** R-TRANSFER: from the day they left, the professional's active signals wait for the coordinator. */
    @PostMapping("/organisatie/professionals/{id}/vertrek")
    String markLeft(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String vertrekdatum,
            Model model,
            RedirectAttributes redirect) {
        StaffMember member = member(account, id);
        FormErrors errors = new FormErrors();
        LocalDate leftOn = null;
        if (ContactForm.blank(vertrekdatum)) {
            errors.add("vertrekdatum", "Vul de datum in waarop de professional is vertrokken.");
        } else {
            try {
                leftOn = LocalDate.parse(vertrekdatum.trim());
            } catch (DateTimeParseException e) {
                errors.add("vertrekdatum", "Deze datum klopt niet. Vul een datum in als 2026-05-04.");
            }
        }
        if (errors.any()) {
            return page(
                    member,
                    new ContactForm(member.name(), member.email(), member.phone(), null),
                    vertrekdatum,
                    errors,
                    model);
        }
        administration.markLeft(member.id(), leftOn);
        log.info("Professional {} marked as leaving on {} by account {}", id, leftOn, account.accountId());
        redirect.addFlashAttribute(
                "notice",
                member.name() + " is als vertrokken gemarkeerd per " + new DisplayDates().day(leftOn)
                        + ". Zet de actieve signalen over of beëindig ze.");
        return "redirect:/organisatie/professionals/" + id;
    }

    /** The coordinator's own professional; another organisation's is "not found". */
    StaffMember member(SignedInAccount account, UUID id) {
        ProfessionalId professional = directory.requireProfessionalOf(account.organisation(), new ProfessionalId(id));
        return directory.staffOf(account.organisation()).stream()
                .filter(m -> m.id().equals(professional))
                .findFirst()
                .orElseThrow();
    }

    private String newPage(ContactForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organisation/new-professional";
    }

    String page(StaffMember member, ContactForm form, String leftOn, FormErrors errors, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute(
                "leftOn", leftOn != null ? leftOn : LocalDate.now(clock).toString());
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("accountName", accounts.usernameOf(member.id()).orElse(null));
        model.addAttribute("awaitingActivation", activations.awaitingActivation(member.id()));
        if (!model.containsAttribute("username")) {
            model.addAttribute("username", null);
        }
        return "organisation/professional";
    }

    static List<StaffMember> working(List<StaffMember> staff, LocalDate today) {
        return staff.stream()
                .filter(m -> m.leftOn() == null || m.leftOn().isAfter(today))
                .toList();
    }
}
