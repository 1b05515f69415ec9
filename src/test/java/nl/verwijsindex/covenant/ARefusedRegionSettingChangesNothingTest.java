// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;

/**
 * A region's settings are saved whole or not at all (DESIGN decision 5): when one field is refused, the index
 * name, R-MATCH-YOUTH, R-DEADLINE and Liberation Day, the case municipality and the R-DIRECTOR rules all stay as
 * they were, on the region coordinator's page and on the region API alike. Before the covenant module the page
 * saved the coordination settings first and refused a too long index name after they had been committed.
 */
@IntegrationTest
class ARefusedRegionSettingChangesNothingTest {

    private static final String TOO_LONG_NAME = "Verwijsindex " + "x".repeat(RegionSettings.MAX_INDEX_DISPLAY_NAME);

    @Autowired
    ApplicationContext context;

    @Autowired
    RegionSettingsKeeper settings;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Fixtures fixtures;
    String region;
    String municipality;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        region = fixtures.region(false);
        municipality = fixtures.municipality(region);
        fixtures.municipality(region);
        settings.change(
                region,
                "test",
                s -> s.changeGeneral("Verwijsindex Eemland", false, 7, LiberationDay.YEARLY, municipality)
                        .adoptDirectorRules(new DirectorRuleList(List.of(
                                Rule.of(RuleKind.DOMAIN_PRIORITY, "EDUCATION"), Rule.of(RuleKind.LATEST_SIGNAL)))));
    }

    @Test
    void aTooLongIndexNameOnTheSettingsPageKeepsTheCoordinationSettingsAndTheDirectorRulesAsTheyWere()
            throws Exception {
        Map<String, Object> before = stored();
        MockMvc mvc = WebTests.mockMvc(context);
        SignedInAccount coordinator = new SignedInAccount(
                UUID.randomUUID(), "regio", "Regiocoördinator", Role.REGION_COORDINATOR, null, null, null, region);

        String page = mvc.perform(post("/regio/instellingen")
                        .with(WebTests.signedIn(coordinator))
                        .with(csrf())
                        .param("naam", TOO_LONG_NAME)
                        .param("termijn", "12")
                        .param("bevrijdingsdag", "EVERY_FIVE_YEARS")
                        .param("gemeente", ""))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("ten hoogste 60 tekens", "href=\"#naam\"");
        assertThat(stored()).isEqualTo(before);
        assertThat(settings.of(region).deadlineWorkingDays()).isEqualTo(7);
    }

    @Test
    void aTooLongIndexNameOnTheRegionApiKeepsTheCoordinationSettingsAndTheDirectorRulesAsTheyWere() {
        Api api = new Api(port);
        String coordinator = api.post(
                        "/api/v1/admin/regions/" + region + "/coordinators",
                        "demo-admin-secret-not-for-production",
                        "{\"name\":\"Regiocoördinator\"}")
                .json()
                .at("/token")
                .asString();
        Map<String, Object> before = stored();

        Response refused = api.put("/api/v1/region/settings", coordinator, """
                {"indexDisplayName": "%s", "suppressSameOrganisationMatches": true, "expiryReminderDays": 14,
                 "deadlineWorkingDays": 12, "liberationDay": "EVERY_FIVE_YEARS", "directorRules": null}""".formatted(TOO_LONG_NAME));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/code").asString()).isEqualTo("invalid-index-display-name");
        assertThat(stored()).isEqualTo(before);
        Response kept = api.get("/api/v1/region/settings", coordinator);
        assertThat(kept.json().at("/deadlineWorkingDays").asInt()).isEqualTo(7);
        assertThat(kept.json().at("/indexDisplayName").asString()).isEqualTo("Verwijsindex Eemland");
        assertThat(kept.json().at("/directorRules/0/kind").asString()).isEqualTo("DOMAIN_PRIORITY");

        Response accepted = api.put("/api/v1/region/settings", coordinator, """
                {"indexDisplayName": "Verwijsindex Amersfoort", "suppressSameOrganisationMatches": true,
                 "expiryReminderDays": 14, "deadlineWorkingDays": 12, "liberationDay": "EVERY_FIVE_YEARS"}""");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(stored()).isNotEqualTo(before);
        assertThat(settings.of(region)).satisfies(s -> {
            assertThat(s.indexDisplayName()).isEqualTo("Verwijsindex Amersfoort");
            assertThat(s.expiryReminderDays()).isEqualTo(14);
            assertThat(s.deadlineWorkingDays()).isEqualTo(12);
            assertThat(s.hasOwnDirectorRules()).isFalse();
        });
    }

    /** The region's rows in the three tables behind its settings, as they are stored. */
    private Map<String, Object> stored() {
        return Map.of(
                "region", jdbc.sql("""
                                select index_display_name, suppress_same_organisation_matches, expiry_reminder_days
                                from region where code = :code""").param("code", region).query().listOfRows(),
                "coordination_settings",
                        jdbc.sql("""
                                select deadline_working_days, liberation_day, case_municipality_code, own_director_rules,
                                       updated_at, updated_by
                                from coordination_settings where region_code = :code""").param("code", region).query().listOfRows(),
                "director_rule", jdbc.sql("""
                                select position, kind, array_to_string(ranking, ',') as ranking
                                from director_rule where region_code = :code order by position""").param("code", region).query().listOfRows());
    }
}
