// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.rights.Advice;
import nl.verwijsindex.rights.AdviceView;
import nl.verwijsindex.rights.RequestKind;

/** All SQL on {@code rights_advice}; the request's kind and state joined from {@code rights_request}. */
@Repository
public class AdviceStore {

    private static final String SELECT = """
            select a.*, r.kind, r.outcome is null as request_open, coalesce(r.extended_due_on, r.due_on) as deadline
            from rights_advice a join rights_request r on r.id = a.request_id""";

    private final JdbcClient jdbc;

    AdviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean ask(UUID requestId, UUID signalId, UUID professionalId, OffsetDateTime at) {
        return jdbc.sql("""
                                insert into rights_advice (request_id, signal_id, professional_id, asked_at)
                                values (:request, :signal, :professional, :at) on conflict do nothing""")
                        .param("request", requestId)
                        .param("signal", signalId)
                        .param("professional", professionalId)
                        .param("at", at)
                        .update()
                > 0;
    }

    public List<AdviceView> ofRequest(UUID requestId) {
        return jdbc.sql(SELECT + " where a.request_id = :request order by a.asked_at, a.signal_id")
                .param("request", requestId)
                .query(AdviceStore::view)
                .list();
    }

    public List<AdviceView> ofProfessional(UUID professionalId, int limit) {
        return jdbc.sql(SELECT + " where a.professional_id = :professional order by a.asked_at desc limit :limit")
                .param("professional", professionalId)
                .param("limit", limit)
                .query(AdviceStore::view)
                .list();
    }

    public Optional<AdviceView> lock(UUID requestId, UUID signalId) {
        return jdbc.sql(SELECT + " where a.request_id = :request and a.signal_id = :signal for update of a")
                .param("request", requestId)
                .param("signal", signalId)
                .query(AdviceStore::view)
                .optional();
    }

    public void answer(UUID requestId, UUID signalId, Advice advice, String explanation, String by, OffsetDateTime at) {
        jdbc.sql("""
                        update rights_advice set advice = :advice, explanation = :explanation, answered_by = :by,
                            answered_at = :at where request_id = :request and signal_id = :signal""")
                .param("request", requestId)
                .param("signal", signalId)
                .param("advice", advice.name())
                .param("explanation", explanation)
                .param("by", by)
                .param("at", at)
                .update();
    }

    private static AdviceView view(ResultSet rs, int n) throws SQLException {
        String advice = rs.getString("advice");
        return new AdviceView(
                rs.getObject("request_id", UUID.class),
                rs.getObject("signal_id", UUID.class),
                rs.getObject("professional_id", UUID.class),
                RequestKind.valueOf(rs.getString("kind")),
                rs.getBoolean("request_open"),
                rs.getObject("deadline", LocalDate.class),
                rs.getObject("asked_at", OffsetDateTime.class),
                advice == null ? null : Advice.valueOf(advice),
                rs.getString("explanation"),
                rs.getObject("answered_at", OffsetDateTime.class));
    }
}
