// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.shared.ReferenceData;

/**
 * For tests that tell a value kept across transactions from one read again (ADR 0060): waits until the instance
 * listens and has received every announcement of a change committed before, such as the test's own fixtures', so that
 * none arrives while the test looks.
 */
public final class ReferenceDataSettled {

    private ReferenceDataSettled() {}

    public static void settle(ReferenceData reference, JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(10)).until(reference::isListening);
        long before = reference.announcementsReceived();
        jdbc.sql("select pg_notify(:channel, 'test')")
                .param("channel", ReferenceData.CHANNEL)
                .query()
                .listOfRows();
        await().atMost(Duration.ofSeconds(10)).until(() -> reference.announcementsReceived() > before);
    }
}
