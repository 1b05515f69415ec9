// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.RequestOrigin;
import nl.verwijsindex.logbook.internal.ChainAppender.Pending;
import nl.verwijsindex.shared.Moments;

@Repository
class JdbcLogbook implements Logbook {

    /** How long a re-keyed youth's previous index is remembered for entries written while it moved. */
    private static final Duration REMEMBER_MOVES = Duration.ofDays(1);

    /** How long after a move an entry still under way may commit with the previous index; far above any transaction. */
    private static final Duration LATE_ENTRIES = Duration.ofHours(1);

    /** Entries recorded outside a transaction while {@link #joiningTheNextTransaction} runs on this thread. */
    private static final ThreadLocal<List<Pending>> HELD = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final AuditKey auditKey;
    private final ChainAppender appender;
    private final Clock clock;
    private final TransactionTemplate transactions;

    JdbcLogbook(
            JdbcClient jdbc,
            AuditKey auditKey,
            ChainAppender appender,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.auditKey = auditKey;
        this.appender = appender;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Appends to a chain in the caller's transaction, at its end: the entries of a transaction are kept until just
     * before it commits, and are then linked and written under the lock of one chain's head row. Appends to one chain
     * are thus serialised (every entry links to the one committed before it in that chain; a chain cannot fork), while
     * the head's lock is the last lock a transaction takes and is held only for the commit: no deadlock with the rows
     * the transaction locked before, and no queue behind a long transaction. The logbook has several chains (ADR
     * 0047): a transaction takes a head no other transaction holds, so committing transactions do not wait for each
     * other, and waits for one only when every head is taken. Without a transaction the entry is written at once.
     */
    @Override
    public void record(LogbookEntry e) {
        Pending pending = new Pending(e, Moments.now(clock), RequestOrigin.current());
        if (!inTransaction()) {
            List<Pending> held = HELD.get();
            if (held != null) {
                held.add(pending);
            } else {
                transactions.executeWithoutResult(status -> appender.append(List.of(pending)));
            }
            return;
        }
        queueOfThisTransaction().add(pending);
    }

    /**
     * Issue 18, ADR 0047: an entry recorded outside a transaction during the work (the person register's answer
     * before a registration's transaction) is written with the next transaction of this thread that records an entry,
     * at its commit; what none takes (none came, or it rolled back) is written on its own when the work ends, also
     * when it throws. One transaction and one chain-head lock fewer for each such entry; none is lost.
     */
    @Override
    public <T> T joiningTheNextTransaction(Supplier<T> work) {
        if (HELD.get() != null) {
            return work.get();
        }
        List<Pending> held = new ArrayList<>();
        HELD.set(held);
        try {
            return work.get();
        } finally {
            HELD.remove();
            if (!held.isEmpty()) {
                if (inTransaction()) {
                    queueOfThisTransaction().addAll(held);
                } else {
                    transactions.executeWithoutResult(status -> appender.append(held));
                }
            }
        }
    }

    @Override
    public void writeHeldWithThisTransaction() {
        List<Pending> held = HELD.get();
        if (held != null && !held.isEmpty() && inTransaction()) {
            queueOfThisTransaction();
        }
    }

    private static boolean inTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive();
    }

    /** The entries of the transaction under way, written just before it commits; the held ones join them. */
    private List<Pending> queueOfThisTransaction() {
        @SuppressWarnings("unchecked")
        List<Pending> queued = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (queued != null) {
            return queued;
        }
        List<Pending> fresh = new ArrayList<>();
        List<Pending> held = HELD.get();
        List<Pending> carried = held == null ? List.of() : List.copyOf(held);
        if (held != null) {
            fresh.addAll(carried);
            held.clear();
        }
        TransactionSynchronizationManager.bindResource(this, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                appender.append(fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcLogbook.this);
                // The held entries this transaction took did not commit with it: they wait again.
                List<Pending> stillHeld = HELD.get();
                if (status != STATUS_COMMITTED && stillHeld != null) {
                    stillHeld.addAll(0, carried);
                }
            }
        });
        return fresh;
    }

    @Override
    @Transactional
    public void forgetYouth(byte[] youthIndex) {
        jdbc.sql("update logbook_entry set youth_index = null where youth_index = :youth")
                .param("youth", youthIndex)
                .update();
    }

    @Override
    @Transactional
    public void reindexYouth(byte[] previousIndex, byte[] currentIndex) {
        jdbc.sql("update logbook_entry set youth_index = :current where youth_index = :previous")
                .param("previous", previousIndex)
                .param("current", currentIndex)
                .update();
        jdbc.sql("""
                        insert into logbook_youth_reindex (previous_index, current_index, moved_at)
                        values (:previous, :current, :at)
                        on conflict (previous_index) do update set current_index = excluded.current_index,
                                                                   moved_at = excluded.moved_at""")
                .param("previous", previousIndex)
                .param("current", currentIndex)
                .param("at", Moments.now(clock))
                .update();
        // The references in the chain stay as they were; they become aliases of the reference under the new index,
        // also those that were aliases of the previous one (a youth re-keyed twice).
        byte[] previousRef = auditKey.reference(previousIndex);
        byte[] currentRef = auditKey.reference(currentIndex);
        jdbc.sql("update logbook_audit_alias set audit_ref = :current where audit_ref = :previous")
                .param("previous", previousRef)
                .param("current", currentRef)
                .update();
        jdbc.sql("""
                        insert into logbook_audit_alias (alias, audit_ref, created_at) values (:previous, :current, :at)
                        on conflict (alias) do update set audit_ref = excluded.audit_ref""")
                .param("previous", previousRef)
                .param("current", currentRef)
                .param("at", Moments.now(clock))
                .update();
    }

    @Override
    @Transactional
    public int reindexLateEntries() {
        int moved = jdbc.sql("""
                        update logbook_entry l set youth_index = m.current_index
                        from logbook_youth_reindex m
                        where l.youth_index = m.previous_index and m.moved_at >= :since""")
                .param("since", Moments.now(clock).minus(LATE_ENTRIES))
                .update();
        jdbc.sql("delete from logbook_youth_reindex where moved_at < :cutoff")
                .param("cutoff", Moments.now(clock).minus(REMEMBER_MOVES))
                .update();
        return moved;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordedEntry> entriesForProfessional(UUID professionalId, int limit) {
        return jdbc.sql("""
                        select * from logbook_entry where professional_id = :professional
                        order by occurred_at desc, id desc limit :limit""")
                .param("professional", professionalId)
                .param("limit", limit)
                .query((rs, n) -> new RecordedEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        new LogbookEntry(
                                LogbookEntry.Action.valueOf(rs.getString("action")),
                                new Actor(Actor.Type.valueOf(rs.getString("actor_type")), rs.getString("actor_id")),
                                rs.getObject("professional_id", UUID.class),
                                rs.getObject("organisation_id", UUID.class),
                                rs.getBytes("youth_index"),
                                rs.getObject("signal_id", UUID.class),
                                rs.getString("subject_id"))))
                .list();
    }
}
