// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.Municipality;
import nl.verwijsindex.covenant.Covenants.RegionSummary;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/** "Regio's" of the administrator: the covenants this deployment serves, with their municipalities, and a new one. */
@Controller
class AdminRegionPages {

    private static final Logger log = LoggerFactory.getLogger(AdminRegionPages.class);

    private final Covenants covenants;
    private final CovenantAdministration administration;

    AdminRegionPages(Covenants covenants, CovenantAdministration administration) {
        this.covenants = covenants;
        this.administration = administration;
    }

    @GetMapping("/beheer/regios")
    String list(Model model) {
        List<RegionSummary> regions = covenants.regions();
        Map<String, List<Municipality>> municipalities = regions.stream()
                .collect(Collectors.toMap(RegionSummary::code, r -> covenants.municipalitiesOf(r.code())));
        model.addAttribute("regions", regions);
        model.addAttribute("municipalities", municipalities);
        return "administrator/regions";
    }

    @GetMapping("/beheer/regios/nieuw")
    String newForm(Model model) {
        return form(new RegionForm(null, null, "ja"), new FormErrors(), model);
    }

    @PostMapping("/beheer/regios/nieuw")
    String add(
            @AuthenticationPrincipal SignedInAccount administrator,
            @ModelAttribute RegionForm form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        String code = form.code() == null ? "" : form.code().trim();
        if (code.isEmpty()) {
            errors.add("code", "Vul een code in voor de regio.");
        } else if (!code.matches("[a-z0-9-]{2,40}")) {
            errors.add(
                    "code", "Een regiocode heeft 2 tot 40 kleine letters, cijfers of streepjes, bijvoorbeeld eemland.");
        }
        if (ContactForm.blank(form.name())) {
            errors.add("naam", "Vul de naam van de regio in.");
        } else if (form.name().trim().length() > 200) {
            errors.add("naam", "De naam is te lang: gebruik ten hoogste 200 tekens.");
        }
        if (!errors.any()) {
            try {
                administration.addRegion(code, form.name().trim(), !"ja".equals(form.colleaguesMatch()));
            } catch (DomainException e) {
                errors.add("region-exists".equals(e.code()) ? "code" : FormErrors.FORM, e.dutchMessage());
            }
        }
        if (errors.any()) {
            return form(form, errors, model);
        }
        log.info("Region {} added by account {}", code, administrator.accountId());
        redirect.addFlashAttribute("notice", "De regio " + form.name().trim() + " is toegevoegd.");
        return "redirect:/beheer/regios";
    }

    private String form(RegionForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "administrator/new-region";
    }

    /**
     * @param colleaguesMatch "ja" when colleagues of one organisation also get a match (R-MATCH-YOUTH); otherwise the
     *     region suppresses those matches (asked positively, issue 16 item 9)
     */
    record RegionForm(
            String code,
            @BindParam("naam") String name,
            @BindParam("collegas") String colleaguesMatch) {}
}
