// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.PublicationRegistryAt;

/**
 * Issue 18 (docs/adr/0051), migration V81: a publication an earlier version left incomplete for the coordination's
 * listener of every person-register answer goes to the listener that follows a youth's cases, with the youth's id as
 * that event carries it; completed publications stay as they were.
 */
class RegisterAnswerHandOverMigrationTest {

    private static final String GONE =
            "nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.person.PersonDataRefreshed)";
    private static final String FOLLOW =
            "nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.coordination.internal.YouthCasesToFollow)";

    @Test
    void anIncompleteAnswerPublicationGoesToTheListenerThatFollowsTheYouthsCases() throws Exception {
        try (PublicationRegistryAt.Database database = PublicationRegistryAt.databaseAt("80")) {
            JdbcClient jdbc = database.jdbc();
            UUID incomplete =
                    publish(jdbc, "{\"youthId\":{\"value\":4711},\"parentsOrMunicipalityChanged\":false}", null);
            UUID completed = publish(
                    jdbc, "{\"youthId\":{\"value\":4712},\"parentsOrMunicipalityChanged\":true}", OffsetDateTime.now());

            database.migrateTo("81");

            assertThat(row(jdbc, incomplete))
                    .containsExactly(
                            FOLLOW,
                            "nl.verwijsindex.coordination.internal.YouthCasesToFollow",
                            "{\"youthId\": {\"value\": 4711}}");
            assertThat(row(jdbc, completed).get(0))
                    .as("history, left as it was")
                    .isEqualTo(GONE);
        }
    }

    private static UUID publish(JdbcClient jdbc, String event, OffsetDateTime completed) {
        return PublicationRegistryAt.publish(
                jdbc, GONE, "nl.verwijsindex.person.PersonDataRefreshed", event, completed);
    }

    private static List<String> row(JdbcClient jdbc, UUID id) {
        return jdbc.sql("select listener_id, event_type, serialized_event from event_publication where id = :id")
                .param("id", id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }
}
