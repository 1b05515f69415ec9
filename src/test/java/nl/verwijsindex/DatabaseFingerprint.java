// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest per table of the application's data, to show that a refused call changed nothing. Left out: the tables
 * that change by themselves (the logbook, which may record a refusal; sessions; the scheduler's and the event
 * registry's bookkeeping; Flyway's history; the logbook's chain head, which moves with every entry).
 */
final class DatabaseFingerprint {

    private static final Set<String> LEFT_OUT = Set.of(
            "logbook_entry",
            "logbook_chain_head",
            "spring_session",
            "spring_session_attributes",
            "scheduled_tasks",
            "event_publication",
            "flyway_schema_history");

    private final JdbcClient jdbc;

    DatabaseFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The digest once the work started by earlier calls (events, e-mail) has finished: two equal readings. */
    Map<String, String> settled() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(now());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Map<String, String> current = now();
                    return current.equals(last.getAndSet(current));
                });
        return last.get();
    }

    Map<String, String> now() {
        List<String> tables = jdbc.sql(
                        "select table_name from information_schema.tables where table_schema = current_schema()"
                                + " and table_type = 'BASE TABLE' order by table_name")
                .query(String.class)
                .list();
        Map<String, String> digests = new TreeMap<>();
        for (String table : tables) {
            if (!LEFT_OUT.contains(table)) {
                digests.put(
                        table,
                        jdbc.sql("select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) from "
                                        + table + " t")
                                .query(String.class)
                                .single());
            }
        }
        return digests;
    }
}
