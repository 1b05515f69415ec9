// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.AddressRegister;
import nl.verwijsindex.covenant.AddressRegisterUnavailable;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.covenant.RegisteredAddress;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * R-MATCH-ADDRESS, issue 16 item 9: the region coordinator finds an institution's address by postcode, house number
 * and addition in the address register (BAG) instead of typing its addressable object's id, and confirms it ("Is
 * dit het adres?") before {@link InstitutionAddressPages} stores the id. Every problem is said at its field, all at
 * once, on the settings page with what was typed.
 */
@Controller
class InstitutionAddressLookupPage {

    private static final Logger log = LoggerFactory.getLogger(InstitutionAddressLookupPage.class);

    private final AddressRegister register;
    private final RegionSettingsKeeper settings;
    private final RegionSettingsView view;

    InstitutionAddressLookupPage(AddressRegister register, RegionSettingsKeeper settings, RegionSettingsView view) {
        this.register = register;
        this.settings = settings;
        this.view = view;
    }

    @PostMapping("/regio/instellingen/adressen/zoeken")
    String find(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(name = "postcode", required = false) String postcode,
            @RequestParam(name = "huisnummer", required = false) String number,
            @RequestParam(name = "toevoeging", required = false) String addition,
            @RequestParam(name = "adres-naam", required = false) String name,
            Model model) {
        RegionSettingsView.AddressForm form =
                new RegionSettingsView.AddressForm("", strip(name), strip(postcode), strip(number), strip(addition));
        FormErrors errors = new FormErrors();
        Optional<String> code = RegisteredAddress.postcodeOf(form.postcode());
        if (form.postcode().isEmpty()) {
            errors.add("postcode", "Vul de postcode in.");
        } else if (code.isEmpty()) {
            errors.add("postcode", "Een postcode is vier cijfers en twee letters, bijvoorbeeld 3828 AA.");
        }
        if (form.number().isEmpty()) {
            errors.add("huisnummer", "Vul het huisnummer in.");
        } else if (!form.number().matches("[1-9][0-9]{0,4}")) {
            errors.add("huisnummer", "Een huisnummer is een getal van 1 tot en met 99999, zonder letters.");
        }
        if (form.addition().length() > 8) {
            errors.add("toevoeging", "Een toevoeging is kort, bijvoorbeeld A, 2 of bis.");
        }
        if (form.name().isEmpty() || form.name().length() > 200) {
            errors.add("adres-naam", "Vul de naam van de instelling in: ten hoogste 200 tekens.");
        }
        if (!errors.any()) {
            Optional<RegisteredAddress> found =
                    lookUp(code.orElseThrow(), Integer.parseInt(form.number()), form, errors);
            if (found.isPresent()) {
                model.addAttribute("found", found.get());
                model.addAttribute("name", form.name());
                return "region/institution-address";
            }
        }
        RegionSettings current = settings.of(RegionCoordinatorAccount.region(account));
        return view.page(
                account,
                RegionSettingsView.general(current),
                DirectorRulesDraft.of(current.directorRules()),
                false,
                form,
                errors,
                model);
    }

    /** The one address meant, or empty with the reason at its field. */
    private Optional<RegisteredAddress> lookUp(
            String postcode, int number, RegionSettingsView.AddressForm form, FormErrors errors) {
        List<RegisteredAddress> atNumber;
        try {
            atNumber = register.at(postcode, number);
        } catch (AddressRegisterUnavailable e) {
            log.warn("Address register not available for an institution address: {}", e.getMessage());
            errors.add(
                    "postcode",
                    "Het adressenregister (BAG) is nu niet bereikbaar. Probeer het later opnieuw, of vraag de"
                            + " functioneel beheerder.");
            return Optional.empty();
        }
        if (atNumber.isEmpty()) {
            errors.add(
                    "huisnummer",
                    "Dit adres staat niet in de Basisregistratie Adressen en Gebouwen. Controleer de postcode en het"
                            + " huisnummer.");
            return Optional.empty();
        }
        List<RegisteredAddress> meant = RegisteredAddress.withAddition(atNumber, form.addition());
        if (meant.size() == 1) {
            return Optional.of(meant.get(0));
        }
        String choices = atNumber.stream()
                .map(RegisteredAddress::line)
                .distinct()
                .limit(10)
                .collect(Collectors.joining(", "));
        errors.add(
                "toevoeging",
                form.addition().isEmpty()
                        ? "Op dit huisnummer zijn meer adressen. Vul de toevoeging in. Er zijn: " + choices + "."
                        : "Dit huisnummer heeft die toevoeging niet. Er zijn: " + choices + ".");
        return Optional.empty();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
