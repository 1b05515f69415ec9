// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import nl.verwijsindex.shared.Moments;

@Repository
class JdbcLogbook implements Logbook {

    /** How long a re-keyed youth's previous index is remembered for entries written while it moved. */
    private static final Duration REMEMBER_MOVES = Duration.ofDays(1);

    /** How long after a move an entry still under way may commit with the previous index; far above any transaction. */
    private static final Duration LATE_ENTRIES = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final AuditKey auditKey;
    private final Clock clock;
    private final TransactionTemplate transactions;

    JdbcLogbook(JdbcClient jdbc, AuditKey auditKey, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.auditKey = auditKey;
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
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            transactions.executeWithoutResult(status -> append(List.of(pending)));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Pending> queued = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (queued == null) {
            List<Pending> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcLogbook.this);
                }
            });
            queued = fresh;
        }
        queued.add(pending);
    }

    private record Pending(LogbookEntry entry, OffsetDateTime occurredAt, Optional<RequestOrigin> origin) {}

    private void append(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // Issue 18: the youths' current indexes are read before the chain head is locked (once per youth), so the
        // lock, held until the commit, covers only the chain itself.
        Map<ByteBuffer, byte[]> current = new HashMap<>();
        for (Pending pending : entries) {
            byte[] index = pending.entry().youthIndex();
            if (index != null) {
                current.computeIfAbsent(ByteBuffer.wrap(index), i -> currentIndex(index));
            }
        }
        Head head = freeHead();
        byte[] previous = head.lastHash();
        long id = 0;
        OffsetDateTime last = null;
        for (Pending pending : entries) {
            LogbookEntry e = pending.entry();
            byte[] youth = e.youthIndex() == null ? null : current.get(ByteBuffer.wrap(e.youthIndex()));
            Optional<RequestOrigin> origin = pending.origin();
            ChainLink link = new ChainLink(
                    pending.occurredAt(),
                    e.action().name(),
                    e.actor().type().name(),
                    e.actor().id(),
                    origin.map(RequestOrigin::actingUser).orElse(null),
                    e.professionalId(),
                    e.organisationId(),
                    auditKey.reference(youth),
                    e.signalId(),
                    e.subjectId(),
                    origin.map(RequestOrigin::remoteAddress).orElse(null),
                    origin.map(RequestOrigin::client).orElse(null),
                    previous);
            byte[] hash = link.hash();
            id = jdbc.sql("""
                            insert into logbook_entry (occurred_at, action, actor_type, actor_id, acting_user,
                                                       professional_id, organisation_id, youth_index, audit_ref,
                                                       signal_id, subject_id, remote_address, client, previous_hash,
                                                       hash, chain)
                            values (:at, :action, :actorType, :actorId, :actingUser, :professional, :organisation,
                                    :youth, :auditRef, :signal, :subject, :remoteAddress, :client, :previous, :hash,
                                    :chain)
                            returning id""")
                    .param("chain", head.id())
                    .param("at", link.occurredAt())
                    .param("action", link.action())
                    .param("actorType", link.actorType())
                    .param("actorId", link.actorId())
                    .param("actingUser", link.actingUser())
                    .param("professional", link.professionalId())
                    .param("organisation", link.organisationId())
                    .param("youth", youth)
                    .param("auditRef", link.auditRef())
                    .param("signal", link.signalId())
                    .param("subject", link.subjectId())
                    .param("remoteAddress", link.remoteAddress())
                    .param("client", link.client())
                    .param("previous", previous)
                    .param("hash", hash)
                    .query(Long.class)
                    .single();
            previous = hash;
            last = link.occurredAt();
        }
        jdbc.sql("update logbook_chain_head set last_id = :id, last_hash = :hash, updated_at = :at where id = :chain")
                .param("id", id)
                .param("hash", previous)
                .param("at", last)
                .param("chain", head.id())
                .update();
    }

    /**
     * A chain head locked for this transaction until it ends: the first one no other transaction holds, or, when every
     * head is taken, one of them at random after its holder commits.
     */
    private Head freeHead() {
        return jdbc.sql("select id, last_hash from logbook_chain_head order by id limit 1 for update skip locked")
                .query(Head::of)
                .optional()
                .orElseGet(() -> jdbc.sql(
                                "select id, last_hash from logbook_chain_head order by random() limit 1 for update")
                        .query(Head::of)
                        .single());
    }

    private record Head(int id, byte[] lastHash) {
        static Head of(ResultSet rs, int row) throws SQLException {
            return new Head(rs.getInt("id"), rs.getBytes("last_hash"));
        }
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

    /** The index an entry is stored under: the current one, when the youth was re-keyed while it was written. */
    private byte[] currentIndex(byte[] youthIndex) {
        if (youthIndex == null) {
            return null;
        }
        return jdbc.sql("select current_index from logbook_youth_reindex where previous_index = :previous")
                .param("previous", youthIndex)
                .query(byte[].class)
                .optional()
                .orElse(youthIndex);
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
