// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;

/**
 * The region coordinator's settings on the API: the whole resource and the two parts clients used before it
 * (coordination settings, R-MATCH-ADDRESS institution addresses) show the same settings, each only of the
 * coordinator's own region.
 */
@IntegrationTest
class RegionSettingsApiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Covenants covenants;

    @LocalServerPort
    int port;

    Fixtures fixtures;
    Api api;
    String region;
    String coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        api = new Api(port);
        region = fixtures.region(false);
        coordinator = api.post(
                        "/api/v1/admin/regions/" + region + "/coordinators",
                        "demo-admin-secret-not-for-production",
                        "{\"name\":\"Regiocoördinator\"}")
                .json()
                .at("/token")
                .asString();
    }

    @Test
    void theCoordinationSettingsPathChangesTheSameSettingsAsTheWholeResource() {
        Response changed = api.put("/api/v1/region/coordination-settings", coordinator, """
                {"deadlineWorkingDays": 9, "liberationDay": "YEARLY",
                 "directorRules": [{"kind": "DOMAIN_PRIORITY", "ranking": ["POLICE_AND_JUSTICE"]}]}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().at("/finalTieBreaker").asString())
                .isEqualTo("EARLIEST_SIGNAL, then the lowest signal id");

        Response whole = api.get("/api/v1/region/settings", coordinator);
        assertThat(whole.json().at("/regionCode").asString()).isEqualTo(region);
        assertThat(whole.json().at("/indexDisplayName").asString()).isEqualTo("Verwijsindex");
        assertThat(whole.json().at("/expiryReminderDays").asInt()).isEqualTo(28);
        assertThat(whole.json().at("/deadlineWorkingDays").asInt()).isEqualTo(9);
        assertThat(whole.json().at("/liberationDay").asString()).isEqualTo("YEARLY");
        assertThat(whole.json().at("/ownDirectorRules").asBoolean()).isTrue();
        assertThat(whole.json().at("/directorRules/0/ranking/0").asString()).isEqualTo("POLICE_AND_JUSTICE");

        Response unknownDomain = api.put("/api/v1/region/coordination-settings", coordinator, """
                {"deadlineWorkingDays": 9, "liberationDay": "YEARLY",
                 "directorRules": [{"kind": "DOMAIN_PRIORITY", "ranking": ["SPORTS"]}]}""");
        assertThat(unknownDomain.status()).isEqualTo(422);
        assertThat(unknownDomain.json().at("/code").asString()).isEqualTo("unknown-director-rule-item");
    }

    @Test
    void R_MATCH_ADDRESS_institutionAddressesAreDesignatedListedAndWithdrawnOnTheirOwnPaths() {
        String path = "/api/v1/region/institution-addresses";
        assertThat(api.put(path + "/0307010000123456", coordinator, "{\"name\":\"Leefgroep De Linde\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.put(path + "/12345", coordinator, "{\"name\":\"Te kort\"}")
                        .json()
                        .at("/code")
                        .asString())
                .isEqualTo("invalid-addressable-object-id");
        assertThat(api.get(path, coordinator).json().at("/0/name").asString()).isEqualTo("Leefgroep De Linde");
        assertThat(covenants.institutionAddresses(List.of(region))).containsExactly("0307010000123456");

        assertThat(api.delete(path + "/0307010000123456", coordinator).status()).isEqualTo(204);
        assertThat(api.delete(path + "/0307010000123456", coordinator).status()).isEqualTo(404);
        assertThat(covenants.institutionAddresses(region)).isEmpty();
    }

    @Test
    void R_CATEGORY_theRegionsOwnCategoriesGuidanceAndExpiryReminderAreSavedAsOneResourceAllOrNothing() {
        Response saved = api.put("/api/v1/region/settings", coordinator, """
                {"indexDisplayName": "Verwijsindex", "suppressSameOrganisationMatches": false, "deadlineWorkingDays": 5,
                 "liberationDay": "YEARLY",
                 "expiryReminderDays": 42,
                 "registrationGuidance": "Geen signaal bij een enkele opvoedvraag.",
                 "ownCategories": [{"name": "Kinderopvang", "domain": "YOUTH_HEALTH_CARE"},
                                   {"name": "Jongerenwerk", "domain": "SOCIAL_SUPPORT"}]}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String childcare = saved.json().at("/ownCategories/0/code").asString();
        assertThat(childcare).isEqualTo(region.toUpperCase().replace('-', '_') + "_KINDEROPVANG");

        Response whole = api.get("/api/v1/region/settings", coordinator);
        assertThat(whole.json().at("/expiryReminderDays").asInt()).isEqualTo(42);
        assertThat(whole.json().at("/registrationGuidance").asString())
                .isEqualTo("Geen signaal bij een enkele opvoedvraag.");
        assertThat(whole.json().at("/ownCategories/0/name").asString()).isEqualTo("Jongerenwerk");
        assertThat(whole.json().at("/ownCategories/0/domain").asString()).isEqualTo("SOCIAL_SUPPORT");

        String otherRegion = fixtures.region(false);
        Response elsewhere = addOrganisation(childcare, otherRegion);
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(422);
        assertThat(elsewhere.json().at("/code").asString()).isEqualTo("category-not-in-region");
        assertThat(addOrganisation(childcare, region).status()).isEqualTo(201);

        Response withdrawn = api.put("/api/v1/region/settings", coordinator, """
                {"indexDisplayName": "Verwijsindex", "suppressSameOrganisationMatches": false, "deadlineWorkingDays": 5,
                 "liberationDay": "YEARLY",
                 "registrationGuidance": "Andere afspraken.",
                 "ownCategories": [{"name": "Jongerenwerk", "domain": "SOCIAL_SUPPORT"}]}""");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(409);
        assertThat(withdrawn.json().at("/code").asString()).isEqualTo("region-category-in-use");
        Response unchanged = api.get("/api/v1/region/settings", coordinator);
        assertThat(unchanged.json().at("/registrationGuidance").asString())
                .isEqualTo("Geen signaal bij een enkele opvoedvraag.");
        assertThat(unchanged.json().at("/ownCategories").size()).isEqualTo(2);

        Response tooLong = api.put("/api/v1/region/settings", coordinator, """
                {"indexDisplayName": "Verwijsindex", "suppressSameOrganisationMatches": false, "deadlineWorkingDays": 5,
                 "liberationDay": "YEARLY",
                 "registrationGuidance": "%s"}""".formatted("x".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/code").asString()).isEqualTo("invalid-registration-guidance");
        assertThat(tooLong.json().at("/title").asString()).isNotBlank();
    }

    private Response addOrganisation(String category, String inRegion) {
        return api.post("/api/v1/admin/organisations", "demo-admin-secret-not-for-production", """
                {"name":"Kinderopvang De Egel","kvkNumber":"%08d","categoryCode":"%s",
                 "coordinatorName":"Coördinator","coordinatorEmail":"coordinator@egel.example","coordinatorPhone":"030 1",
                 "regionCodes":["%s"],"joinedOn":"2026-01-01"}""".formatted(
                        Math.abs(category.hashCode() + inRegion.hashCode()) % 100_000_000, category, inRegion));
    }
}
