// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * For the tests of a migration that hands over what an earlier version left in Spring Modulith's publication registry:
 * the schema migrated up to a version, and a publication written as that version's registry would hold it.
 */
public final class PublicationRegistryAt {

    private PublicationRegistryAt() {}

    /** A PostgreSQL of the test's own, migrated up to and including {@code version}; stopped when closed. */
    public static Database databaseAt(String version) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.start();
        Database database = new Database(postgres, postgres.getPostgresDatabase());
        database.migrateTo(version);
        return database;
    }

    /** The test's own database: its client, and the next migrations on demand. */
    public record Database(EmbeddedPostgres postgres, DataSource dataSource) implements AutoCloseable {

        public JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }

        public void migrateTo(String version) {
            migrate(dataSource, version);
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    /** Migrates the database up to and including {@code version} (e.g. "80"). */
    public static void migrate(DataSource dataSource, String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", ""))
                .target(version)
                .load()
                .migrate();
    }

    /** The listeners of the publications of this serialized event; only the incomplete ones when {@code incomplete}. */
    public static List<String> listeners(JdbcClient jdbc, String serializedEvent, boolean incomplete) {
        return jdbc.sql("select listener_id from event_publication where serialized_event = :event"
                        + (incomplete ? " and completion_date is null" : ""))
                .param("event", serializedEvent)
                .query(String.class)
                .list();
    }

    /** A publication for {@code listener}, incomplete when {@code completed} is null; its id. */
    public static UUID publish(
            JdbcClient jdbc, String listener, String eventType, String serializedEvent, OffsetDateTime completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       completion_date)
                        values (:id, :listener, :type, :event, now(), :completed)""")
                .param("id", id)
                .param("listener", listener)
                .param("type", eventType)
                .param("event", serializedEvent)
                .param("completed", completed)
                .update();
        return id;
    }
}
