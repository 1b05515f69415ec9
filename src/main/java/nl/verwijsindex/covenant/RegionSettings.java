// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * Everything a region sets for itself (DESIGN decision 5), as one aggregate: loaded whole and saved whole in one
 * transaction by {@link RegionSettingsKeeper}, so a refused field leaves every other setting as it was. Each
 * change is a method that returns the changed settings; the constructor guards what holds for any of them.
 * Whether a municipality or an item of a rule exists is checked against the data when the settings are saved.
 *
 * @param indexDisplayName                the name of the index the region's users see (1 to 60 characters)
 * @param suppressSameOrganisationMatches R-MATCH-YOUTH: no matches between two professionals of one organisation
 * @param expiryReminderDays              R-ACTIVE-2Y: how many days before a signal expires its professional is
 *                                        reminded to extend it (1 to 180, default 28)
 * @param deadlineWorkingDays             R-DEADLINE: consult within this many working days (1 to 30, default 5)
 * @param caseMunicipalityCode            whose supervisor follows a case while the youth's municipality is
 *                                        unknown; empty: the region's municipality with the lowest CBS code
 *                                        (docs/adr/0013)
 * @param ownDirectorRules                R-DIRECTOR: the region's own rules; empty: {@link DirectorRuleList#defaults()}
 * @param registrationGuidance            the region's own agreements on when (not) to register, plain text shown
 *                                        on the weigh step (seed 004; at most 2000 characters, empty: none)
 * @param ownCategories                   R-CATEGORY: the categories of organisation the region admits on top of
 *                                        the national list (seed 001; at most 20, names and codes unique)
 */
public record RegionSettings(
        String regionCode,
        String regionName,
        String indexDisplayName,
        boolean suppressSameOrganisationMatches,
        int expiryReminderDays,
        int deadlineWorkingDays,
        LiberationDay liberationDay,
        Optional<String> caseMunicipalityCode,
        Optional<DirectorRuleList> ownDirectorRules,
        String registrationGuidance,
        List<RegionCategory> ownCategories) {

    public static final int MAX_INDEX_DISPLAY_NAME = 60;
    public static final int MAX_REGISTRATION_GUIDANCE = 2000;
    public static final int MAX_OWN_CATEGORIES = 20;
    public static final String DEFAULT_INDEX_DISPLAY_NAME = "Verwijsindex";
    public static final int DEFAULT_EXPIRY_REMINDER_DAYS = 28;
    public static final int DEFAULT_DEADLINE_WORKING_DAYS = 5;

    public RegionSettings {
        Objects.requireNonNull(regionCode, "regionCode");
        indexDisplayName = indexDisplayName == null ? "" : indexDisplayName.strip();
        if (indexDisplayName.isEmpty() || indexDisplayName.length() > MAX_INDEX_DISPLAY_NAME) {
            throw invalid("invalid-index-display-name", "Vul de naam van de verwijsindex in: ten hoogste 60 tekens.");
        }
        if (expiryReminderDays < 1 || expiryReminderDays > 180) {
            throw invalid(
                    "invalid-expiry-reminder-days",
                    "De herinnering om te verlengen komt 1 tot 180 dagen voor het einde.");
        }
        if (deadlineWorkingDays < 1 || deadlineWorkingDays > 30) {
            throw invalid("invalid-deadline", "De termijn is 1 tot 30 werkdagen.");
        }
        if (liberationDay == null) {
            throw invalid(
                    "invalid-liberation-day",
                    "Kies of Bevrijdingsdag elk jaar of eens per vijf jaar een vrije dag is.");
        }
        caseMunicipalityCode = Objects.requireNonNullElse(caseMunicipalityCode, Optional.<String>empty())
                .filter(code -> !code.isBlank());
        ownDirectorRules = Objects.requireNonNullElse(ownDirectorRules, Optional.empty());
        registrationGuidance = registrationGuidance == null
                ? ""
                : registrationGuidance.replace("\r\n", "\n").strip();
        if (registrationGuidance.length() > MAX_REGISTRATION_GUIDANCE) {
            throw invalid(
                    "invalid-registration-guidance",
                    "De afspraken over wanneer u een signaal afgeeft zijn ten hoogste 2000 tekens.");
        }
        ownCategories = coded(regionCode, Objects.requireNonNullElse(ownCategories, List.of()));
    }

    /** Gives each new category its code, and refuses a list with too many or with the same name or code twice. */
    private static List<RegionCategory> coded(String regionCode, List<RegionCategory> categories) {
        if (categories.size() > MAX_OWN_CATEGORIES) {
            throw invalid("too-many-region-categories", "Een regio heeft ten hoogste 20 eigen categorieën.");
        }
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        categories.stream().map(RegionCategory::code).filter(Objects::nonNull).forEach(codes::add);
        List<RegionCategory> coded = new ArrayList<>();
        for (RegionCategory category : categories) {
            if (!names.add(category.name().toLowerCase(Locale.ROOT))) {
                throw invalid(
                        "duplicate-region-category",
                        "De categorie '" + category.name() + "' staat twee keer in de lijst.");
            }
            if (category.code() == null) {
                String base = RegionCategory.codeFor(regionCode, category.name());
                String code = base;
                for (int n = 2; codes.contains(code); n++) {
                    code = base + "_" + n;
                }
                codes.add(code);
                category = category.withCode(code);
            }
            coded.add(category);
        }
        if (coded.stream().map(RegionCategory::code).distinct().count() < coded.size()) {
            throw invalid("duplicate-region-category", "Twee categorieën hebben dezelfde code.");
        }
        return List.copyOf(coded);
    }

    /** A region that has set nothing yet: the defaults from RULES.md. */
    public static RegionSettings defaults(String regionCode, String regionName) {
        return new RegionSettings(
                regionCode,
                regionName,
                DEFAULT_INDEX_DISPLAY_NAME,
                false,
                DEFAULT_EXPIRY_REMINDER_DAYS,
                DEFAULT_DEADLINE_WORKING_DAYS,
                LiberationDay.EVERY_FIVE_YEARS,
                Optional.empty(),
                Optional.empty(),
                "",
                List.of());
    }

    /** R-DIRECTOR: the rules that appoint the region's match directors, its own or the defaults. */
    public DirectorRuleList directorRules() {
        return ownDirectorRules.orElseGet(DirectorRuleList::defaults);
    }

    public boolean hasOwnDirectorRules() {
        return ownDirectorRules.isPresent();
    }

    /** The general settings, as the region coordinator's page keeps them together; the rules stay as they are. */
    public RegionSettings changeGeneral(
            String indexDisplayName,
            boolean suppressSameOrganisationMatches,
            int deadlineWorkingDays,
            LiberationDay liberationDay,
            String caseMunicipalityCode) {
        return changeCoordination(
                        deadlineWorkingDays, liberationDay, caseMunicipalityCode, ownDirectorRules.orElse(null))
                .edit(d -> {
                    d.indexDisplayName = indexDisplayName;
                    d.suppressSameOrganisationMatches = suppressSameOrganisationMatches;
                });
    }

    /**
     * The coordination of matches: deadline, Liberation Day, case municipality and director rules.
     *
     * @param ownDirectorRules the region's own rules, or null for the defaults
     */
    public RegionSettings changeCoordination(
            int deadlineWorkingDays,
            LiberationDay liberationDay,
            String caseMunicipalityCode,
            DirectorRuleList ownDirectorRules) {
        return edit(d -> {
            d.deadlineWorkingDays = deadlineWorkingDays;
            d.liberationDay = liberationDay;
            d.caseMunicipalityCode = Optional.ofNullable(caseMunicipalityCode);
            d.ownDirectorRules = Optional.ofNullable(ownDirectorRules);
        });
    }

    /** R-DIRECTOR: the region's own rules from now on, or the defaults again when null. */
    public RegionSettings changeDirectorRules(DirectorRuleList ownRulesOrNull) {
        return edit(d -> d.ownDirectorRules = Optional.ofNullable(ownRulesOrNull));
    }

    /** R-DIRECTOR: the region's own rules from now on. */
    public RegionSettings adoptDirectorRules(DirectorRuleList rules) {
        return changeDirectorRules(Objects.requireNonNull(rules, "rules"));
    }

    /** R-DIRECTOR: the default rules apply again. */
    public RegionSettings restoreDefaultDirectorRules() {
        return changeDirectorRules(null);
    }

    /** R-ACTIVE-2Y: the reminder to extend a signal comes this many days before it expires. */
    public RegionSettings changeExpiryReminderDays(int days) {
        return edit(d -> d.expiryReminderDays = days);
    }

    /** The region's own agreements on when (not) to register, shown on the weigh step (seed 004). */
    public RegionSettings changeRegistrationGuidance(String guidance) {
        return edit(d -> d.registrationGuidance = guidance);
    }

    /**
     * R-CATEGORY: the region's own categories from now on; one left out is withdrawn, which is refused when saved
     * while an organisation has it. A category without a code is new and gets one.
     */
    public RegionSettings admitCategories(List<RegionCategory> categories) {
        return edit(d -> d.ownCategories = categories);
    }

    /** A copy with {@code change} made to it, checked as any new settings are. */
    private RegionSettings edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.settings();
    }

    /** The changeable part of the settings while a change is made; the region stays the same. */
    private static final class Draft {

        private final String regionCode;
        private final String regionName;
        String indexDisplayName;
        boolean suppressSameOrganisationMatches;
        int expiryReminderDays;
        int deadlineWorkingDays;
        LiberationDay liberationDay;
        Optional<String> caseMunicipalityCode;
        Optional<DirectorRuleList> ownDirectorRules;
        String registrationGuidance;
        List<RegionCategory> ownCategories;

        Draft(RegionSettings from) {
            regionCode = from.regionCode;
            regionName = from.regionName;
            indexDisplayName = from.indexDisplayName;
            suppressSameOrganisationMatches = from.suppressSameOrganisationMatches;
            expiryReminderDays = from.expiryReminderDays;
            deadlineWorkingDays = from.deadlineWorkingDays;
            liberationDay = from.liberationDay;
            caseMunicipalityCode = from.caseMunicipalityCode;
            ownDirectorRules = from.ownDirectorRules;
            registrationGuidance = from.registrationGuidance;
            ownCategories = from.ownCategories;
        }

        RegionSettings settings() {
            return new RegionSettings(
                    regionCode,
                    regionName,
                    indexDisplayName,
                    suppressSameOrganisationMatches,
                    expiryReminderDays,
                    deadlineWorkingDays,
                    liberationDay,
                    caseMunicipalityCode,
                    ownDirectorRules,
                    registrationGuidance,
                    ownCategories);
        }
    }

    private static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }
}
