// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.DirectorRuleList;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * "Instellingen": the region's own settings (DESIGN decision 5), in three forms on one page: the general
 * settings (name of the index, R-MATCH-YOUTH same-organisation matches, R-DEADLINE working days and Liberation
 * Day), the match director rules (R-DIRECTOR) and the institution addresses (R-MATCH-ADDRESS). The general
 * settings and the rules are saved as one {@link RegionSettings}, all of a form or nothing. The covenant module
 * validates and stores; this page only maps form fields to its API and its messages back to the fields.
 */
@Controller
class RegionSettingsPages {

    private final RegionSettingsKeeper settings;
    private final Covenants covenants;
    private final CovenantAdministration administration;
    private final DirectoryAdministration directory;

    RegionSettingsPages(
            RegionSettingsKeeper settings,
            Covenants covenants,
            CovenantAdministration administration,
            DirectoryAdministration directory) {
        this.settings = settings;
        this.covenants = covenants;
        this.administration = administration;
        this.directory = directory;
    }

    record GeneralForm(String naam, Boolean onderdrukken, String termijn, String bevrijdingsdag, String gemeente) {}

    record AddressForm(String object, String naam) {}

    @GetMapping("/regio/instellingen")
    String page(@AuthenticationPrincipal SignedInAccount account, Model model) {
        String region = RegionCoordinatorAccount.region(account);
        RegionSettings current = settings.of(region);
        return page(
                account,
                general(current),
                DirectorRulesDraft.of(current.directorRules()),
                false,
                new AddressForm("", ""),
                new FormErrors(),
                model);
    }

    @PostMapping("/regio/instellingen")
    String saveGeneral(
            @AuthenticationPrincipal SignedInAccount account,
            @ModelAttribute GeneralForm form,
            Model model,
            RedirectAttributes redirect) {
        String region = RegionCoordinatorAccount.region(account);
        RegionSettings current = settings.of(region);
        FormErrors errors = new FormErrors();
        if (form.naam() == null || form.naam().isBlank()) {
            errors.add("naam", "Vul de naam van de verwijsindex in.");
        }
        Integer days = number(form.termijn());
        if (days == null) {
            errors.add("termijn", "Vul het aantal werkdagen in als getal, bijvoorbeeld 5.");
        }
        LiberationDay liberationDay = liberationDay(form.bevrijdingsdag());
        if (liberationDay == null) {
            errors.add("bevrijdingsdag", "Kies of Bevrijdingsdag elk jaar of eens per vijf jaar een vrije dag is.");
        }
        if (!errors.any()) {
            String municipality = form.gemeente() == null || form.gemeente().isBlank() ? null : form.gemeente();
            try {
                settings.change(
                        region,
                        actorId(account),
                        s -> s.changeGeneral(
                                form.naam(),
                                Boolean.TRUE.equals(form.onderdrukken()),
                                days,
                                liberationDay,
                                municipality));
            } catch (DomainException e) {
                errors.add(
                        switch (e.code()) {
                            case "invalid-deadline" -> "termijn";
                            case "municipality-not-in-region" -> "gemeente";
                            case "invalid-index-display-name" -> "naam";
                            default -> FormErrors.FORM;
                        },
                        e.dutchMessage());
            }
        }
        if (errors.any()) {
            return page(
                    account,
                    form,
                    DirectorRulesDraft.of(current.directorRules()),
                    false,
                    new AddressForm("", ""),
                    errors,
                    model);
        }
        redirect.addFlashAttribute("notice", "De instellingen zijn opgeslagen.");
        redirect.addFlashAttribute("noticeFor", "algemeen");
        return "redirect:/regio/instellingen#algemeen-kop";
    }

    /**
     * R-DIRECTOR: one form for the whole list. {@code actie} says which button: opslaan, standaard, toevoegen,
     * omhoog-n, omlaag-n or verwijderen-n; all but the first two give the changed list back unsaved.
     */
    @PostMapping("/regio/instellingen/regels")
    String rules(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) String actie,
            @RequestParam(name = "nieuwe-soort", required = false) String newKind,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        String region = RegionCoordinatorAccount.region(account);
        RegionSettings current = settings.of(region);
        GeneralForm general = general(current);
        DirectorRulesDraft draft = DirectorRulesDraft.from(request);
        FormErrors errors = new FormErrors();
        String action = actie == null ? "" : actie;
        if (action.equals("opslaan") || action.equals("standaard")) {
            List<Rule> rules = action.equals("standaard") ? null : draft.rules(errors);
            if (!errors.any()) {
                try {
                    settings.change(
                            region,
                            actorId(account),
                            s -> rules == null
                                    ? s.restoreDefaultDirectorRules()
                                    : s.adoptDirectorRules(new DirectorRuleList(rules)));
                    redirect.addFlashAttribute(
                            "notice",
                            rules == null
                                    ? "De standaardregels voor de matchregisseur gelden weer."
                                    : "De regels voor de matchregisseur zijn opgeslagen.");
                    redirect.addFlashAttribute("noticeFor", "regels");
                    return "redirect:/regio/instellingen#regels-kop";
                } catch (DomainException e) {
                    errors.add("regels", e.dutchMessage());
                }
            }
            return page(account, general, draft, true, new AddressForm("", ""), errors, model);
        }
        if (action.equals("toevoegen")) {
            RuleKind kind = DirectorRulesDraft.kind(newKind);
            if (kind == null || !draft.addable().contains(kind)) {
                errors.add("nieuwe-soort", "Kies welke regel u wilt toevoegen.");
            } else {
                draft = draft.add(kind);
            }
        } else if (action.matches("(omhoog|omlaag|verwijderen)-[0-9]{1,2}")) {
            int index = Integer.parseInt(action.substring(action.indexOf('-') + 1));
            draft = action.startsWith("verwijderen")
                    ? draft.remove(index)
                    : draft.move(index, action.startsWith("omhoog"));
        }
        return page(account, general, draft, true, new AddressForm("", ""), errors, model);
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
        AddressForm form = new AddressForm(object == null ? "" : object.strip(), name == null ? "" : name.strip());
        FormErrors errors = new FormErrors();
        if (form.naam().isEmpty() || form.naam().length() > 200) {
            errors.add("adres-naam", "Vul de naam van de instelling in: ten hoogste 200 tekens.");
        }
        if (!errors.any()) {
            try {
                administration.designateInstitutionAddress(region, form.object(), form.naam());
            } catch (DomainException e) {
                errors.add("adres-object", e.dutchMessage());
            }
        }
        if (errors.any()) {
            RegionSettings current = settings.of(region);
            return page(
                    account,
                    general(current),
                    DirectorRulesDraft.of(current.directorRules()),
                    false,
                    form,
                    errors,
                    model);
        }
        redirect.addFlashAttribute("notice", form.naam() + " staat op de lijst met instellingen.");
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

    private String page(
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
        model.addAttribute("addresses", covenants.institutionAddresses(region));
        model.addAttribute("errors", errors);
        return "region/settings";
    }

    /** How the logbook names the coordinator: {@code region-coordinator:<account id>}, as on the region API. */
    private static String actorId(SignedInAccount account) {
        return RegionCoordinatorAccount.principal(account).actorId();
    }

    private static GeneralForm general(RegionSettings current) {
        return new GeneralForm(
                current.indexDisplayName(),
                current.suppressSameOrganisationMatches(),
                String.valueOf(current.deadlineWorkingDays()),
                current.liberationDay().name(),
                current.caseMunicipalityCode().orElse(""));
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

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LiberationDay liberationDay(String value) {
        for (LiberationDay day : LiberationDay.values()) {
            if (day.name().equals(value)) {
                return day;
            }
        }
        return null;
    }
}
