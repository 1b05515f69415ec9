package nl.verwijsindex.notification.internal;

import nl.verwijsindex.shared.Moments;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.PairRecipients.Recipient;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.person.YouthMoved;
import nl.verwijsindex.signal.ExpiryApproaching;
import nl.verwijsindex.signal.SignalTransferred;
import nl.verwijsindex.signal.Signals;

/**
 * R-NOTICE and R-NOTICE-NEW: for each new match, one notice per professional with an active signal in it.
 * Runs after the match committed, from the event publication registry: if the application stops first,
 * the publication stays incomplete and is resubmitted. Creating notices is idempotent (one per match
 * and professional), so a resubmission never doubles them. E-mail follows in separate transactions.
 */
@Component
class NoticeCreator {

    private final JdbcClient jdbc;
    private final MatchQueries matches;
    private final TransactionTemplate transactions;
    private final NoticeDelivery delivery;
    private final Clock clock;
    private final Signals signals;
    private final MunicipalSupervisors supervisors;

    NoticeCreator(JdbcClient jdbc, MatchQueries matches, TransactionTemplate transactions, NoticeDelivery delivery,
                  Clock clock, Signals signals, MunicipalSupervisors supervisors) {
        this.supervisors = supervisors;
        this.signals = signals;
        this.jdbc = jdbc;
        this.matches = matches;
        this.transactions = transactions;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(MatchesFound found) {
        List<UUID> created = transactions.execute(status -> create(found));
        created.forEach(delivery::deliver);
    }

    /** R-ACTIVE-2Y: the signal's professional is asked to extend it (once per end date). */
    @Async
    @TransactionalEventListener
    void on(ExpiryApproaching approaching) {
        List<UUID> created = transactions.execute(status -> signals.active(approaching.signalId())
                .map(signal -> createAboutSignal(signal.professionalId().value(), "EXPIRY_REMINDER", signal.id().value(),
                        approaching.activeUntil()))
                .orElse(List.of()));
        created.forEach(delivery::deliver);
    }

    /** R-TRANSFER: both the professional who handed the signal over and the colleague who took it are told. */
    @Async
    @TransactionalEventListener
    void on(SignalTransferred transferred) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<UUID> created = transactions.execute(status -> {
            List<UUID> ids = new ArrayList<>();
            if (signals.active(transferred.signalId()).isPresent()) {
                for (var professional : List.of(transferred.from(), transferred.to())) {
                    ids.addAll(createAboutSignal(professional.value(), "TRANSFERRED", transferred.signalId().value(), today));
                }
            }
            return ids;
        });
        created.forEach(delivery::deliver);
    }

    /**
     * R-MOVE: every professional with an active signal on the youth is told the youth moved, and when the
     * municipality changed, so is every supervisor of the new municipality (about one of the youth's active
     * signals, once per move). The notice names no address: the signal's page shows the current one, unless
     * it is secret (R-SECRET).
     */
    @Async
    @TransactionalEventListener
    void on(YouthMoved moved) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<UUID> created = transactions.execute(status -> {
            List<UUID> ids = new ArrayList<>();
            List<nl.verwijsindex.signal.ActiveSignal> active = signals.activeOnYouth(moved.youthId());
            for (var signal : active) {
                ids.addAll(createAboutSignal(signal.professionalId().value(), "MOVED", signal.id().value(), today));
            }
            if (moved.municipalityChanged() && !active.isEmpty()) {
                UUID subject = active.get(0).id().value();
                for (var supervisor : supervisors.of(moved.toMunicipality())) {
                    ids.addAll(jdbc.sql("""
                                    insert into notice (id, supervisor_id, kind, signal_id, about_date, created_at, mail_state,
                                                        mail_next_attempt_at)
                                    values (:id, :supervisor, 'MOVED', :signal, :about, :now, 'QUEUED', :now)
                                    on conflict (signal_id, kind, supervisor_id, about_date)
                                        where signal_id is not null and supervisor_id is not null do nothing
                                    returning id""")
                            .param("id", UUID.randomUUID())
                            .param("supervisor", supervisor.id())
                            .param("signal", subject)
                            .param("about", today)
                            .param("now", Moments.now(clock))
                            .query(UUID.class)
                            .list());
                }
            }
            return ids;
        });
        created.forEach(delivery::deliver);
    }

    /** A notice about one signal for one professional; at most one per signal, kind and date. */
    List<UUID> createAboutSignal(UUID professional, String kind, UUID signal, java.time.LocalDate aboutDate) {
        OffsetDateTime now = Moments.now(clock);
        return jdbc.sql("""
                        insert into notice (id, professional_id, kind, signal_id, about_date, created_at, mail_state,
                                            mail_next_attempt_at)
                        values (:id, :professional, :kind, :signal, :about, :now, 'QUEUED', :now)
                        on conflict (signal_id, kind, professional_id, about_date) where signal_id is not null do nothing
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("professional", professional)
                .param("kind", kind)
                .param("signal", signal)
                .param("about", aboutDate)
                .param("now", now)
                .query(UUID.class)
                .list();
    }

    List<UUID> create(MatchesFound found) {
        OffsetDateTime now = Moments.now(clock);
        List<UUID> created = new ArrayList<>();
        for (UUID pairId : found.pairIds()) {
            for (Recipient recipient : matches.recipientsOf(pairId).map(r -> r.recipients()).orElse(List.of())) {
                jdbc.sql("""
                                insert into notice (id, professional_id, kind, match_pair_id, created_at, mail_state, mail_next_attempt_at)
                                values (:id, :professional, 'MATCH', :pair, :now, 'QUEUED', :now)
                                on conflict (match_pair_id, professional_id) do nothing
                                returning id""")
                        .param("id", UUID.randomUUID())
                        .param("professional", recipient.professionalId().value())
                        .param("pair", pairId)
                        .param("now", now)
                        .query(UUID.class)
                        .optional()
                        .ifPresent(created::add);
            }
        }
        return created;
    }
}
