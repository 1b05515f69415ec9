// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.RegionCategory;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.site.web.RegionSettingsView.AddressForm;
import nl.verwijsindex.site.web.RegionSettingsView.CategoryRow;

/**
 * Two more forms of "Instellingen": the region's own agreements on when (not) to register, shown on the weigh step
 * (seed 004), and the categories of organisation the region admits on top of the national list (R-CATEGORY,
 * seed 001). Both are saved as part of {@link RegionSettings}; on a refusal the page shows what was typed.
 */
@Controller
class RegionGuidanceAndCategoryPages {

    private final RegionSettingsKeeper settings;
    private final RegionSettingsView view;

    RegionGuidanceAndCategoryPages(RegionSettingsKeeper settings, RegionSettingsView view) {
        this.settings = settings;
        this.view = view;
    }

    @PostMapping("/regio/instellingen/afspraken")
    String saveGuidance(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(name = "afspraken", required = false) String guidance,
            Model model,
            RedirectAttributes redirect) {
        String region = RegionCoordinatorAccount.region(account);
        try {
            settings.change(region, actorId(account), s -> s.changeRegistrationGuidance(guidance));
        } catch (DomainException e) {
            FormErrors errors = new FormErrors();
            errors.add("afspraken", e.dutchMessage());
            model.addAttribute("guidance", guidance == null ? "" : guidance);
            return page(account, errors, model);
        }
        redirect.addFlashAttribute("notice", "De afspraken over wanneer u een signaal afgeeft zijn opgeslagen.");
        redirect.addFlashAttribute("noticeFor", "afspraken");
        return "redirect:/regio/instellingen#afspraken-kop";
    }

    /**
     * R-CATEGORY: the whole list in one form. A row whose name is emptied is withdrawn; the last row, without a
     * code, adds a category when it has a name.
     */
    @PostMapping("/regio/instellingen/categorieen")
    String saveCategories(
            @AuthenticationPrincipal SignedInAccount account,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        String region = RegionCoordinatorAccount.region(account);
        List<CategoryRow> rows = rows(request);
        FormErrors errors = new FormErrors();
        List<RegionCategory> categories = new ArrayList<>();
        try {
            for (CategoryRow row : rows) {
                if (!row.name().isBlank()) {
                    categories.add(new RegionCategory(
                            row.code().isBlank() ? null : row.code(), row.name(), domain(row.domain())));
                }
            }
            settings.change(region, actorId(account), s -> s.admitCategories(categories));
        } catch (DomainException e) {
            errors.add("categorieen", e.dutchMessage());
            model.addAttribute("categoryRows", rows);
            return page(account, errors, model);
        }
        redirect.addFlashAttribute("notice", "De eigen categorieën van de regio zijn opgeslagen.");
        redirect.addFlashAttribute("noticeFor", "categorieen");
        return "redirect:/regio/instellingen#categorieen-kop";
    }

    private String page(SignedInAccount account, FormErrors errors, Model model) {
        RegionSettings current = settings.of(RegionCoordinatorAccount.region(account));
        return view.page(
                account,
                RegionSettingsView.general(current),
                DirectorRulesDraft.of(current.directorRules()),
                false,
                new AddressForm("", ""),
                errors,
                model);
    }

    /** The rows as typed: the listed categories, then the row for a new one. */
    private static List<CategoryRow> rows(HttpServletRequest request) {
        String[] codes = values(request, "categorie-code");
        String[] names = values(request, "categorie-naam");
        String[] domains = values(request, "categorie-domein");
        List<CategoryRow> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            rows.add(new CategoryRow(i < codes.length ? codes[i] : "", names[i], i < domains.length ? domains[i] : ""));
        }
        return rows;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static Domain domain(String name) {
        return Domain.isDomain(name) ? Domain.valueOf(name) : null;
    }

    private static String actorId(SignedInAccount account) {
        return RegionCoordinatorAccount.principal(account).actorId();
    }
}
