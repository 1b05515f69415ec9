// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.access.SupervisorId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.internal.NoticeAddressing.Pending;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalId;

/** The SQL on {@code notice} as e-mail outbox: which notices are due, their lease while sending, and the outcome. */
@Component
class NoticeOutbox {

    private static final String DELIVERY_COLUMNS =
            "id, professional_id, supervisor_id, match_pair_id, signal_id, match_case_id, region_code, mail_attempts,"
                    + " mail_last_error";
    /** Recorded when a SENDING notice's lease ran out: whether its last e-mail reached the SMTP server is unknown. */
    static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Notices whose e-mail is due now: queued, failed with a next attempt, or SENDING with a lease that ran out
     * (the outcome of that attempt is unknown); the longest waiting first.
     */
    List<NoticeId> due(int limit) {
        return jdbc.sql("""
                        select id from notice where mail_state in ('QUEUED', 'SENDING', 'FAILED') and mail_next_attempt_at <= :now
                        order by mail_next_attempt_at limit :limit""")
                .param("now", Moments.now(clock))
                .param("limit", limit)
                .query(NoticeStore::noticeId)
                .list();
    }

    /**
     * Claims the notices as SENDING until {@code leaseEnd}, those whose e-mail is due and that no other instance
     * holds (SKIP LOCKED), in one statement (issue 18: the notices of one event together). A notice still SENDING
     * after its lease ran out is reconciled here: its last attempt's outcome is unknown (the SMTP server may have
     * accepted it while recording that failed, or the instance stopped), so that is recorded and it is claimed
     * again, to be sent with the same Message-ID.
     */
    List<Pending> claim(Collection<NoticeId> notices, OffsetDateTime leaseEnd) {
        if (notices.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        update notice set mail_state = 'SENDING', mail_next_attempt_at = :leaseEnd,
                                          mail_last_error = case when mail_state = 'SENDING' then :unknown
                                                                 else mail_last_error end
                        where id in (select id from notice where id = any(:ids)
                                     and mail_state in ('QUEUED', 'SENDING', 'FAILED')
                                     and mail_next_attempt_at <= :now for update skip locked)
                        returning\s""" + DELIVERY_COLUMNS)
                .param("ids", ids(notices))
                .param("now", Moments.now(clock))
                .param("leaseEnd", leaseEnd)
                .param("unknown", OUTCOME_UNKNOWN)
                .query(NoticeOutbox::pending)
                .list();
    }

    /**
     * Gives notices claimed but not attempted back, due now: their claim's lease is not waited for, and no
     * outcome is unknown (nothing was sent).
     */
    void release(Collection<NoticeId> notices) {
        if (notices.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update notice set mail_state = case when mail_attempts > 0 then 'FAILED' else 'QUEUED' end,
                                          mail_next_attempt_at = :now
                        where id = any(:ids) and mail_state = 'SENDING'""")
                .param("ids", ids(notices))
                .param("now", Moments.now(clock))
                .update();
    }

    private static UUID[] ids(Collection<NoticeId> notices) {
        return notices.stream().map(NoticeId::value).toArray(UUID[]::new);
    }

    /** Claims a notice queued again (R-COORDINATOR) as SENDING with a renewed lease, while it is still queued. */
    Optional<Pending> renewLease(NoticeId notice, OffsetDateTime leaseEnd) {
        return jdbc.sql("""
                        update notice set mail_state = 'SENDING', mail_next_attempt_at = :leaseEnd
                        where id = :id and mail_state = 'QUEUED' returning\s""" + DELIVERY_COLUMNS)
                .param("id", notice.value())
                .param("leaseEnd", leaseEnd)
                .query(NoticeOutbox::pending)
                .optional();
    }

    /**
     * @param remark why no e-mail went out although the notices count as sent; null when they were sent
     * @return the notices marked; one not among them was deleted meanwhile (with the signals it was about, R-PROOF)
     *     or was no longer being sent
     */
    Set<NoticeId> markSent(Collection<NoticeId> notices, String remark) {
        if (notices.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                        update notice set mail_state = 'SENT', mail_attempts = mail_attempts + 1, mail_sent_at = :now,
                                          mail_next_attempt_at = null, mail_last_error = :remark
                        where id = any(:ids) and mail_state = 'SENDING' returning id""")
                .param("ids", ids(notices))
                .param("now", Moments.now(clock))
                .param("remark", remark)
                .query((rs, n) -> new NoticeId(rs.getObject("id", UUID.class)))
                .set();
    }

    /** @param nextAttempt null when the e-mail is undeliverable: then the coordinator decides */
    void markFailed(NoticeId notice, int attempts, OffsetDateTime nextAttempt, String error) {
        jdbc.sql("""
                        update notice set mail_state = 'FAILED', mail_attempts = :attempts, mail_next_attempt_at = :next,
                                          mail_last_error = :error where id = :id and mail_state = 'SENDING'""")
                .param("id", notice.value())
                .param("attempts", attempts)
                .param("next", nextAttempt)
                .param("error", error)
                .update();
    }

    private static Pending pending(ResultSet rs, int n) throws SQLException {
        return new Pending(
                NoticeStore.noticeId(rs, n),
                NoticeStore.optional(rs, "professional_id")
                        .map(ProfessionalId::new)
                        .orElse(null),
                NoticeStore.optional(rs, "supervisor_id").map(SupervisorId::new).orElse(null),
                NoticeStore.optional(rs, "match_pair_id").map(MatchPairId::new).orElse(null),
                NoticeStore.optional(rs, "signal_id").map(SignalId::new).orElse(null),
                NoticeStore.optional(rs, "match_case_id").map(MatchCaseId::new).orElse(null),
                rs.getString("region_code"),
                rs.getInt("mail_attempts"),
                OUTCOME_UNKNOWN.equals(rs.getString("mail_last_error")));
    }
}
