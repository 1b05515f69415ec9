// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;

/**
 * The directory's API controllers read the caller's organisation or region from the access module's principal by
 * property (the directory may not depend on access): each caller still sees only its own.
 */
@IntegrationTest
class PrincipalsOutsideAccessTest {

    private static final String ADMIN = "demo-admin-secret-not-for-production";
    private static final String ADDRESS = "/api/v1/region/institution-addresses/0363010000123456";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
    }

    @Test
    void anOrganisationsSystemListsTheProfessionalsOfItsOwnOrganisationOnly() {
        String region = fixtures.region(false);
        Organisation own = fixtures.organisation(region);
        Professional colleague = fixtures.professional(own);
        Professional other = fixtures.professional(fixtures.organisation(region));

        Response listed = api.get("/api/v1/professionals", own.token());

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body())
                .contains(colleague.id().value().toString())
                .doesNotContain(other.id().value().toString());
    }

    @Test
    void aRegionCoordinatorSetsTheInstitutionAddressesOfTheirOwnRegionOnly() {
        String own = coordinatorOf(fixtures.region(false));
        String other = coordinatorOf(fixtures.region(false));

        assertThat(api.put(ADDRESS, own, "{\"name\":\"Leefgroep De Linde\"}").status())
                .isEqualTo(200);

        assertThat(api.get("/api/v1/region/institution-addresses", own).body()).contains("Leefgroep De Linde");
        assertThat(api.get("/api/v1/region/institution-addresses", other).body())
                .doesNotContain("Leefgroep De Linde");
        assertThat(api.delete(ADDRESS, other).status()).isEqualTo(404);
        assertThat(api.delete(ADDRESS, own).status()).isEqualTo(204);
    }

    private String coordinatorOf(String region) {
        Response issued =
                api.post("/api/v1/admin/regions/" + region + "/coordinators", ADMIN, "{\"name\":\"Regiocoördinator\"}");
        assertThat(issued.status()).isEqualTo(201);
        return issued.json().at("/token").asString();
    }
}
