// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data kept across transactions (issue 18, docs/adr/0060): regions, covenant memberships, categories (and
 * each organisation's), municipalities and municipal supervisors change a few times a year and were read several
 * times for every registration. Kept only while this instance listens on PostgreSQL's channel {@value #CHANNEL} (its
 * {@link ReferenceDataListener}), on which triggers on those tables (V86, V88) announce every committed change, from
 * this instance, another or an operator's {@code psql}: each announcement forgets everything kept. While it does not
 * listen (starting, the database away, the setting off) everything is read from the database, as before.
 *
 * <p>What is kept is stamped with the generation in which its read began; a change moves the generation on, so a value
 * read before it was announced, and kept after, is never used. That holds for reads at READ COMMITTED, the isolation
 * the application uses: each statement sees what was committed when it began. A transaction that changes reference
 * data ({@link #changed}) reads for itself until it ends, and at its commit this instance forgets at once, without
 * waiting for the announcement.
 */
@Component
public class ReferenceData implements SmartLifecycle {

    /** The channel of the triggers of V86; the payload is the table's name. */
    public static final String CHANNEL = "verwijsindex_reference";

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
    private ReferenceDataListener listener;

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
                public void afterCommit() {
                    forget(); // before the work other synchronizations start after the commit
                }

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

        /** The value kept for the key, else the one {@code read} reads now (kept when nothing changed since). */
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

        /**
         * The values kept for the keys, and those {@code read} reads now for the others, in one read (kept when nothing
         * changed since). A key {@code read} does not find has no value.
         */
        public Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> read) {
            if (!keeping()) {
                return new HashMap<>(read.apply(List.copyOf(keys)));
            }
            long now = generation.get();
            Map<K, V> found = new HashMap<>();
            Set<K> missing = new LinkedHashSet<>();
            for (K key : keys) {
                Stamped<V> stamped = values.get(key);
                if (stamped != null && stamped.generation() == now) {
                    found.put(key, stamped.value());
                } else {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                Map<K, V> fresh = read.apply(List.copyOf(missing));
                found.putAll(fresh);
                if (keeping()) {
                    fresh.forEach((key, value) -> {
                        if (value != null) {
                            values.put(key, new Stamped<>(value, now));
                        }
                    });
                }
            }
            return found;
        }

        private void clear() {
            values.clear();
        }
    }

    @Override
    public synchronized void start() {
        if (!enabled || listener != null) {
            return;
        }
        listener = new ReferenceDataListener(dataSource, livenessInterval, new ReferenceDataListener.Keeper() {
            @Override
            public void listening() {
                forget();
                listening = true;
                listened.incrementAndGet();
            }

            @Override
            public void notListening() {
                listening = false;
                forget();
            }

            @Override
            public void announced(int count) {
                forget();
                announcements.addAndGet(count);
            }
        });
        listener.start();
    }

    @Override
    public synchronized void stop() {
        ReferenceDataListener stopping = listener;
        listener = null;
        listening = false;
        forget();
        if (stopping != null) {
            stopping.stop();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return listener != null;
    }
}
