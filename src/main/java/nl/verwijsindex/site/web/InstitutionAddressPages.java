// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * R-MATCH-ADDRESS on the region settings page: the region coordinator designates and withdraws the addresses of
 * institutions where living together makes no address match. The covenant module checks and stores.
 */
@Controller
class InstitutionAddressPages {

    private final RegionSettingsKeeper settings;
    private final CovenantAdministration administration;
    private final RegionSettingsView view;

    InstitutionAddressPages(
            RegionSettingsKeeper settings, CovenantAdministration administration, RegionSettingsView view) {
        this.settings = settings;
        this.administration = administration;
        this.view = view;
    }

    /** R-MATCH-ADDRESS: living together at this address makes no address match in the region. */
    @PostMapping("/regio/instellingen/adressen")
    String designate(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(name = "adres-object", required = false) String object,
            @RequestParam(name = "adres-naam", required = false) String name,
            Model model,
            RedirectAttributes redirect) {
        String region = RegionCoordinatorAccount.region(account);
        RegionSettingsView.AddressForm form = new RegionSettingsView.AddressForm(
                object == null ? "" : object.strip(), name == null ? "" : name.strip());
        FormErrors errors = new FormErrors();
        if (form.name().isEmpty() || form.name().length() > 200) {
            errors.add("adres-naam", "Vul de naam van de instelling in: ten hoogste 200 tekens.");
        }
        if (!errors.any()) {
            try {
                administration.designateInstitutionAddress(region, form.object(), form.name());
            } catch (DomainException e) {
                errors.add("adres-object", e.dutchMessage());
            }
        }
        if (errors.any()) {
            model.addAttribute("addressById", true);
            RegionSettings current = settings.of(region);
            return view.page(
                    account,
                    RegionSettingsView.general(current),
                    DirectorRulesDraft.of(current.directorRules()),
                    false,
                    form,
                    errors,
                    model);
        }
        redirect.addFlashAttribute("notice", form.name() + " staat op de lijst met instellingen.");
        redirect.addFlashAttribute("noticeFor", "adressen");
        return "redirect:/regio/instellingen#adressen-kop";
    }

    @PostMapping("/regio/instellingen/adressen/{object}/intrekken")
    String withdraw(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable String object,
            RedirectAttributes redirect) {
        if (!administration.withdrawInstitutionAddress(RegionCoordinatorAccount.region(account), object)) {
            throw new DomainException(
                    DomainException.Kind.NOT_FOUND,
                    "institution-address-not-found",
                    "Dit adres staat niet op de lijst met instellingen van uw regio.");
        }
        redirect.addFlashAttribute("notice", "Het adres staat niet meer op de lijst met instellingen.");
        redirect.addFlashAttribute("noticeFor", "adressen");
        return "redirect:/regio/instellingen#adressen-kop";
    }
}
