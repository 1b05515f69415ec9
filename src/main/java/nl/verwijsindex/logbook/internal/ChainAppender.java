// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.RequestOrigin;

/**
 * Links a committing transaction's entries into one of the logbook's chains and writes them (ADR 0021, ADR 0047):
 * under the lock of a chain head no other transaction holds, held until the commit.
 */
@Component
class ChainAppender {

    /** An entry recorded and not yet written: what it says, when, and from where. */
    record Pending(LogbookEntry entry, OffsetDateTime occurredAt, Optional<RequestOrigin> origin) {}

    private final JdbcClient jdbc;
    private final AuditKey auditKey;

    ChainAppender(JdbcClient jdbc, AuditKey auditKey) {
        this.jdbc = jdbc;
        this.auditKey = auditKey;
    }

    void append(List<Pending> entries) {
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
}
