// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.UndeliverableNotices.QueuedAgain;
import nl.verwijsindex.notification.internal.NoticeAddressing.Addressed;
import nl.verwijsindex.notification.internal.NoticeAddressing.Pending;
import nl.verwijsindex.notification.internal.NoticeAddressing.Recipient;
import nl.verwijsindex.notification.internal.NoticeAddressing.Target;
import nl.verwijsindex.notification.internal.NoticeSender.Outgoing;
import nl.verwijsindex.shared.ApplicationClosing;
import nl.verwijsindex.shared.Moments;

/**
 * Sends the e-mail of a notice and records its delivery state. A notice is claimed as SENDING with SKIP LOCKED
 * and a lease, committed before the e-mail goes out, so another instance or the retry task leaves it alone while the
 * attempt is under way; a failure is recorded and retried with back-off ({@link NoticeRetry}), never lost. The e-mail
 * is built just before it is sent, from current state (DESIGN decision 4), with the notice's own Message-ID on every
 * attempt.
 *
 * <p>At least once, with a stable Message-ID (issue 13, defect 6): when the SMTP server accepted the e-mail but
 * SENT could not be recorded (the database down, the instance stopped), or a mail server so slow that a connection
 * outlasts the lease, the notice is sent again with the same Message-ID once the lease has run out.
 *
 * <p>Once the application is closing ({@link ApplicationClosing}) no e-mail is begun and one that fails is not counted
 * as an attempt: the notices are given back due, and the next start's recovery pass sends them (R-NOTICE: nothing is
 * lost). The demo's in-process SMTP server stops before this bean, and each e-mail still in flight then was a failed
 * attempt with a warning of its own (the benchmark counted up to 142 warning and error lines at the end of a run,
 * mostly these).
 */
@Component
class NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);
    /**
     * Longer than the e-mails of a connection take with a working server, so a notice is not sent twice while its
     * first attempt is under way; short, so that after a crash a notice waits at most this plus the retry interval
     * (30 s by default) before it goes out again: within a minute.
     */
    static final Duration SEND_LEASE = Duration.ofSeconds(30);
    /** Notices claimed, sent and recorded together: those of one event, or of one run of the retry task. */
    static final int BATCH = 20;
    /** E-mails a connection (docs/adr/0057): the time left is checked between connections. */
    static final int CONNECTION = 5;
    /** A connection that took longer has a slow server: the rest of the batch is given back rather than sent late. */
    static final Duration SLOW_CONNECTION = SEND_LEASE.dividedBy(6);

    private final NoticeOutbox outbox;
    private final TransactionTemplate transactions;
    private final NoticeSender sender;
    private final NoticeAddressing addressing;
    private final Logbook logbook;
    private final NoticeRetry retry;
    private final Clock clock;
    private final ApplicationClosing closing;

    NoticeDelivery(
            NoticeOutbox outbox,
            TransactionTemplate transactions,
            NoticeSender sender,
            NoticeAddressing addressing,
            Logbook logbook,
            NoticeRetry retry,
            Clock clock,
            ApplicationClosing closing) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.sender = sender;
        this.addressing = addressing;
        this.logbook = logbook;
        this.retry = retry;
        this.clock = clock;
        this.closing = closing;
    }

    /** What the organisation coordinator queued again (R-COORDINATOR), once the queueing committed. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(QueuedAgain queued) {
        queued.noticeIds().forEach(this::deliverQueuedAgain);
    }

    /** Sends what is due; called by the recurring task. @return how many were attempted */
    int deliverDue(int limit) {
        List<NoticeId> due = outbox.due(limit);
        deliver(due);
        return due.size();
    }

    /** Sends the notices, in batches of at most {@value #BATCH} (issue 18). */
    void deliver(List<NoticeId> notices) {
        for (int from = 0; from < notices.size(); from += BATCH) {
            deliverBatch(notices.subList(from, Math.min(notices.size(), from + BATCH)));
        }
    }

    /**
     * Claims the notices as SENDING in one short committed transaction (a lease: the retry task and other
     * instances leave them alone until it runs out), sends their e-mails outside any transaction, then records the
     * outcomes of the batch in one transaction (issue 18: two transactions a batch, not two a notice). The e-mails
     * go {@value #CONNECTION} over one SMTP connection, each connection started only in the first third of the lease,
     * leaving two thirds for the last connection and the recording; what the batch did not reach in that time is
     * given back, due at once. A crash, or a
     * database that cannot record the outcome, leaves the lease to run out, after which the notices are sent again
     * with the same Message-IDs: at least once.
     */
    private void deliverBatch(List<NoticeId> notices) {
        if (closing.now()) {
            log.info(
                    "{} notices not e-mailed as the application is closing; they are due at its next start",
                    notices.size());
            return; // not claimed: they stay due
        }
        OffsetDateTime claimedAt = Moments.now(clock);
        // Issue 18 (docs/adr/0049): the batch's recipients and subjects read in the claim's transaction, not three
        // transactions a notice; then two reads a batch, not two a notice.
        Map<Pending, Optional<Addressed>> claimed =
                transactions.execute(status -> addressing.address(outbox.claim(notices, claimedAt.plus(SEND_LEASE))));
        if (claimed == null || claimed.isEmpty()) {
            return;
        }
        OffsetDateTime sendUntil = claimedAt.plus(SEND_LEASE.dividedBy(3));
        List<Sent> sent = new ArrayList<>();
        List<NoticeId> inactive = new ArrayList<>();
        List<NoticeId> notAttempted = new ArrayList<>();
        List<Pending> pending = new ArrayList<>(claimed.keySet());
        boolean slow = false;
        for (int from = 0; from < pending.size(); from += CONNECTION) {
            List<Pending> chunk = pending.subList(from, Math.min(pending.size(), from + CONNECTION));
            OffsetDateTime start = Moments.now(clock);
            if (slow || closing.now() || start.isAfter(sendUntil)) {
                chunk.forEach(notice -> notAttempted.add(notice.id()));
                continue;
            }
            List<Outgoing> outgoing = new ArrayList<>();
            for (Pending notice : chunk) {
                compose(notice, claimed.get(notice), inactive).ifPresent(outgoing::add);
            }
            send(outgoing, sent, notAttempted);
            slow = Duration.between(start, Moments.now(clock)).compareTo(SLOW_CONNECTION) > 0;
        }
        if (closing.now() && !notAttempted.isEmpty()) {
            log.info(
                    "{} notices not e-mailed as the application is closing; they are due again at its next start",
                    notAttempted.size());
        }
        record(sent, inactive, notAttempted);
    }

    /** The outcomes of a batch in one transaction: sent (with their logbook entries), no longer active, given back. */
    private void record(List<Sent> sent, List<NoticeId> inactive, List<NoticeId> notAttempted) {
        if (sent.isEmpty() && inactive.isEmpty() && notAttempted.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                Set<NoticeId> marked =
                        outbox.markSent(sent.stream().map(n -> n.notice().id()).toList(), null);
                outbox.markSent(inactive, "no-longer-active");
                outbox.release(notAttempted);
                sent.forEach(s -> logSent(s, marked.contains(s.notice().id())));
            });
        } catch (DataAccessException | TransactionException e) {
            // The SMTP server has them; the notices stay SENDING and are sent again with the same Message-ID once
            // their lease runs out. Not rethrown: the other batches go on.
            log.warn(
                    "{} notices were e-mailed but that could not be recorded ({}); they are sent again with the same "
                            + "Message-ID after their lease",
                    sent.size(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Sends a notice the organisation coordinator queued again. The queueing already leased it to this
     * instance, so the retry task leaves it alone; the lease is renewed here, and a crash before sending leaves
     * it to the retry task once the lease runs out.
     */
    void deliverQueuedAgain(NoticeId notice) {
        if (closing.now()) {
            return; // the queueing's lease runs out, and the retry task sends it after the next start
        }
        Optional<Pending> leased = transactions.execute(status -> outbox.renewLease(notice, leaseEnd()));
        if (leased != null) {
            leased.ifPresent(pending -> {
                List<Sent> sent = new ArrayList<>();
                List<NoticeId> inactive = new ArrayList<>();
                List<NoticeId> givenBack = new ArrayList<>();
                compose(pending, addressing.address(pending), inactive)
                        .ifPresent(o -> send(List.of(o), sent, givenBack));
                record(sent, inactive, givenBack);
            });
        }
    }

    private OffsetDateTime leaseEnd() {
        return Moments.now(clock).plus(SEND_LEASE);
    }

    /**
     * The e-mail of a claimed notice; none when what it is about is gone or no longer active (the inbox keeps the
     * notice, no e-mail goes out) or when the e-mail cannot be made (a failed attempt).
     */
    private Optional<Outgoing> compose(Pending notice, Optional<Addressed> addressed, List<NoticeId> inactive) {
        if (addressed.isEmpty()) {
            inactive.add(notice.id());
            return Optional.empty();
        }
        if (notice.outcomeUnknown()) {
            log.warn(
                    "Notice {} was left SENDING when its lease ran out; sending it again with the same Message-ID",
                    notice.id());
        }
        try {
            return Optional.of(sender.compose(notice, addressed.get()));
        } catch (MailException e) {
            transactions.executeWithoutResult(status -> retry.failed(notice, e));
            return Optional.empty();
        }
    }

    /**
     * Sends the e-mails over one connection; each one that did not go out is a failed attempt of its notice, or,
     * once the application is closing, given back.
     */
    private void send(List<Outgoing> outgoing, List<Sent> sent, List<NoticeId> givenBack) {
        Map<Outgoing, MailException> failed = sender.send(outgoing);
        for (Outgoing o : outgoing) {
            MailException failure = failed.get(o);
            if (failure == null) {
                sent.add(new Sent(o.notice(), o.recipient(), o.target()));
            } else if (closing.now()) {
                givenBack.add(o.notice().id());
            } else {
                transactions.executeWithoutResult(status -> retry.failed(o.notice(), failure));
            }
        }
    }

    private record Sent(Pending notice, Recipient recipient, Target target) {}

    /**
     * R-PROOF: a notice deleted while its e-mail went out (with the signals of a youth who is deleted) is logged as
     * sent without the youth and the signal it was about, as the deletion leaves the logbook's other entries.
     */
    private void logSent(Sent sent, boolean noticeKept) {
        logbook.record(new LogbookEntry(
                Action.NOTICE_SENT,
                Actor.SYSTEM,
                sent.recipient().professionalId(),
                sent.recipient().organisationId(),
                noticeKept ? sent.target().youthIndex() : null,
                noticeKept ? sent.target().signalId() : null,
                sent.notice().id().toString()));
    }
}
