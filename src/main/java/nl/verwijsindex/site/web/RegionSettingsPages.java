// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.DirectorRuleList;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.site.web.RegionSettingsView.AddressForm;
import nl.verwijsindex.site.web.RegionSettingsView.GeneralForm;

/**
 * "Instellingen": the region's own settings (DESIGN decision 5), in three forms on one page: the general
 * settings (name of the index, R-MATCH-YOUTH same-organisation matches, R-DEADLINE working days and Liberation
 * Day, R-ACTIVE-2Y the expiry reminder's lead time), the match director rules (R-DIRECTOR) and the institution addresses (R-MATCH-ADDRESS, {@link InstitutionAddressPages}). The general
 * settings and the rules are saved as one {@link RegionSettings}, all of a form or nothing. The covenant module
 * validates and stores; this page only maps form fields to its API and its messages back to the fields.
 */
@Controller
class RegionSettingsPages {

    private final RegionSettingsKeeper settings;
    private final RegionSettingsView view;

    RegionSettingsPages(RegionSettingsKeeper settings, RegionSettingsView view) {
        this.settings = settings;
        this.view = view;
    }

    @GetMapping("/regio/instellingen")
    String page(@AuthenticationPrincipal SignedInAccount account, Model model) {
        String region = RegionCoordinatorAccount.region(account);
        RegionSettings current = settings.of(region);
        return view.page(
                account,
                RegionSettingsView.general(current),
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
        if (form.name() == null || form.name().isBlank()) {
            errors.add("naam", "Vul de naam van de verwijsindex in.");
        }
        Integer days = number(form.deadline());
        if (days == null) {
            errors.add("termijn", "Vul het aantal werkdagen in als getal, bijvoorbeeld 5.");
        }
        // A form without the field (sent before it was on the page) keeps the lead time as it is.
        Integer reminderDays =
                form.expiryReminder() == null ? current.expiryReminderDays() : number(form.expiryReminder());
        if (reminderDays == null) {
            errors.add("herinnering", "Vul het aantal dagen in als getal, bijvoorbeeld 28.");
        }
        LiberationDay liberationDay = liberationDay(form.liberationDay());
        if (liberationDay == null) {
            errors.add("bevrijdingsdag", "Kies of Bevrijdingsdag elk jaar of eens per vijf jaar een vrije dag is.");
        }
        if (!errors.any()) {
            String municipality =
                    form.municipality() == null || form.municipality().isBlank() ? null : form.municipality();
            try {
                settings.change(
                        region,
                        actorId(account),
                        s -> s.changeGeneral(
                                        form.name(), form.suppressSameOrganisation(), days, liberationDay, municipality)
                                .changeExpiryReminderDays(reminderDays));
            } catch (DomainException e) {
                errors.add(
                        switch (e.code()) {
                            case "invalid-deadline" -> "termijn";
                            case "invalid-expiry-reminder-days" -> "herinnering";
                            case "municipality-not-in-region" -> "gemeente";
                            case "invalid-index-display-name" -> "naam";
                            default -> FormErrors.FORM;
                        },
                        e.dutchMessage());
            }
        }
        if (errors.any()) {
            return view.page(
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
        GeneralForm general = RegionSettingsView.general(current);
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
            return view.page(account, general, draft, true, new AddressForm("", ""), errors, model);
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
        return view.page(account, general, draft, true, new AddressForm("", ""), errors, model);
    }

    /** How the logbook names the coordinator: {@code region-coordinator:<account id>}, as on the region API. */
    private static String actorId(SignedInAccount account) {
        return RegionCoordinatorAccount.principal(account).actorId();
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
