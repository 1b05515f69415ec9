// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.IntegrationTest;

/**
 * Issue 12, tokens; ADR 0024: every call of the administration API is in the logbook, refused ones too, with
 * method, path and status. Before, none was.
 */
@IntegrationTest
class AdministrationApiCallsAreLoggedTest {

    private static final String ADMIN = "demo-admin-secret-not-for-production";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAdministrationCallIsRecordedWithItsStatus() {
        Api api = new Api(port);
        String region = "log-" + UUID.randomUUID().toString().substring(0, 8);
        int created = api.post("/api/v1/admin/regions", ADMIN, "{\"code\":\"" + region + "\",\"name\":\"Regio Log\"}")
                .status();
        assertThat(created).isEqualTo(201);
        String refusedPath = "/api/v1/admin/municipalities/" + region + "/supervisors";
        assertThat(api.get(refusedPath, "wrong-token").status()).isEqualTo(401);

        assertThat(entries("administration-token", "POST /api/v1/admin/regions 201"))
                .isPositive();
        assertThat(entries("unauthenticated", "GET " + refusedPath + " 401")).isEqualTo(1);
    }

    private int entries(String actor, String subject) {
        return jdbc.sql("""
                        select count(*) from logbook_entry
                        where action = 'ADMINISTRATION_API_CALLED' and actor_id = :actor and subject_id = :subject""")
                .param("actor", actor)
                .param("subject", subject)
                .query(Integer.class)
                .single();
    }
}
