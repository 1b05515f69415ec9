// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.PublicationRegistryAt;

/**
 * Issue 18 (ADR 0046), migration V76: what listeners that are gone left incomplete in the publication registry is
 * handed to their successor, or dropped where the youth's due mark does the work, so an upgrade loses no reminder and
 * leaves no publication that no listener will ever complete.
 */
class PublicationHandOverMigrationTest {

    private static final String GONE_REMINDERS =
            "nl.verwijsindex.notification.internal.InformingReminders.on(nl.verwijsindex.matching.MatchesFound)";
    private static final String NOTICES =
            "nl.verwijsindex.notification.internal.NoticeCreator.on(nl.verwijsindex.matching.MatchesFound)";
    private static final String GONE_CHECK =
            "nl.verwijsindex.person.internal.PersonCheckTriggers.checkAfterCommit(nl.verwijsindex.signal.SignalRegistered)";
    private static final String COORDINATION =
            "nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.matching.MatchesFound)";

    @Test
    void publicationsOfRemovedListenersGoToTheirSuccessorOrAreDroppedWhereTheDueMarkServes() throws Exception {
        try (PublicationRegistryAt.Database database = PublicationRegistryAt.databaseAt("73")) {
            JdbcClient jdbc = database.jdbc();
            String bothIncomplete = "{\"matchCaseId\":\"" + UUID.randomUUID() + "\",\"pairIds\":[]}";
            String onlyReminders = "{\"matchCaseId\":\"" + UUID.randomUUID() + "\",\"pairIds\":[]}";
            publish(jdbc, GONE_REMINDERS, bothIncomplete, null);
            publish(jdbc, NOTICES, bothIncomplete, null);
            publish(jdbc, COORDINATION, bothIncomplete, null);
            publish(jdbc, GONE_REMINDERS, onlyReminders, null);
            publish(jdbc, GONE_CHECK, "{\"signalId\":\"" + UUID.randomUUID() + "\"}", null);
            publish(jdbc, GONE_REMINDERS, "{\"completed\":true}", OffsetDateTime.now());

            database.migrateTo("76");

            assertThat(PublicationRegistryAt.listeners(jdbc, bothIncomplete, false))
                    .as("NoticeCreator's own publication does it all; the other listener keeps its own")
                    .containsExactlyInAnyOrder(NOTICES, COORDINATION);
            assertThat(PublicationRegistryAt.listeners(jdbc, onlyReminders, false))
                    .as("handed to NoticeCreator, which makes the reminders")
                    .containsExactly(NOTICES);
            assertThat(jdbc.sql("select count(*) from event_publication where listener_id = :l")
                            .param("l", GONE_CHECK)
                            .query(Integer.class)
                            .single())
                    .as("the person check is done by its due mark")
                    .isZero();
            assertThat(PublicationRegistryAt.listeners(jdbc, "{\"completed\":true}", false))
                    .as("a completed publication is history, left as it was")
                    .containsExactly(GONE_REMINDERS);
        }
    }

    private static void publish(JdbcClient jdbc, String listener, String event, OffsetDateTime completed) {
        PublicationRegistryAt.publish(jdbc, listener, "event", event, completed);
    }
}
