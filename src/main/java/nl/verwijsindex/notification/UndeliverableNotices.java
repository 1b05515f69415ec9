package nl.verwijsindex.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
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
    private static final java.time.Duration SEND_LEASE = java.time.Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UndeliverableNotices(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first. The e-mail is the address now on record, which the coordinator may already have corrected. */
    @Transactional(readOnly = true)
    public List<Undeliverable> of(OrganisationId organisation) {
        return jdbc.sql("""
                        select n.id, n.professional_id, p.name, p.email, n.kind, mp.kind as match_kind, n.created_at,
                               n.mail_attempts, n.mail_last_error
                        from notice n join professional p on p.id = n.professional_id
                        left join match_pair mp on mp.id = n.match_pair_id
                        where p.organisation_id = :organisation and n.mail_state = 'FAILED' and n.mail_next_attempt_at is null
                        order by n.created_at desc limit 500""")
                .param("organisation", organisation.value())
                .query((rs, n) -> new Undeliverable(rs.getObject("id", UUID.class),
                        new ProfessionalId(rs.getObject("professional_id", UUID.class)), rs.getString("name"),
                        rs.getString("email"), NoticeView.message(rs.getString("kind"), rs.getString("match_kind")),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getInt("mail_attempts"),
                        rs.getString("mail_last_error")))
                .list();
    }

    /**
     * Queues the notice's e-mail again, with a fresh count of attempts, and sends it right after the commit. It
     * is leased to this instance meanwhile; should sending not happen, the retry task takes it over.
     *
     * @throws DomainException not found when it is not an undeliverable notice of the organisation's professionals
     */
    public void retry(OrganisationId organisation, UUID noticeId) {
        int updated = jdbc.sql("""
                        update notice set mail_state = 'QUEUED', mail_attempts = 0, mail_next_attempt_at = :lease
                        where id = :id and mail_state = 'FAILED' and mail_next_attempt_at is null
                          and professional_id in (select id from professional where organisation_id = :organisation)""")
                .param("id", noticeId)
                .param("organisation", organisation.value())
                .param("lease", Moments.now(clock).plus(SEND_LEASE))
                .update();
        if (updated == 0) {
            throw new DomainException(Kind.NOT_FOUND, "notice-not-found",
                    "Dit bericht bestaat niet, is al verstuurd of is niet van uw organisatie.");
        }
        events.publishEvent(new QueuedAgain(List.of(noticeId)));
        log.info("Undeliverable notice {} queued again by the coordinator of organisation {}", noticeId, organisation);
    }

    /** Queues every undeliverable notice of one professional again, once their address is right. @return how many */
    public int retryAllOf(OrganisationId organisation, ProfessionalId professional) {
        List<UUID> queued = jdbc.sql("""
                        update notice set mail_state = 'QUEUED', mail_attempts = 0, mail_next_attempt_at = :lease
                        where professional_id = :professional and mail_state = 'FAILED' and mail_next_attempt_at is null
                          and professional_id in (select id from professional where organisation_id = :organisation)
                        returning id""")
                .param("professional", professional.value())
                .param("organisation", organisation.value())
                .param("lease", Moments.now(clock).plus(SEND_LEASE))
                .query(UUID.class)
                .list();
        if (!queued.isEmpty()) {
            events.publishEvent(new QueuedAgain(queued));
        }
        log.info("{} undeliverable notices of professional {} queued again by their coordinator", queued.size(), professional);
        return queued.size();
    }

    /** Notices queued again, to send once the queueing has committed. */
    public record QueuedAgain(List<UUID> noticeIds) {
    }

    /** @param email the professional's address as it is now; @param lastError the kind of failure, never personal data */
    public record Undeliverable(UUID id, ProfessionalId professionalId, String professionalName, String email,
                                String message, OffsetDateTime createdAt, int attempts, String lastError) {
    }
}
