// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.shared.DomainException;

/** What a region's settings guard themselves, before anything is saved (DESIGN decision 5). */
class RegionSettingsTest {

    private final RegionSettings defaults = RegionSettings.defaults("eemland", "Regio Eemland");

    @Test
    void aRegionThatSetNothingHasTheDefaultsOfTheRules() {
        assertThat(defaults.indexDisplayName()).isEqualTo("Verwijsindex");
        assertThat(defaults.suppressSameOrganisationMatches()).isFalse();
        assertThat(defaults.expiryReminderDays()).isEqualTo(28);
        assertThat(defaults.deadlineWorkingDays()).isEqualTo(5);
        assertThat(defaults.liberationDay()).isEqualTo(LiberationDay.EVERY_FIVE_YEARS);
        assertThat(defaults.caseMunicipalityCode()).isEmpty();
        assertThat(defaults.hasOwnDirectorRules()).isFalse();
        assertThat(defaults.directorRules()).isEqualTo(DirectorRuleList.defaults());
    }

    @Test
    void theIndexNameIsStrippedAndHasOneToSixtyCharacters() {
        assertThat(general(defaults, "  Verwijsindex Eemland ", 5).indexDisplayName())
                .isEqualTo("Verwijsindex Eemland");
        assertThat(general(defaults, "x".repeat(60), 5).indexDisplayName()).hasSize(60);
        assertRefused(() -> general(defaults, "x".repeat(61), 5), "invalid-index-display-name");
        assertRefused(() -> general(defaults, "   ", 5), "invalid-index-display-name");
        assertRefused(() -> general(defaults, null, 5), "invalid-index-display-name");
    }

    @Test
    void R_DEADLINE_theDeadlineIsOneToThirtyWorkingDaysAndLiberationDayIsChosen() {
        assertThat(general(defaults, "Index", 30).deadlineWorkingDays()).isEqualTo(30);
        assertRefused(() -> general(defaults, "Index", 0), "invalid-deadline");
        assertRefused(() -> general(defaults, "Index", 31), "invalid-deadline");
        assertRefused(() -> defaults.changeGeneral("Index", false, 5, null, null), "invalid-liberation-day");
    }

    @Test
    void theRegistrationGuidanceIsPlainTextOfAtMost2000CharactersAndEmptyByDefault() {
        assertThat(defaults.registrationGuidance()).isEmpty();
        assertThat(defaults.changeRegistrationGuidance("  Niet bij een enkele opvoedvraag.\r\nWel bij zorgen. ")
                        .registrationGuidance())
                .isEqualTo("Niet bij een enkele opvoedvraag.\nWel bij zorgen.");
        assertThat(defaults.changeRegistrationGuidance("x".repeat(2000)).registrationGuidance())
                .hasSize(2000);
        assertRefused(() -> defaults.changeRegistrationGuidance("x".repeat(2001)), "invalid-registration-guidance");
    }

    @Test
    void R_CATEGORY_aRegionsOwnCategoriesGetAStableCodeAndAreUniqueByName() {
        RegionSettings admitted = defaults.admitCategories(List.of(
                new RegionCategory(null, "Kinderopvang", Domain.YOUTH_HEALTH_CARE),
                new RegionCategory(null, "Verloskundigen", Domain.HEALTH_CARE)));
        assertThat(admitted.ownCategories())
                .extracting(RegionCategory::code)
                .containsExactly("EEMLAND_KINDEROPVANG", "EEMLAND_VERLOSKUNDIGEN");
        RegionSettings renamed = admitted.admitCategories(List.of(
                new RegionCategory("EEMLAND_KINDEROPVANG", "Kinderopvang en peuteropvang", Domain.YOUTH_HEALTH_CARE),
                new RegionCategory(null, "Kinderopvang", Domain.SOCIAL_SUPPORT)));
        assertThat(renamed.ownCategories())
                .extracting(RegionCategory::code)
                .containsExactly("EEMLAND_KINDEROPVANG", "EEMLAND_KINDEROPVANG_2");
        assertRefused(
                () -> defaults.admitCategories(List.of(
                        new RegionCategory(null, "Jongerenwerk", Domain.SOCIAL_SUPPORT),
                        new RegionCategory(null, "jongerenwerk", Domain.YOUTH_CARE))),
                "duplicate-region-category");
        assertRefused(() -> new RegionCategory(null, "Peuterspeelzalen", null), "invalid-region-category");
        assertRefused(() -> new RegionCategory(null, " x ", Domain.EDUCATION), "invalid-region-category");
        assertRefused(
                () -> defaults.admitCategories(IntStream.rangeClosed(1, 21)
                        .mapToObj(n -> new RegionCategory(null, "Categorie " + n, Domain.EDUCATION))
                        .toList()),
                "too-many-region-categories");
    }

    @Test
    void R_ACTIVE_2Y_theExpiryReminderComesOneTo180DaysBeforeTheEnd() {
        assertThat(defaults.changeExpiryReminderDays(180).expiryReminderDays()).isEqualTo(180);
        assertRefused(() -> defaults.changeExpiryReminderDays(0), "invalid-expiry-reminder-days");
        assertRefused(() -> defaults.changeExpiryReminderDays(181), "invalid-expiry-reminder-days");
    }

    @Test
    void R_DIRECTOR_aRegionAdoptsItsOwnRulesAndGoesBackToTheDefaultsWithoutTouchingTheRest() {
        RegionSettings general = defaults.changeGeneral("Index", true, 7, LiberationDay.YEARLY, "GM0307");
        DirectorRuleList own = new DirectorRuleList(List.of(Rule.of(RuleKind.DOMAIN_PRIORITY, "EDUCATION")));

        RegionSettings adopted = general.adoptDirectorRules(own);
        assertThat(adopted.hasOwnDirectorRules()).isTrue();
        assertThat(adopted.directorRules()).isEqualTo(own);
        assertThat(adopted)
                .usingRecursiveComparison()
                .ignoringFields("ownDirectorRules")
                .isEqualTo(general);

        RegionSettings restored = adopted.restoreDefaultDirectorRules();
        assertThat(restored).isEqualTo(general);
        assertThat(restored.changeGeneral("Andere naam", false, 3, LiberationDay.EVERY_FIVE_YEARS, "")
                        .ownDirectorRules())
                .isEqualTo(Optional.empty());
        assertThat(adopted.changeGeneral("Andere naam", false, 3, LiberationDay.EVERY_FIVE_YEARS, " ")
                        .directorRules())
                .as("the general settings leave the rules as they are")
                .isEqualTo(own);
    }

    @Test
    void R_DIRECTOR_aListOfRulesTheRegionCannotKeepIsRefusedWithACode() {
        assertRefused(
                () -> new DirectorRuleList(
                        Collections.nCopies(DirectorRuleList.MAX_RULES + 1, Rule.of(RuleKind.EARLIEST_SIGNAL))),
                "too-many-director-rules");
        assertRefused(
                () -> new DirectorRuleList(List.of(Rule.of(RuleKind.EARLIEST_SIGNAL), Rule.of(RuleKind.LATEST_SIGNAL))),
                "conflicting-director-rules");
        assertRefused(
                () -> new DirectorRuleList(
                        List.of(Rule.of(RuleKind.EARLIEST_SIGNAL), Rule.of(RuleKind.EARLIEST_SIGNAL))),
                "duplicate-director-rule");
        assertRefused(() -> Rule.of(RuleKind.CATEGORY_PRIORITY), "director-rule-needs-list");
    }

    private static RegionSettings general(RegionSettings settings, String name, int deadline) {
        return settings.changeGeneral(name, false, deadline, LiberationDay.EVERY_FIVE_YEARS, null);
    }

    private static void assertRefused(Runnable change, String code) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
