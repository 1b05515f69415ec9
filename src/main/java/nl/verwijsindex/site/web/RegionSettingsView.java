// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.BindParam;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.AddressRegister;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * The region settings page as both of its controllers render it ({@link RegionSettingsPages},
 * {@link InstitutionAddressPages}): the three forms with what the coordinator typed and the errors, and the choices
 * each ranked rule offers.
 */
@Component
class RegionSettingsView {

    private final RegionSettingsKeeper settings;
    private final Covenants covenants;
    private final DirectoryAdministration directory;
    private final AddressRegister addressRegister;

    RegionSettingsView(
            RegionSettingsKeeper settings,
            Covenants covenants,
            DirectoryAdministration directory,
            AddressRegister addressRegister) {
        this.settings = settings;
        this.covenants = covenants;
        this.directory = directory;
        this.addressRegister = addressRegister;
    }

    /** The general settings as the form sends them; the field names of the page stay Dutch. */
    record GeneralForm(
            @BindParam("naam") String name,
            @BindParam("collegas") Boolean colleaguesMatch,
            @BindParam("termijn") String deadline,
            @BindParam("bevrijdingsdag") String liberationDay,
            @BindParam("gemeente") String municipality,
            @BindParam("herinnering") String expiryReminder) {

        /**
         * R-MATCH-YOUTH, asked positively (issue 16 item 9): "colleagues of one organisation also get a match"; left
         * unticked, the region suppresses those matches.
         */
        boolean suppressSameOrganisation() {
            return !Boolean.TRUE.equals(colleaguesMatch);
        }
    }

    /**
     * R-MATCH-ADDRESS: an institution's address as typed: by postcode, house number and addition when an address
     * register is connected (issue 16 item 9), else by the addressable object's id.
     */
    record AddressForm(String object, String name, String postcode, String number, String addition) {

        AddressForm(String object, String name) {
            this(object, name, "", "", "");
        }
    }

    /** R-CATEGORY: a row of the region's own categories as the form sends it; an empty code is a new one. */
    record CategoryRow(String code, String name, String domain) {}

    String page(
            SignedInAccount account,
            GeneralForm general,
            DirectorRulesDraft draft,
            boolean draftChanged,
            AddressForm address,
            FormErrors errors,
            Model model) {
        String region = RegionCoordinatorAccount.region(account);
        model.addAttribute("general", general);
        model.addAttribute("municipalities", covenants.municipalitiesOf(region));
        model.addAttribute("draft", draft);
        model.addAttribute("draftChanged", draftChanged);
        model.addAttribute("ownRules", settings.of(region).hasOwnDirectorRules());
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("choices", choices(region, draft));
        model.addAttribute("address", address);
        model.addAttribute("addressRegister", addressRegister.connected());
        model.addAttribute("addresses", covenants.institutionAddresses(region));
        model.addAttribute("errors", errors);
        model.addAttribute("domains", DOMAINS);
        RegionSettings current = settings.of(region);
        // What the coordinator typed stays when one of these forms was refused; otherwise what is saved.
        if (!model.containsAttribute("guidance")) {
            model.addAttribute("guidance", current.registrationGuidance());
        }
        if (!model.containsAttribute("categoryRows")) {
            List<CategoryRow> rows = new ArrayList<>();
            current.ownCategories()
                    .forEach(c -> rows.add(
                            new CategoryRow(c.code(), c.name(), c.domain().name())));
            rows.add(new CategoryRow("", "", ""));
            model.addAttribute("categoryRows", rows);
        }
        return "region/settings";
    }

    static GeneralForm general(RegionSettings current) {
        return new GeneralForm(
                current.indexDisplayName(),
                !current.suppressSameOrganisationMatches(),
                String.valueOf(current.deadlineWorkingDays()),
                current.liberationDay().name(),
                current.caseMunicipalityCode().orElse(""),
                String.valueOf(current.expiryReminderDays()));
    }

    /** What each kind of ranked rule can list, value to label, in the order people look for them. */
    private Map<String, Map<String, String>> choices(String region, DirectorRulesDraft draft) {
        Map<String, String> categories = new LinkedHashMap<>();
        directory.categories(region).forEach(c -> categories.put(c.code(), c.name()));
        Map<String, String> organisations = new LinkedHashMap<>();
        covenants.covenantMembers(region).stream()
                .filter(m -> m.leftOn() == null)
                .forEach(m -> organisations.put(m.id().toString(), m.name()));
        // An organisation already in the rules that left the covenant stays choosable, so saving keeps it.
        List<String> listed = new ArrayList<>();
        draft.rows().stream()
                .filter(r -> r.kind() == RuleKind.ORGANISATION_PRIORITY)
                .forEach(r -> listed.addAll(r.ranking()));
        listed.stream()
                .filter(id -> !organisations.containsKey(id))
                .forEach(id -> organisations.put(id, "Organisatie " + id));
        return Map.of(
                RuleKind.CATEGORY_PRIORITY.name(),
                categories,
                RuleKind.DOMAIN_PRIORITY.name(),
                DOMAINS,
                RuleKind.ORGANISATION_PRIORITY.name(),
                organisations);
    }

    /** R-CATEGORY: the domains, as people call them. */
    private static final Map<String, String> DOMAINS = domains();

    private static Map<String, String> domains() {
        Map<String, String> domains = new LinkedHashMap<>();
        for (Domain domain : Domain.values()) {
            domains.put(domain.name(), domain.dutchName());
        }
        return domains;
    }
}
