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
 * Issue 18 (ADR 0058), migration V84: the notices of a match are made in the case opening's transaction, and
 * NoticeCreator's publications of {@code MatchesFound} an earlier version left incomplete go to the case opening, so
 * an upgrade loses no match notice and leaves no publication that no listener will ever complete.
 */
class MatchNoticesHandOverMigrationTest {

    private static final String GONE_NOTICES =
            "nl.verwijsindex.notification.internal.NoticeCreator.on(nl.verwijsindex.matching.MatchesFound)";
    private static final String CASE_OPENING =
            "nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.matching.MatchesFound)";
    private static final String OTHER =
            "nl.verwijsindex.notification.internal.NoticeCreator.on(nl.verwijsindex.signal.SignalTransferred)";

    @Test
    void R_NOTICE_theNoticesAnEarlierVersionLeftIncompleteAreMadeByTheCaseOpening() throws Exception {
        try (PublicationRegistryAt.Database database = PublicationRegistryAt.databaseAt("83")) {
            JdbcClient jdbc = database.jdbc();
            String bothIncomplete = match();
            String onlyNotices = match();
            String caseOpenedNoticesDone = match();
            String transferred = "{\"signalId\":\"" + UUID.randomUUID() + "\"}";
            publish(jdbc, GONE_NOTICES, bothIncomplete, null);
            publish(jdbc, CASE_OPENING, bothIncomplete, null);
            publish(jdbc, GONE_NOTICES, onlyNotices, null);
            publish(jdbc, CASE_OPENING, onlyNotices, OffsetDateTime.now());
            publish(jdbc, GONE_NOTICES, caseOpenedNoticesDone, OffsetDateTime.now());
            publish(jdbc, CASE_OPENING, caseOpenedNoticesDone, null);
            publish(jdbc, OTHER, transferred, null);

            database.migrateTo("84");

            assertThat(PublicationRegistryAt.listeners(jdbc, bothIncomplete, true))
                    .as("the case opening's own publication makes the notices too; the other is dropped")
                    .containsExactly(CASE_OPENING);
            assertThat(PublicationRegistryAt.listeners(jdbc, onlyNotices, true))
                    .as("handed to the case opening, which finds the case open and makes the notices")
                    .containsExactly(CASE_OPENING);
            assertThat(PublicationRegistryAt.listeners(jdbc, caseOpenedNoticesDone, true))
                    .containsExactly(CASE_OPENING);
            assertThat(PublicationRegistryAt.listeners(jdbc, caseOpenedNoticesDone, false))
                    .as("a completed publication is history, left as it was")
                    .containsExactlyInAnyOrder(GONE_NOTICES, CASE_OPENING);
            assertThat(PublicationRegistryAt.listeners(jdbc, transferred, true))
                    .as("NoticeCreator's other listeners keep theirs")
                    .containsExactly(OTHER);
        }
    }

    private static String match() {
        return "{\"matchCaseId\":\"" + UUID.randomUUID() + "\",\"pairIds\":[\"" + UUID.randomUUID() + "\"]}";
    }

    private static void publish(JdbcClient jdbc, String listener, String event, OffsetDateTime completed) {
        PublicationRegistryAt.publish(jdbc, listener, "event", event, completed);
    }
}
