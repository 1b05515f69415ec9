// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.NewOrganisation;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * "Organisaties" of the administrator: every organisation with its category (R-CATEGORY) and covenants, adding
 * one with its coordinator's contact details, and whether its professionals may use the BSN (R-BSN-HIDDEN).
 */
@Controller
class AdminOrganisationPages {

    private static final Logger log = LoggerFactory.getLogger(AdminOrganisationPages.class);

    private final DirectoryAdministration directory;
    private final Covenants covenants;
    private final CovenantAdministration covenantAdministration;
    private final Clock clock;

    AdminOrganisationPages(
            DirectoryAdministration directory,
            Covenants covenants,
            CovenantAdministration covenantAdministration,
            Clock clock) {
        this.directory = directory;
        this.covenants = covenants;
        this.covenantAdministration = covenantAdministration;
        this.clock = clock;
    }

    @GetMapping("/beheer/organisaties")
    String list(Model model) {
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("categories", directory.categories());
        // Issue 16 item 10: people read a region's name, never its code.
        model.addAttribute(
                "regionNames",
                covenants.regions().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name(), (a, b) -> a)));
        return "administrator/organisations";
    }

    @GetMapping("/beheer/organisaties/nieuw")
    String newForm(Model model) {
        return form(new OrganisationForm(null, null, null, null, null, null, null, List.of()), new FormErrors(), model);
    }

    @PostMapping("/beheer/organisaties/nieuw")
    String add(
            @AuthenticationPrincipal SignedInAccount administrator,
            @ModelAttribute OrganisationForm form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = form.validate();
        if (errors.any()) {
            return form(form, errors, model);
        }
        OrganisationId id;
        try {
            id = covenantAdministration.addOrganisationInCovenants(
                    new NewOrganisation(
                            null,
                            form.name().trim(),
                            blankToNull(form.oin()),
                            blankToNull(form.chamberOfCommerce()),
                            form.category(),
                            form.coordinator().trim(),
                            form.coordinatorEmail().trim(),
                            form.coordinatorPhone().trim()),
                    form.regions(),
                    LocalDate.now(clock));
        } catch (DomainException e) {
            errors.add(
                    switch (e.code()) {
                        case "organisation-exists" -> "oin";
                        case "organisation-identifier-required" -> "oin";
                        case "unknown-category", "category-not-in-region" -> "categorie";
                        case "unknown-region" -> "regios";
                        default -> FormErrors.FORM;
                    },
                    e.dutchMessage());
            return form(form, errors, model);
        }
        log.info("Organisation {} added in {} by account {}", id, form.regions(), administrator.accountId());
        redirect.addFlashAttribute("notice", form.name().trim() + " is toegevoegd.");
        return "redirect:/beheer/organisaties";
    }

    /** R-BSN-HIDDEN: whether the organisation's professionals may use the BSN. */
    @PostMapping("/beheer/organisaties/{id}/bsn")
    String authoriseBsn(
            @AuthenticationPrincipal SignedInAccount administrator,
            @PathVariable UUID id,
            @RequestParam(required = false) String bsn,
            RedirectAttributes redirect) {
        boolean authorised = "ja".equals(bsn);
        directory.authoriseBsnUse(new OrganisationId(id), authorised);
        log.info(
                "Organisation {} {} the BSN, set by account {}",
                id,
                authorised ? "may use" : "may not use",
                administrator.accountId());
        redirect.addFlashAttribute(
                "notice",
                authorised
                        ? "De professionals van deze organisatie mogen het BSN nu gebruiken."
                        : "De professionals van deze organisatie mogen het BSN nu niet meer gebruiken.");
        return "redirect:/beheer/organisaties";
    }

    private String form(OrganisationForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", directory.categories());
        // Issue 16 item 10: people read a region's name, never its code.
        model.addAttribute(
                "regionNames",
                covenants.regions().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name(), (a, b) -> a)));
        model.addAttribute("regions", covenants.regions());
        return "administrator/new-organisation";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The form as typed; the page's Dutch field names are bound to English components. */
    record OrganisationForm(
            @BindParam("naam") String name,
            String oin,
            @BindParam("kvk") String chamberOfCommerce,
            @BindParam("categorie") String category,
            String coordinator,
            String coordinatorEmail,
            @BindParam("coordinatorTelefoon") String coordinatorPhone,
            @BindParam("regios") List<String> regions) {

        OrganisationForm {
            regions = regions == null ? List.of() : regions;
        }

        FormErrors validate() {
            FormErrors errors = new FormErrors();
            if (ContactForm.blank(name)) {
                errors.add("naam", "Vul de naam van de organisatie in.");
            } else if (name.trim().length() > 200) {
                errors.add("naam", "De naam is te lang: gebruik ten hoogste 200 tekens.");
            }
            if (ContactForm.blank(oin) && ContactForm.blank(chamberOfCommerce)) {
                errors.add("oin", "Vul het OIN of het KvK-nummer van de organisatie in.");
            }
            if (!ContactForm.blank(oin) && !oin.trim().matches("[0-9]{20}")) {
                errors.add("oin", "Een OIN heeft 20 cijfers.");
            }
            if (!ContactForm.blank(chamberOfCommerce)
                    && !chamberOfCommerce.trim().matches("[0-9]{8}")) {
                errors.add("kvk", "Een KvK-nummer heeft 8 cijfers.");
            }
            if (ContactForm.blank(category)) {
                errors.add("categorie", "Kies de categorie van de organisatie.");
            }
            if (ContactForm.blank(coordinator)) {
                errors.add("coordinator", "Vul de naam van de instellingscoördinator in.");
            }
            ContactForm.validEmail("coordinatorEmail", coordinatorEmail, errors);
            if (ContactForm.blank(coordinatorPhone)) {
                errors.add("coordinatorTelefoon", "Vul het telefoonnummer van de instellingscoördinator in.");
            } else if (coordinatorPhone.trim().length() > 30) {
                errors.add("coordinatorTelefoon", "Het telefoonnummer is te lang.");
            }
            if (regions.isEmpty()) {
                errors.add("regios", "Kies ten minste één regio waarmee de organisatie een convenant heeft.");
            }
            return errors;
        }
    }
}
