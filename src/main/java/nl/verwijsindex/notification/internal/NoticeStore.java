// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.access.SupervisorId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.notification.NoticeView;
import nl.verwijsindex.notification.NoticeView.MailState;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalId;

/**
 * The SQL on {@code notice} as inbox item: making, listing and reading notices ({@link NoticeOutbox} has the e-mail
 * delivery state, {@link UndeliverableNoticeStore} the undeliverable ones an organisation coordinator queues again). Every insert is idempotent (at most
 * one notice per subject, kind, recipient and date, by the table's unique keys), so a listener handed an event
 * again never doubles a notice; each returns the id only of a notice it made. A new notice is due for e-mail at
 * once.
 */
@Component
public class NoticeStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // Making notices

    /** R-NOTICE: one per pair and professional. */
    Optional<NoticeId> addAboutPair(ProfessionalId professional, MatchPairId pair) {
        return insert(
                "professional_id",
                professional.value(),
                NoticeKind.MATCH,
                columns("match_pair_id", pair.value()),
                null,
                "(match_pair_id, professional_id)");
    }

    /** About one signal for one professional; at most one per signal, kind and date. */
    Optional<NoticeId> addAboutSignal(
            ProfessionalId professional, NoticeKind kind, SignalId signal, LocalDate aboutDate) {
        return addAboutSignal("professional_id", professional.value(), kind, signal, aboutDate);
    }

    /** About one signal for a municipal supervisor (R-MOVE); at most one per signal, kind and date. */
    Optional<NoticeId> addAboutSignalForSupervisor(
            SupervisorId supervisor, NoticeKind kind, SignalId signal, LocalDate aboutDate) {
        return addAboutSignal("supervisor_id", supervisor.value(), kind, signal, aboutDate);
    }

    private Optional<NoticeId> addAboutSignal(
            String recipientColumn, UUID recipient, NoticeKind kind, SignalId signal, LocalDate aboutDate) {
        String conflictKey = recipientColumn.equals("supervisor_id")
                ? "(signal_id, kind, supervisor_id, about_date) where signal_id is not null and supervisor_id is not null"
                : "(signal_id, kind, professional_id, about_date) where signal_id is not null";
        return insert(
                recipientColumn,
                recipient,
                kind,
                columns("signal_id", signal.value(), "about_date", aboutDate),
                null,
                conflictKey);
    }

    /**
     * R-REQUEST: about a request, for one professional, at most once per request and kind; with the signal it asks
     * about (advice) or none (removed), and the region whose index the e-mail names.
     */
    Optional<NoticeId> addAboutRequest(
            ProfessionalId professional, NoticeKind kind, UUID requestId, SignalId signal, String regionCode) {
        Map<String, Object> about = columns("rights_request_id", requestId, "region_code", regionCode);
        about.put("signal_id", signal == null ? null : signal.value());
        return insert(
                "professional_id",
                professional.value(),
                kind,
                about,
                null,
                "(rights_request_id, kind, professional_id) where rights_request_id is not null");
    }

    /** About a match case for a professional, while the case exists; at most one per case, kind and date. */
    Optional<NoticeId> addAboutCase(
            ProfessionalId professional, NoticeKind kind, MatchCaseId matchCase, LocalDate aboutDate) {
        return addAboutCase("professional_id", professional.value(), kind, matchCase, aboutDate);
    }

    /** About a match case for a municipal supervisor, while the case exists; at most one per case, kind and date. */
    Optional<NoticeId> addAboutCaseForSupervisor(
            SupervisorId supervisor, NoticeKind kind, MatchCaseId matchCase, LocalDate aboutDate) {
        return addAboutCase("supervisor_id", supervisor.value(), kind, matchCase, aboutDate);
    }

    private Optional<NoticeId> addAboutCase(
            String recipientColumn, UUID recipient, NoticeKind kind, MatchCaseId matchCase, LocalDate aboutDate) {
        return insert(
                recipientColumn,
                recipient,
                kind,
                columns("match_case_id", matchCase.value(), "about_date", aboutDate),
                "exists (select 1 from match_case where id = :match_case_id)",
                "(match_case_id, kind, coalesce(professional_id, supervisor_id), about_date) where match_case_id is not null");
    }

    /**
     * The one insert of a notice for one recipient (a professional or a supervisor, by column): due for e-mail at
     * once, and nothing when the table's unique key {@code conflictKey} already holds one; only when {@code
     * condition} (SQL on the named columns) holds, when given.
     */
    private Optional<NoticeId> insert(
            String recipientColumn,
            UUID recipient,
            NoticeKind kind,
            Map<String, Object> about,
            String condition,
            String conflictKey) {
        Map<String, Object> columns = columns(recipientColumn, recipient, "kind", kind.name());
        columns.putAll(about);
        String names = String.join(", ", columns.keySet());
        String values = columns.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        String source = condition == null
                ? "values (:id, " + values + ", :now, 'QUEUED', :now)"
                : "select :id, " + values + ", :now, 'QUEUED', :now where " + condition;
        return jdbc.sql("insert into notice (id, " + names + ", created_at, mail_state, mail_next_attempt_at) " + source
                        + " on conflict " + conflictKey + " do nothing returning id")
                .params(columns)
                .param("id", UUID.randomUUID())
                .param("now", Moments.now(clock))
                .query(NoticeStore::noticeId)
                .optional();
    }

    /** Column names and values, in order; a value may be null. */
    private static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }

    // The inbox

    /** Newest first, at most 500, with the kind of match for a match notice. */
    public List<NoticeView> ofProfessional(ProfessionalId professional, boolean unreadOnly) {
        return jdbc.sql("""
                        select n.id, n.kind, n.match_pair_id, n.signal_id, n.match_case_id, n.created_at, n.read_at,
                               n.mail_state, mp.kind as match_kind
                        from notice n left join match_pair mp on mp.id = n.match_pair_id
                        where n.professional_id = :professional and (not :unreadOnly or n.read_at is null)
                        order by n.created_at desc limit 500""")
                .param("professional", professional.value())
                .param("unreadOnly", unreadOnly)
                .query(view(false))
                .list();
    }

    /** Newest first, at most 500. */
    public List<NoticeView> ofSupervisor(SupervisorId supervisor, boolean unreadOnly) {
        return jdbc.sql("""
                        select id, kind, match_pair_id, signal_id, match_case_id, created_at, read_at, mail_state,
                               null as match_kind
                        from notice
                        where supervisor_id = :supervisor and (not :unreadOnly or read_at is null)
                        order by created_at desc limit 500""")
                .param("supervisor", supervisor.value())
                .param("unreadOnly", unreadOnly)
                .query(view(true))
                .list();
    }

    /** @return false when the professional has no such notice */
    public boolean markReadByProfessional(NoticeId notice, ProfessionalId professional) {
        return markRead(notice, "professional_id", professional.value());
    }

    /** @return false when the supervisor has no such notice */
    public boolean markReadBySupervisor(NoticeId notice, SupervisorId supervisor) {
        return markRead(notice, "supervisor_id", supervisor.value());
    }

    private boolean markRead(NoticeId notice, String recipientColumn, UUID recipient) {
        return jdbc.sql("update notice set read_at = coalesce(read_at, :now) where id = :id and %s = :recipient"
                                .formatted(recipientColumn))
                        .param("id", notice.value())
                        .param("recipient", recipient)
                        .param("now", Moments.now(clock))
                        .update()
                > 0;
    }

    static NoticeId noticeId(ResultSet rs, int n) throws SQLException {
        return new NoticeId(rs.getObject("id", UUID.class));
    }

    private static RowMapper<NoticeView> view(boolean forSupervisor) {
        return (rs, n) -> new NoticeView(
                noticeId(rs, n),
                NoticeKind.valueOf(rs.getString("kind")),
                forSupervisor,
                optional(rs, "match_pair_id").map(MatchPairId::new).orElse(null),
                optional(rs, "signal_id").map(SignalId::new).orElse(null),
                optional(rs, "match_case_id").map(MatchCaseId::new).orElse(null),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class),
                MailState.valueOf(rs.getString("mail_state")),
                rs.getString("match_kind"));
    }

    static Optional<UUID> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, UUID.class));
    }

    /** Issue 16: the matches the professional has not yet read the notice of. */
    public List<UUID> unreadMatchPairsOfProfessional(ProfessionalId professional) {
        return jdbc.sql("""
                        select match_pair_id from notice
                        where professional_id = :professional and kind = 'MATCH' and read_at is null""")
                .param("professional", professional.value())
                .query(UUID.class)
                .list();
    }

    /**
     * R-NOTICE, R-NATIONAL: the hub's deliveries of cross-region matches and archive hits whose notice the
     * professional has not read yet, as a local match's unread notice.
     */
    public List<Long> unreadNationalDeliveriesOfProfessional(ProfessionalId professional) {
        return jdbc.sql("""
                        select national_delivery_id from notice
                        where professional_id = :professional and read_at is null
                          and kind in ('NATIONAL_YOUTH_MATCH', 'NATIONAL_FAMILY_MATCH', 'NATIONAL_ARCHIVE_HIT')""")
                .param("professional", professional.value())
                .query(Long.class)
                .list();
    }

    /** How many of the professional's notices are unread. */
    public int unreadOfProfessional(ProfessionalId professional) {
        return jdbc.sql("select count(*) from notice where professional_id = :professional and read_at is null")
                .param("professional", professional.value())
                .query(Integer.class)
                .single();
    }
}
