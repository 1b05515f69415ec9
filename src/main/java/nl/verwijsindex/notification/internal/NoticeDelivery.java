package nl.verwijsindex.notification.internal;

import nl.verwijsindex.shared.Moments;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.notification.NotificationProperties;
import nl.verwijsindex.notification.internal.NoticeAddressing.Pending;
import nl.verwijsindex.notification.internal.NoticeAddressing.Recipient;
import nl.verwijsindex.notification.internal.NoticeAddressing.Target;

/**
 * Sends the e-mail of a notice and records its delivery state. A notice is claimed with SKIP LOCKED and a
 * lease, so two instances never send the same one; a failure is recorded and retried with back-off, never
 * lost. The e-mail is built now, from current state (DESIGN decision 4).
 */
@Component
class NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** Longer than any SMTP timeout, so a notice is never sent twice while its first attempt is under way. */
    static final Duration SEND_LEASE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender mail;
    private final NoticeAddressing addressing;
    private final Logbook logbook;
    private final NotificationProperties properties;
    private final Clock clock;

    NoticeDelivery(JdbcClient jdbc, TransactionTemplate transactions, JavaMailSender mail, NoticeAddressing addressing,
                   Logbook logbook, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.addressing = addressing;
        this.logbook = logbook;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is due; called by the recurring task. @return how many were attempted */
    int deliverDue(int limit) {
        List<UUID> due = jdbc.sql("""
                        select id from notice where mail_state in ('QUEUED', 'FAILED') and mail_next_attempt_at <= :now
                        order by mail_next_attempt_at limit :limit""")
                .param("now", Moments.now(clock))
                .param("limit", limit)
                .query(UUID.class)
                .list();
        due.forEach(this::deliver);
        return due.size();
    }

    /**
     * Claims the notice in a short transaction (a lease: the retry task and other instances leave it alone
     * until the lease runs out), sends the e-mail outside any transaction, then records the outcome. No
     * database connection waits on the mail server. A crash while sending leaves the lease to expire, after
     * which it is sent again: at least once.
     */
    void deliver(UUID noticeId) {
        Optional<Pending> claimed = transactions.execute(status -> claim(noticeId));
        if (claimed == null || claimed.isEmpty()) {
            return;
        }
        send(claimed.get());
    }

    /**
     * Sends a notice the organisation coordinator queued again (R-COORDINATOR). The queueing already leased it
     * to this instance, so the retry task leaves it alone; the lease is renewed here, and a crash before
     * sending leaves it to the retry task once the lease runs out.
     */
    void deliverQueuedAgain(UUID noticeId) {
        Optional<Pending> leased = transactions.execute(status -> jdbc.sql("""
                        update notice set mail_next_attempt_at = :leaseEnd where id = :id and mail_state = 'QUEUED'
                        returning id, professional_id, supervisor_id, match_pair_id, signal_id, match_case_id, mail_attempts""")
                .param("id", noticeId)
                .param("leaseEnd", Moments.now(clock).plus(SEND_LEASE))
                .query(NoticeDelivery::pending)
                .optional());
        if (leased != null) {
            leased.ifPresent(this::send);
        }
    }

    private void send(Pending notice) {
        Optional<Recipient> recipient = addressing.recipient(notice);
        Optional<Target> target = addressing.target(notice);
        if (recipient.isEmpty() || target.isEmpty()) {
            // What it is about is gone or no longer active: the inbox keeps the notice, no e-mail goes out.
            transactions.executeWithoutResult(status -> markSent(notice, "no-longer-active"));
            return;
        }
        try {
            mail.send(NoticeMail.compose(properties.from(), recipient.get().email(),
                    addressing.indexDisplayName(target.get().regionCode()), properties.baseUrl()));
        } catch (MailException e) {
            transactions.executeWithoutResult(status -> markFailed(notice, e));
            return;
        }
        transactions.executeWithoutResult(status -> {
            markSent(notice, null);
            logbook.record(new LogbookEntry(Action.NOTICE_SENT, Actor.SYSTEM, recipient.get().professionalId(),
                    recipient.get().organisationId(), target.get().youthIndex(), target.get().signalId(),
                    notice.id().toString()));
        });
    }

    private Optional<Pending> claim(UUID noticeId) {
        OffsetDateTime now = Moments.now(clock);
        return jdbc.sql("""
                        update notice set mail_next_attempt_at = :leaseEnd
                        where id = (select id from notice where id = :id and mail_state in ('QUEUED', 'FAILED')
                                    and mail_next_attempt_at <= :now for update skip locked)
                        returning id, professional_id, supervisor_id, match_pair_id, signal_id, match_case_id, mail_attempts""")
                .param("id", noticeId)
                .param("now", now)
                .param("leaseEnd", now.plus(SEND_LEASE))
                .query(NoticeDelivery::pending)
                .optional();
    }

    private static Pending pending(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Pending(rs.getObject("id", UUID.class), rs.getObject("professional_id", UUID.class),
                rs.getObject("supervisor_id", UUID.class), rs.getObject("match_pair_id", UUID.class), rs.getObject("signal_id", UUID.class),
                rs.getObject("match_case_id", UUID.class), rs.getInt("mail_attempts"));
    }

    private void markSent(Pending notice, String remark) {
        OffsetDateTime now = Moments.now(clock);
        jdbc.sql("""
                        update notice set mail_state = 'SENT', mail_attempts = mail_attempts + 1, mail_sent_at = :now,
                                          mail_next_attempt_at = null, mail_last_error = :remark where id = :id""")
                .param("id", notice.id())
                .param("now", now)
                .param("remark", remark)
                .update();
    }

    private void markFailed(Pending notice, MailException e) {
        int attempts = notice.attempts() + 1;
        Duration backoff = properties.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 16));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
            backoff = MAX_BACKOFF;
        }
        String error = e.getClass().getSimpleName();
        boolean undeliverable = attempts >= properties.maxAttempts();
        if (undeliverable) {
            log.warn("Notice {} could not be e-mailed after {} attempts ({}); left for the organisation coordinator",
                    notice.id(), attempts, error);
        } else {
            log.warn("Notice {} could not be e-mailed (attempt {}): {}; retrying in {}", notice.id(), attempts, error, backoff);
        }
        jdbc.sql("""
                        update notice set mail_state = 'FAILED', mail_attempts = :attempts, mail_next_attempt_at = :next,
                                          mail_last_error = :error where id = :id""")
                .param("id", notice.id())
                .param("attempts", attempts)
                .param("next", undeliverable ? null : Moments.now(clock).plus(backoff))
                .param("error", error)
                .update();
    }
}
