// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.AddressRegister;
import nl.verwijsindex.covenant.AddressRegisterUnavailable;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.covenant.RegisteredAddress;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * R-MATCH-ADDRESS on the region settings page: the region coordinator designates and withdraws the addresses of
 * institutions where living together makes no address match. The covenant module checks and stores.
 */
@Controller
class InstitutionAddressPages {

    private static final Logger log = LoggerFactory.getLogger(InstitutionAddressPages.class);

    private final RegionSettingsKeeper settings;
    private final CovenantAdministration administration;
    private final RegionSettingsView view;
    private final AddressRegister register;

    InstitutionAddressPages(
            RegionSettingsKeeper settings,
            CovenantAdministration administration,
            RegionSettingsView view,
            AddressRegister register) {
        this.settings = settings;
        this.administration = administration;
        this.view = view;
        this.register = register;
    }

    /** R-MATCH-ADDRESS: living together at this address makes no address match in the region. */
    @PostMapping("/regio/instellingen/adressen")
    String designate(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(name = "adres-object", required = false) String object,
            @RequestParam(name = "adres-naam", required = false) String name,
            @RequestParam(name = "postcode", required = false) String postcode,
            @RequestParam(name = "huisnummer", required = false) String number,
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
                Optional<RegisteredAddress> confirmed = confirmed(form.object(), postcode, number);
                if (confirmed.isPresent()) {
                    administration.designateInstitutionAddress(region, confirmed.get(), form.name());
                } else {
                    administration.designateInstitutionAddress(region, form.object(), form.name());
                }
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

    /**
     * The address the coordinator confirmed, as the register gives it again now (so the page cannot send another
     * street with the id); empty when it was designated by its id, or the register does not answer: then the id is
     * stored alone, as before.
     */
    private Optional<RegisteredAddress> confirmed(String object, String postcode, String number) {
        Optional<String> code = RegisteredAddress.postcodeOf(postcode);
        if (!register.connected() || code.isEmpty() || number == null || !number.matches("[1-9][0-9]{0,4}")) {
            return Optional.empty();
        }
        try {
            return register.at(code.get(), Integer.parseInt(number)).stream()
                    .filter(a -> a.addressableObjectId().equals(object))
                    .findFirst();
        } catch (AddressRegisterUnavailable e) {
            log.warn("Address register not available to keep an institution's address: {}", e.getMessage());
            return Optional.empty();
        }
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
