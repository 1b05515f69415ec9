// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;

/**
 * Issue 12, tokens: a municipal supervisor's and a region coordinator's token expire, as an organisation's does,
 * and the administrator can rotate each over the administration API with an overlap in which the old token still
 * works. Before, these tokens worked until removed, and could not be rotated at all.
 */
@IntegrationTest
class SupervisorAndRegionCoordinatorTokensTest {

    private static final String ADMIN = "demo-admin-secret-not-for-production";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorsTokenExpiresAndARotationKeepsTheOldOneForTheOverlapOnly() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String municipality = fixtures.municipality(fixtures.region(false));
        Api.Response added = api.post("/api/v1/admin/municipalities/" + municipality + "/supervisors", ADMIN, """
                {"name": "Regievoerder", "email": "regie@gemeente.example", "phone": "030 123 45 67"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertExpiresInAYear(added);
        String first = added.json().at("/token").asString();
        String id = added.json().at("/clientId").asString();
        String rotatePath = "/api/v1/admin/municipalities/" + municipality + "/supervisors/" + id + "/rotate";
        assertThat(api.get("/api/v1/supervisor/inbox", first).status()).isEqualTo(200);

        Api.Response rotated = api.post(rotatePath + "?overlap=PT1H", ADMIN, "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertExpiresInAYear(rotated);
        String second = rotated.json().at("/token").asString();
        assertThat(api.get("/api/v1/supervisor/inbox", first).status())
                .as("old, in the overlap")
                .isEqualTo(200);
        assertThat(api.get("/api/v1/supervisor/inbox", second).status()).isEqualTo(200);

        pastTheOverlap("municipal_supervisor", id);
        assertThat(api.get("/api/v1/supervisor/inbox", first).status())
                .as("old, after the overlap")
                .isEqualTo(401);

        // A leaked token: rotated without overlap, it stops at once.
        String third = api.post(rotatePath, ADMIN, "").json().at("/token").asString();
        assertThat(api.get("/api/v1/supervisor/inbox", second).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/supervisor/inbox", third).status()).isEqualTo(200);

        expire("municipal_supervisor", id);
        assertThat(api.get("/api/v1/supervisor/inbox", third).status())
                .as("expired")
                .isEqualTo(401);
    }

    @Test
    void aRegionCoordinatorsTokenExpiresAndARotationKeepsTheOldOneForTheOverlapOnly() {
        Api api = new Api(port);
        String region = new Fixtures(context).region(false);
        Api.Response issued =
                api.post("/api/v1/admin/regions/" + region + "/coordinators", ADMIN, "{\"name\": \"Regio\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertExpiresInAYear(issued);
        String first = issued.json().at("/token").asString();
        String id = issued.json().at("/clientId").asString();

        Api.Response rotated = api.post("/api/v1/admin/region-coordinators/" + id + "/rotate?overlap=P1D", ADMIN, "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String second = rotated.json().at("/token").asString();
        assertThat(api.get("/api/v1/region/settings", first).status())
                .as("old, in the overlap")
                .isEqualTo(200);
        assertThat(api.get("/api/v1/region/settings", second).status()).isEqualTo(200);

        pastTheOverlap("region_coordinator_credential", id);
        assertThat(api.get("/api/v1/region/settings", first).status()).isEqualTo(401);

        expire("region_coordinator_credential", id);
        assertThat(api.get("/api/v1/region/settings", second).status())
                .as("expired")
                .isEqualTo(401);
    }

    @Test
    void aBadOverlapOrAnUnknownCredentialIsRefusedAndChangesNothing() {
        Api api = new Api(port);
        String region = new Fixtures(context).region(false);
        Api.Response issued =
                api.post("/api/v1/admin/regions/" + region + "/coordinators", ADMIN, "{\"name\": \"Regio\"}");
        String token = issued.json().at("/token").asString();
        String path = "/api/v1/admin/region-coordinators/"
                + issued.json().at("/clientId").asString() + "/rotate";

        for (String overlap : new String[] {"P31D", "morgen", "-PT1H"}) {
            Api.Response refused = api.post(path + "?overlap=" + overlap, ADMIN, "");
            assertThat(refused.status()).as(overlap).isEqualTo(422);
            assertThat(refused.json().at("/code").asString()).isEqualTo("invalid-overlap");
        }
        Api.Response unknown =
                api.post("/api/v1/admin/region-coordinators/" + UUID.randomUUID() + "/rotate", ADMIN, "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/code").asString()).isEqualTo("credential-not-found");
        Api.Response otherMunicipality =
                api.post("/api/v1/admin/municipalities/GM0000/supervisors/" + UUID.randomUUID() + "/rotate", ADMIN, "");
        assertThat(otherMunicipality.json().at("/code").asString()).isEqualTo("supervisor-not-found");

        assertThat(api.get("/api/v1/region/settings", token).status()).isEqualTo(200);
    }

    private static void assertExpiresInAYear(Api.Response issued) {
        assertThat(OffsetDateTime.parse(issued.json().at("/expiresAt").asString()))
                .isCloseTo(OffsetDateTime.now().plusDays(365), within(1, ChronoUnit.HOURS));
    }

    private void pastTheOverlap(String table, String id) {
        jdbc.sql("update " + table + " set previous_valid_until = now() - interval '1 second' where id = :id::uuid")
                .param("id", id)
                .update();
    }

    private void expire(String table, String id) {
        jdbc.sql("update " + table + " set expires_at = now() - interval '1 second' where id = :id::uuid")
                .param("id", id)
                .update();
    }
}
