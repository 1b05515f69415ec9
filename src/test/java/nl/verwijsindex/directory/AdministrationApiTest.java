// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;

/**
 * The functional administrator sets up a covenant, an organisation, its professionals and its system's
 * credentials over the API, and can rotate and revoke those credentials. Anyone else is refused.
 */
@IntegrationTest
class AdministrationApiTest {

    /** The demo administrator token of application.properties; tests use the same configuration. */
    private static final String ADMIN = "demo-admin-secret-not-for-production";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anAdministratorSetsUpAnOrganisationWhoseSystemThenRegistersAndCanBeCutOff() {
        String region = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/v1/admin/regions", ADMIN, "{\"code\":\"" + region + "\",\"name\":\"Regio Test\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/admin/municipalities",
                                ADMIN,
                                "{\"cbsCode\":\"GM9" + (100 + (int) (Math.random() * 899))
                                        + "\",\"name\":\"Testdorp\",\"regionCode\":\"" + region + "\"}")
                        .status())
                .isIn(201, 409);
        Response organisation = api.post("/api/v1/admin/organisations", ADMIN, """
                {"name":"Jeugdteam Testdorp","kvkNumber":"12345678","categoryCode":"MUNICIPAL_YOUTH_TEAM",
                 "coordinatorName":"Coördinator","coordinatorEmail":"coordinator@testdorp.example","coordinatorPhone":"030 1",
                 "regionCodes":["%s"],"joinedOn":"%s"}""".formatted(
                        region, LocalDate.now().minusDays(1)));
        assertThat(organisation.status()).as(organisation.body()).isEqualTo(201);
        String organisationId = organisation.json().at("/id").asString();
        Response professional = api.post(
                "/api/v1/admin/organisations/" + organisationId + "/professionals",
                ADMIN,
                "{\"name\":\"Eva Test\",\"email\":\"eva@testdorp.example\",\"phone\":\"06 1\",\"designated\":true}");
        assertThat(professional.status()).isEqualTo(201);
        String professionalId = professional.json().at("/id").asString();
        Response issued = api.post(
                "/api/v1/admin/organisations/" + organisationId + "/api-clients",
                ADMIN,
                "{\"description\":\"ECD Testdorp\"}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().at("/token").asString();
        String clientId = issued.json().at("/clientId").asString();

        String signals = "/api/v1/professionals/" + professionalId + "/signals";
        String child = LocalDate.now().minusYears(3).toString();
        assertThat(api.post(signals, token, Api.registration(TestBsns.random(), child))
                        .status())
                .isEqualTo(201);

        String rotated = api.post("/api/v1/admin/api-clients/" + clientId + "/rotate", ADMIN, "")
                .json()
                .at("/token")
                .asString();
        assertThat(api.get(signals, token).status()).isEqualTo(401);
        assertThat(api.get(signals, rotated).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/api-clients/" + clientId + "/revoke", ADMIN, "")
                        .status())
                .isEqualTo(200);
        assertThat(api.get(signals, rotated).status()).isEqualTo(401);

        assertThat(api.post(
                                "/api/v1/admin/professionals/" + professionalId + "/designation",
                                ADMIN,
                                "{\"designated\":false}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/admin/professionals/" + professionalId + "/left",
                                ADMIN,
                                "{\"leftOn\":\"" + LocalDate.now() + "\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void wrongAdministrationRequestsAreClearErrorsAndOthersAreShutOut() {
        String region = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/admin/regions", ADMIN, "{\"code\":\"" + region + "\",\"name\":\"Regio\"}");
        expect(
                api.post("/api/v1/admin/regions", ADMIN, "{\"code\":\"" + region + "\",\"name\":\"Nog eens\"}"),
                409,
                "region-exists");
        expect(
                api.post("/api/v1/admin/regions", ADMIN, "{\"code\":\"Hoofd Letters\",\"name\":\"x\"}"),
                400,
                "validation-failed");
        expect(
                api.post(
                        "/api/v1/admin/municipalities",
                        ADMIN,
                        "{\"cbsCode\":\"GM0001\",\"name\":\"x\",\"regionCode\":\"nergens\"}"),
                422,
                "unknown-region");
        expect(api.post("/api/v1/admin/organisations", ADMIN, """
                {"name":"X","kvkNumber":"12345678","categoryCode":"BAKKERIJ","coordinatorName":"C",
                 "coordinatorEmail":"c@x.example","coordinatorPhone":"1","regionCodes":["%s"],"joinedOn":"2026-01-01"}""".formatted(region)), 422, "unknown-category");
        expect(
                api.post("/api/v1/admin/organisations", ADMIN, """
                {"name":"X","categoryCode":"POLICE","coordinatorName":"C",
                 "coordinatorEmail":"c@x.example","coordinatorPhone":"1","regionCodes":["%s"],"joinedOn":"2026-01-01"}""".formatted(region)),
                422,
                "organisation-identifier-required");
        expect(
                api.post(
                        "/api/v1/admin/organisations/" + UUID.randomUUID() + "/professionals",
                        ADMIN,
                        "{\"name\":\"A\",\"email\":\"a@x.example\",\"phone\":\"1\"}"),
                404,
                "organisation-not-found");
        expect(
                api.post(
                        "/api/v1/admin/professionals/" + UUID.randomUUID() + "/left",
                        ADMIN,
                        "{\"leftOn\":\"2026-01-01\"}"),
                404,
                "professional-not-found");
        expect(
                api.post("/api/v1/admin/api-clients/" + UUID.randomUUID() + "/rotate", ADMIN, ""),
                404,
                "api-client-not-found");

        expect(api.post("/api/v1/admin/regions", null, "{}"), 401, "unauthenticated");
        expect(api.post("/api/v1/admin/regions", ADMIN + "x", "{}"), 401, "invalid-credentials");
        String organisationToken = "33333333-0000-4000-8000-000000000001.demo-jeugdteam-secret-not-for-production";
        expect(api.post("/api/v1/admin/regions", organisationToken, "{}"), 401, "invalid-credentials");
        expect(api.get("/api/v1/professionals", ADMIN), 401, "invalid-credentials");
    }

    @Test
    void theAdministratorCanRunTheRetentionSweepNowButNotAheadOfToday() {
        Response swept = api.post("/api/v1/admin/retention/sweep", ADMIN, "");
        assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
        assertThat(swept.json().at("/asOf").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(swept.json().has("milliseconds")).isTrue();
        expect(
                api.post("/api/v1/admin/retention/sweep?date=" + LocalDate.now().plusDays(1), ADMIN, ""),
                422,
                "sweep-date-in-future");
        expect(
                api.post("/api/v1/admin/retention/sweep", "33333333-0000-4000-8000-000000000001.x", ""),
                401,
                "invalid-credentials");
    }

    private static void expect(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().at("/code").asString())
                .as(response.toString())
                .isEqualTo(code);
    }
}
