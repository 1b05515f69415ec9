// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.access.ApiClients.IssuedToken;

/**
 * Issue 12, tokens: an organisation's API token has an expiry date, and a rotation can keep the old token valid
 * for a set time after it. Before, a token worked until revoked, and a rotation cut the old one off at once.
 */
@IntegrationTest
class ApiTokenExpiryAndRotationOverlapTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenExpiresAndARotationKeepsTheOldOneForTheOverlap() {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Organisation organisation = fixtures.organisation(fixtures.region(false));
        IssuedToken issued = clients.issue(organisation.id(), "expiry");
        assertThat(clients.authenticate(issued.token())).isPresent();

        IssuedToken rotated = clients.rotate(issued.clientId(), Duration.ofHours(1));
        assertThat(clients.authenticate(issued.token()))
                .as("old token during the overlap")
                .isPresent();
        assertThat(clients.authenticate(rotated.token())).isPresent();

        jdbc.sql("update api_client set previous_valid_until = now() - interval '1 second' where id = :id")
                .param("id", issued.clientId())
                .update();
        assertThat(clients.authenticate(issued.token()))
                .as("old token after the overlap")
                .isEmpty();
        assertThat(clients.authenticate(rotated.token())).isPresent();

        jdbc.sql("update api_client set expires_at = now() - interval '1 second' where id = :id")
                .param("id", issued.clientId())
                .update();
        assertThat(clients.authenticate(rotated.token())).as("expired").isEmpty();
    }
}
