// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 12, tokens (R-REQUEST's desk): a privacy desk's token expires (V59) and, like a supervisor's and a region
 * coordinator's, the administrator rotates it over the administration API with an overlap in which the old token
 * still works. Before, a desk's token could only be revoked, so a desk had an outage at every change of token.
 */
@IntegrationTest
class PrivacyDeskTokensTest {

    private static final String ADMIN = "demo-admin-secret-not-for-production";
    private static final String DESK = "/api/v1/privacy-desk/requests";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPrivacyDesksTokenIsRotatedWithAnOverlapAndWithoutOneForALeakedToken() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String municipality = fixtures.municipality(fixtures.region(false));
        Api.Response issued = api.post(
                "/api/v1/admin/municipalities/" + municipality + "/privacy-desk-credentials",
                ADMIN,
                "{\"name\": \"Privacyloket\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String first = issued.json().at("/token").asString();
        String id = issued.json().at("/clientId").asString();
        String rotatePath = "/api/v1/admin/privacy-desk-credentials/" + id + "/rotate";
        assertThat(api.get(DESK, first).status()).isEqualTo(200);

        Api.Response rotated = api.post(rotatePath + "?overlap=PT1H", ADMIN, "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(rotated.json().at("/expiresAt").asString()).isNotBlank();
        String second = rotated.json().at("/token").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get(DESK, first).status()).as("old, in the overlap").isEqualTo(200);
        assertThat(api.get(DESK, second).status()).isEqualTo(200);

        jdbc.sql("update privacy_desk_credential set previous_valid_until = now() - interval '1 second'"
                        + " where id = :id::uuid")
                .param("id", id)
                .update();
        assertThat(api.get(DESK, first).status()).as("old, after the overlap").isEqualTo(401);

        String third = api.post(rotatePath, ADMIN, "").json().at("/token").asString();
        assertThat(api.get(DESK, second).status()).as("leaked: no overlap").isEqualTo(401);
        assertThat(api.get(DESK, third).status()).isEqualTo(200);
    }

    @Test
    void aBadOverlapARevokedOrAnUnknownDeskCredentialIsRefusedAndChangesNothing() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String municipality = fixtures.municipality(fixtures.region(false));
        Api.Response issued = api.post(
                "/api/v1/admin/municipalities/" + municipality + "/privacy-desk-credentials",
                ADMIN,
                "{\"name\": \"Privacyloket\"}");
        String token = issued.json().at("/token").asString();
        String id = issued.json().at("/clientId").asString();

        Api.Response tooLong =
                api.post("/api/v1/admin/privacy-desk-credentials/" + id + "/rotate?overlap=P31D", ADMIN, "");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/code").asString()).isEqualTo("invalid-overlap");
        assertThat(api.get(DESK, token).status()).as("unchanged").isEqualTo(200);

        Api.Response unknown =
                api.post("/api/v1/admin/privacy-desk-credentials/" + UUID.randomUUID() + "/rotate", ADMIN, "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/code").asString()).isEqualTo("credential-not-found");

        api.post("/api/v1/admin/privacy-desk-credentials/" + id + "/revoke", ADMIN, "");
        Api.Response revoked = api.post("/api/v1/admin/privacy-desk-credentials/" + id + "/rotate", ADMIN, "");
        assertThat(revoked.status()).as("a revoked token is not brought back").isEqualTo(404);
        assertThat(api.get(DESK, token).status()).isEqualTo(401);
    }
}
