// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.notification.internal.UndeliverableNoticeStore;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/**
 * R-COORDINATOR: notices whose e-mail could not be delivered after every attempt (state FAILED with no next
 * attempt), for the organisation coordinator of the professional they are for. Once the coordinator has
 * corrected the address, a notice is queued again and the retry task sends it, to the address known then
 * (DESIGN decision 4). Only ever the coordinator's own organisation.
 */
@Service
@Transactional
public class UndeliverableNotices {

    private static final Logger log = LoggerFactory.getLogger(UndeliverableNotices.class);

    /** As long as a send attempt may take (NoticeDelivery's lease): the retry task leaves the notice alone meanwhile. */
    private static final Duration SEND_LEASE = Duration.ofSeconds(30);

    private final UndeliverableNoticeStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UndeliverableNotices(UndeliverableNoticeStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first. The e-mail is the address now on record, which the coordinator may already have corrected. */
    @Transactional(readOnly = true)
    public List<Undeliverable> of(OrganisationId organisation) {
        return store.undeliverableOf(organisation);
    }

    /**
     * Queues the notice's e-mail again, with a fresh count of attempts, and sends it right after the commit. It
     * is leased to this instance meanwhile; should sending not happen, the retry task takes it over.
     *
     * @throws DomainException not found when it is not an undeliverable notice of the organisation's professionals
     */
    public void retry(OrganisationId organisation, NoticeId notice) {
        if (!store.requeue(notice, organisation, leaseEnd())) {
            throw new DomainException(
                    Kind.NOT_FOUND,
                    "notice-not-found",
                    "Dit bericht bestaat niet, is al verstuurd of is niet van uw organisatie.");
        }
        events.publishEvent(new QueuedAgain(List.of(notice)));
        log.info("Undeliverable notice {} queued again by the coordinator of organisation {}", notice, organisation);
    }

    /** Queues every undeliverable notice of one professional again, once their address is right. @return how many */
    public int retryAllOf(OrganisationId organisation, ProfessionalId professional) {
        List<NoticeId> queued = store.requeueAllOf(professional, organisation, leaseEnd());
        if (!queued.isEmpty()) {
            events.publishEvent(new QueuedAgain(queued));
        }
        log.info(
                "{} undeliverable notices of professional {} queued again by their coordinator",
                queued.size(),
                professional);
        return queued.size();
    }

    private OffsetDateTime leaseEnd() {
        return Moments.now(clock).plus(SEND_LEASE);
    }

    /** Notices queued again, to send once the queueing has committed. */
    public record QueuedAgain(List<NoticeId> noticeIds) {}

    /**
     * @param email     the professional's address as it is now
     * @param matchKind the kind of match as stored, for a {@link NoticeKind#MATCH} notice; otherwise null
     * @param lastError the kind of failure, never personal data
     */
    public record Undeliverable(
            NoticeId id,
            ProfessionalId professionalId,
            String professionalName,
            String email,
            NoticeKind kind,
            String matchKind,
            OffsetDateTime createdAt,
            int attempts,
            String lastError) {

        public String message() {
            return NoticeView.message(kind, false, matchKind);
        }
    }
}
