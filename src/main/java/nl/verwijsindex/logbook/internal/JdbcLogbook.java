// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.shared.Moments;

@Repository
class JdbcLogbook implements Logbook {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcLogbook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(LogbookEntry e) {
        jdbc.sql("""
                        insert into logbook_entry (occurred_at, action, actor_type, actor_id, professional_id,
                                                   organisation_id, youth_index, signal_id, subject_id)
                        values (:at, :action, :actorType, :actorId, :professional, :organisation, :youth, :signal, :subject)""")
                .param("at", Moments.now(clock))
                .param("action", e.action().name())
                .param("actorType", e.actor().type().name())
                .param("actorId", e.actor().id())
                .param("professional", e.professionalId())
                .param("organisation", e.organisationId())
                .param("youth", e.youthIndex())
                .param("signal", e.signalId())
                .param("subject", e.subjectId())
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
    @Transactional
    public void reindexYouth(byte[] previousIndex, byte[] currentIndex) {
        jdbc.sql("update logbook_entry set youth_index = :current where youth_index = :previous")
                .param("previous", previousIndex)
                .param("current", currentIndex)
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
