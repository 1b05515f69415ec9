// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.RequestOrigin;
import nl.verwijsindex.shared.Moments;

@Repository
class JdbcLogbook implements Logbook {

    private final JdbcClient jdbc;
    private final AuditKey auditKey;
    private final Clock clock;

    JdbcLogbook(JdbcClient jdbc, AuditKey auditKey, Clock clock) {
        this.jdbc = jdbc;
        this.auditKey = auditKey;
        this.clock = clock;
    }

    /**
     * Appends under the lock of the chain's head row, held until the caller's transaction ends: appends are
     * serialised, so every entry links to the one committed before it and the chain cannot fork.
     */
    @Override
    @Transactional
    public void record(LogbookEntry e) {
        byte[] previous = jdbc.sql("select last_hash from logbook_chain_head where id = 1 for update")
                .query(byte[].class)
                .single();
        Optional<RequestOrigin> origin = RequestOrigin.current();
        ChainLink link = new ChainLink(
                Moments.now(clock),
                e.action().name(),
                e.actor().type().name(),
                e.actor().id(),
                origin.map(RequestOrigin::actingUser).orElse(null),
                e.professionalId(),
                e.organisationId(),
                auditKey.reference(e.youthIndex()),
                e.signalId(),
                e.subjectId(),
                origin.map(RequestOrigin::remoteAddress).orElse(null),
                origin.map(RequestOrigin::client).orElse(null),
                previous);
        byte[] hash = link.hash();
        long id = jdbc.sql("""
                        insert into logbook_entry (occurred_at, action, actor_type, actor_id, acting_user, professional_id,
                                                   organisation_id, youth_index, audit_ref, signal_id, subject_id,
                                                   remote_address, client, previous_hash, hash)
                        values (:at, :action, :actorType, :actorId, :actingUser, :professional, :organisation, :youth,
                                :auditRef, :signal, :subject, :remoteAddress, :client, :previous, :hash)
                        returning id""")
                .param("at", link.occurredAt())
                .param("action", link.action())
                .param("actorType", link.actorType())
                .param("actorId", link.actorId())
                .param("actingUser", link.actingUser())
                .param("professional", link.professionalId())
                .param("organisation", link.organisationId())
                .param("youth", e.youthIndex())
                .param("auditRef", link.auditRef())
                .param("signal", link.signalId())
                .param("subject", link.subjectId())
                .param("remoteAddress", link.remoteAddress())
                .param("client", link.client())
                .param("previous", previous)
                .param("hash", hash)
                .query(Long.class)
                .single();
        jdbc.sql("update logbook_chain_head set last_id = :id, last_hash = :hash, updated_at = :at where id = 1")
                .param("id", id)
                .param("hash", hash)
                .param("at", link.occurredAt())
                .update();
    }

    @Override
    @Transactional
    public void forgetYouth(byte[] youthIndex) {
        jdbc.sql("update logbook_entry set youth_index = null where youth_index = :youth")
                .param("youth", youthIndex)
                .update();
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
