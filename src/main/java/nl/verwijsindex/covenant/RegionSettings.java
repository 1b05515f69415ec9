// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.util.Objects;
import java.util.Optional;

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
        Optional<DirectorRuleList> ownDirectorRules) {

    public static final int MAX_INDEX_DISPLAY_NAME = 60;
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
                Optional.empty());
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
        return new RegionSettings(
                regionCode,
                regionName,
                indexDisplayName,
                suppressSameOrganisationMatches,
                expiryReminderDays,
                deadlineWorkingDays,
                liberationDay,
                Optional.ofNullable(caseMunicipalityCode),
                ownDirectorRules);
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
        return new RegionSettings(
                regionCode,
                regionName,
                indexDisplayName,
                suppressSameOrganisationMatches,
                expiryReminderDays,
                deadlineWorkingDays,
                liberationDay,
                Optional.ofNullable(caseMunicipalityCode),
                Optional.ofNullable(ownDirectorRules));
    }

    /** R-DIRECTOR: the region's own rules from now on. */
    public RegionSettings adoptDirectorRules(DirectorRuleList rules) {
        return changeCoordination(
                deadlineWorkingDays,
                liberationDay,
                caseMunicipalityCode.orElse(null),
                Objects.requireNonNull(rules, "rules"));
    }

    /** R-DIRECTOR: the default rules apply again. */
    public RegionSettings restoreDefaultDirectorRules() {
        return changeCoordination(deadlineWorkingDays, liberationDay, caseMunicipalityCode.orElse(null), null);
    }

    /** R-ACTIVE-2Y: the reminder to extend a signal comes this many days before it expires. */
    public RegionSettings changeExpiryReminderDays(int days) {
        return new RegionSettings(
                regionCode,
                regionName,
                indexDisplayName,
                suppressSameOrganisationMatches,
                days,
                deadlineWorkingDays,
                liberationDay,
                caseMunicipalityCode,
                ownDirectorRules);
    }

    private static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }
}
