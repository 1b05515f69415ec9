// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verwijsindex.national.client.NationalIndexUnavailable;

import tools.jackson.databind.json.JsonMapper;

/**
 * R-NATIONAL: the hub's database down is a 503 with a problem code and {@code Retry-After}, never a 500, so a region
 * keeps the message in its outbox and tries again. Parties of its own: the test stops their database.
 */
class HubDatabaseDownTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static NationalParties parties;

    @BeforeAll
    static void start() throws IOException {
        parties = new NationalParties(
                Files.createTempDirectory("hub-database-down"), "--spring.datasource.hikari.connection-timeout=1000");
    }

    @AfterAll
    static void stop() throws IOException {
        parties.close();
    }

    @Test
    void R_NATIONAL_theHubsDatabaseDownIsA503WithAProblemCodeThatTheRegionTreatsAsUnavailable() throws Exception {
        String region = parties.freshRegion();
        assertThat(parties.client(region).inbox(0, 10).deliveries()).isEmpty();

        parties.stopDatabase();

        HttpResponse<String> response = parties.send(
                parties.tls(region),
                HttpRequest.newBuilder(parties.hubUri().resolve("v1/inbox?after=0&limit=10"))
                        .GET()
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("database-unavailable");
        assertThat(problem.get("detail").asString()).contains("database");
        assertThatThrownBy(() -> parties.client(region).inbox(0, 10)).isInstanceOf(NationalIndexUnavailable.class);
    }
}
