// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.Credentials;

/**
 * Listens for the announcements of {@link ReferenceData} on a connection of its own (docs/adr/0060). Before it says it
 * listens it proves that they arrive: a probe sent through the application's pool (the path of the application's own
 * changes) must come back on the listening connection; a pooler in transaction mode, which does not pass notifications
 * on, keeps it from listening. The connection is checked at every liveness interval; when it fails, nothing is kept
 * until the listener listens again.
 */
final class ReferenceDataListener {

    /** Tells the keeper what happened; each call is made on the listener's own thread. */
    interface Keeper {

        /** Listening, and every announcement sent from now on will arrive: forget and keep again. */
        void listening();

        /** Not listening: forget, and keep nothing. */
        void notListening();

        /** A change was announced (not a probe of the listener's own). */
        void announced(int count);
    }

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataListener.class);
    private static final String PROBE = "probe:";
    private static final Duration MOST_BACK_OFF = Duration.ofSeconds(30);
    private static final Duration PROBE_WAIT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final Duration liveness;
    private final Keeper keeper;
    private volatile boolean running = true;
    private volatile Connection connection;
    private final Thread thread;

    ReferenceDataListener(DataSource dataSource, Duration liveness, Keeper keeper) {
        if (liveness.isNegative() || liveness.isZero() || liveness.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException(
                    "verwijsindex.database.reference-cache-liveness must be more than 0 and at most 1 hour");
        }
        this.dataSource = dataSource;
        this.liveness = liveness;
        this.keeper = keeper;
        this.thread = new Thread(this::run, "reference-data-listener");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops listening and waits (briefly) for the thread to end. */
    void stop() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close(); // wakes the thread from its wait for notifications
            } catch (SQLException e) {
                // closing on the way out: nothing to do
            }
        }
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Duration backOff = Duration.ofMillis(500);
        boolean warned = false;
        while (running) {
            boolean listened = false;
            try (Connection c = open()) {
                connection = c;
                listen(c);
                listened = true;
                warned = false;
                backOff = Duration.ofMillis(500);
            } catch (SQLException | RuntimeException e) {
                if (running && (listened || !warned)) {
                    log.warn(
                            "Not listening for changes of reference data ({}): read from the database until it does",
                            MessageFree.of(e));
                    warned = true;
                }
            } finally {
                connection = null;
                keeper.notListening();
            }
            if (running) {
                pause(backOff);
                backOff =
                        backOff.multipliedBy(2).compareTo(MOST_BACK_OFF) > 0 ? MOST_BACK_OFF : backOff.multipliedBy(2);
            }
        }
    }

    /**
     * Listens until the connection fails or the listener stops, once a probe sent through the pool has come back on the
     * listening connection: a pooler that does not pass notifications on keeps it from ever listening.
     */
    private void listen(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement statement = c.createStatement()) {
            statement.execute("listen " + ReferenceData.CHANNEL);
        }
        PGConnection notifications = c.unwrap(PGConnection.class);
        String probe = probe();
        long deadline = System.nanoTime() + PROBE_WAIT.toNanos();
        boolean back = false;
        while (running && !back && System.nanoTime() < deadline) {
            back = receive(notifications, Duration.ofMillis(100), probe);
        }
        if (!back) {
            throw new SQLException("a probe sent through the pool did not arrive on the listening connection");
        }
        keeper.listening();
        log.info("Reference data kept across transactions, forgotten on every announced change");
        while (running) {
            receive(notifications, liveness, null);
            if (!c.isValid(2)) {
                throw new SQLException("the listening connection is no longer valid");
            }
        }
    }

    /**
     * Waits up to {@code wait} for announcements and tells the keeper of the changes among them. @return whether the
     * probe was among them
     */
    private boolean receive(PGConnection notifications, Duration wait, String probe) throws SQLException {
        PGNotification[] received = notifications.getNotifications((int) wait.toMillis());
        boolean back = false;
        int changes = 0;
        for (PGNotification n : received == null ? new PGNotification[0] : received) {
            if (n.getParameter().startsWith(PROBE)) {
                back |= n.getParameter().equals(probe);
            } else {
                changes++;
            }
        }
        if (changes > 0) {
            keeper.announced(changes);
        }
        return back;
    }

    /** Sends a probe through the pool, the path of the application's own changes. */
    private String probe() throws SQLException {
        String probe = PROBE + UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, ReferenceData.CHANNEL);
            statement.setString(2, probe);
            statement.execute();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return probe;
        }
    }

    /**
     * A connection of its own, outside the pool, with the pool's URL, properties and credentials: holding one of the
     * pool's for as long as the application runs would leave one fewer for the requests.
     */
    private Connection open() throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            throw new SQLException("the data source is not a Hikari pool: reference data is not kept");
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        if (pool.getJdbcUrl() == null) {
            throw new SQLException("the pool has no JDBC URL: reference data is not kept");
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        Credentials credentials = pool.getCredentialsProvider() != null
                ? pool.getCredentialsProvider().getCredentials()
                : pool.getCredentials();
        if (credentials != null && credentials.getUsername() != null) {
            properties.setProperty("user", credentials.getUsername());
        }
        if (credentials != null && credentials.getPassword() != null) {
            properties.setProperty("password", credentials.getPassword());
        }
        properties.setProperty("ApplicationName", "verwijsindex reference data");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            // stop() interrupts; the loop reads running
        }
    }
}
