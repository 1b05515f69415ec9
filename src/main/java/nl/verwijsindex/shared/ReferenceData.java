// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Reference data kept across transactions (issue 18, docs/adr/0060): regions, covenant memberships, categories,
 * municipalities and municipal supervisors change a few times a year and were read several times for every
 * registration. Kept only while this instance listens on PostgreSQL's channel {@value #CHANNEL}, on which triggers on
 * those tables (V86) announce every committed change, from this instance, another or an operator's {@code psql}: each
 * announcement forgets everything kept. While it does not listen (starting, the database away, the setting off)
 * everything is read from the database, as before.
 *
 * <p>What is kept is stamped with the generation it was read in; a change moves the generation on, so a value read
 * before it was announced, and kept after, is never used. A transaction that changes reference data ({@link #changed})
 * reads for itself until it ends, and at its commit this instance forgets at once, without waiting for the
 * announcement.
 */
@Component
public class ReferenceData implements SmartLifecycle {

    /** The channel of the triggers of V86; the payload is the table's name. */
    public static final String CHANNEL = "verwijsindex_reference";

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    /** Transactions that changed reference data: they read it for themselves until they end. */
    private static final TransactionScoped<ReferenceData, Boolean> CHANGED = TransactionScoped.create();

    private final DataSource dataSource;
    private final boolean enabled;
    private final Duration livenessInterval;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong listened = new AtomicLong();
    private final AtomicLong announcements = new AtomicLong();
    private final List<Kept<?, ?>> kept = new CopyOnWriteArrayList<>();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;

    ReferenceData(
            DataSource dataSource,
            @Value("${verwijsindex.database.reference-cache:true}") boolean enabled,
            @Value("${verwijsindex.database.reference-cache-liveness:PT5S}") Duration livenessInterval) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.livenessInterval = livenessInterval;
    }

    /** A store of reference data by key, forgotten with every change; its values must not be changed by callers. */
    public <K, V> Kept<K, V> kept() {
        Kept<K, V> store = new Kept<>();
        kept.add(store);
        return store;
    }

    /**
     * Says that the current transaction changes reference data: it reads for itself from now on, and this instance
     * forgets what it kept once the transaction ended. Without a transaction, forgets at once.
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            forget();
            return;
        }
        Map<ReferenceData, Boolean> marks = CHANGED.map();
        if (marks.putIfAbsent(this, true) == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
        forget();
    }

    /** Whether values are kept now: listening, and not in a transaction that changed reference data. */
    boolean keeping() {
        if (!listening) {
            return false;
        }
        Map<ReferenceData, Boolean> marks = CHANGED.peek();
        return marks == null || !marks.containsKey(this);
    }

    /** Whether this instance listens for changes, and so keeps reference data across transactions. */
    public boolean isListening() {
        return listening;
    }

    /**
     * How many announcements this instance has received. PostgreSQL delivers them in the order their transactions
     * committed: once one sent after a change has arrived, so has that change's (a test waits for that).
     */
    public long announcementsReceived() {
        return announcements.get();
    }

    /** How often this instance began to listen (a test waits for it to listen again after losing its connection). */
    long timesListening() {
        return listened.get();
    }

    /** For a test of what is kept without a database: as if this instance listened, or stopped listening. */
    void listening(boolean now) {
        listening = now;
        forget();
    }

    private void forget() {
        generation.incrementAndGet();
        kept.forEach(Kept::clear);
    }

    /** Values by key, each with the generation it was read in. */
    public final class Kept<K, V> {

        private record Stamped<V>(V value, long generation) {}

        private final Map<K, Stamped<V>> values = new ConcurrentHashMap<>();

        private Kept() {}

        /** The value kept for the key, else the one {@code read} reads now (kept for later when nothing changed since). */
        public V get(K key, Function<K, V> read) {
            if (!keeping()) {
                return read.apply(key);
            }
            long now = generation.get();
            Stamped<V> stamped = values.get(key);
            if (stamped != null && stamped.generation() == now) {
                return stamped.value();
            }
            V value = read.apply(key);
            if (value != null && keeping()) {
                values.put(key, new Stamped<>(value, now));
            }
            return value;
        }

        private void clear() {
            values.clear();
        }
    }

    @Override
    public void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "reference-data-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        forget();
        Thread thread = listener;
        listener = null;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backOff = Duration.ofMillis(500);
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement statement = c.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection notifications = c.unwrap(PGConnection.class);
                forget();
                listening = true;
                listened.incrementAndGet();
                log.info("Reference data kept across transactions, forgotten on every change ({})", CHANNEL);
                backOff = Duration.ofMillis(500);
                long checked = System.nanoTime();
                while (running) {
                    var announced = notifications.getNotifications((int) livenessInterval.toMillis());
                    if (announced != null && announced.length > 0) {
                        forget();
                        announcements.addAndGet(announced.length);
                    }
                    if (System.nanoTime() - checked >= livenessInterval.toNanos()) {
                        if (!c.isValid(2)) {
                            throw new SQLException("the listening connection is no longer valid");
                        }
                        checked = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                boolean was = listening;
                listening = false;
                forget();
                if (running) {
                    if (was) {
                        log.warn(
                                "Stopped listening for changes of reference data ({}): read from the database until"
                                        + " listening again",
                                MessageFree.of(e));
                    }
                    sleep(backOff);
                    backOff = backOff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                            ? Duration.ofSeconds(30)
                            : backOff.multipliedBy(2);
                }
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    /**
     * A connection of its own, outside the pool, with the pool's settings: holding one of the pool's for as long as the
     * application runs would leave one fewer for the requests. Another data source lends one of its own.
     */
    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl() != null) {
                Properties properties = new Properties();
                properties.putAll(pool.getDataSourceProperties());
                if (pool.getUsername() != null) {
                    properties.setProperty("user", pool.getUsername());
                }
                if (pool.getPassword() != null) {
                    properties.setProperty("password", pool.getPassword());
                }
                properties.setProperty("ApplicationName", "verwijsindex reference data");
                return DriverManager.getConnection(pool.getJdbcUrl(), properties);
            }
        }
        return dataSource.getConnection();
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // closing on the way out: nothing to do
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
