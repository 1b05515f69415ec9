// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/**
 * R-INFORM: the professional records, for their own active signal, that they informed the youth or the legal
 * representative (when and how), or that they postpone it for a safety reason until a day to look again. The
 * index reminds them when that day comes, and once when a match is made while nothing was recorded yet.
 */
@Service
public class SignalInforming {

    private final OwnSignals ownSignals;
    private final JdbcClient jdbc;
    private final Logbook logbook;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalInforming(
            OwnSignals ownSignals, JdbcClient jdbc, Logbook logbook, ApplicationEventPublisher events, Clock clock) {
        this.ownSignals = ownSignals;
        this.jdbc = jdbc;
        this.logbook = logbook;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Informing.Recorded record(
            OrganisationId organisation, ProfessionalId professional, SignalId id, Informing informing, Actor actor) {
        OwnSignals.Locked locked = ownSignals.lock(organisation, professional, id);
        Signal signal = locked.signal();
        if (signal.status() != SignalStatus.ACTIVE) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "signal-not-active",
                    "Dit signaal is beëindigd. U kunt het informeren alleen vastleggen bij een actief signaal.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate registeredOn =
                signal.registeredAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        Informing.requireValid(informing, registeredOn, today);
        OffsetDateTime now = Moments.now(clock);
        boolean informed = informing instanceof Informing.Informed;
        jdbc.sql("""
                        insert into signal_informing
                            (signal_id, state, informed_on, method, postponed_reason, look_again_on, recorded_at)
                        values (:signal, :state, :informedOn, :method, :reason, :lookAgainOn, :now)
                        on conflict (signal_id) do update set
                            state = excluded.state, informed_on = excluded.informed_on, method = excluded.method,
                            postponed_reason = excluded.postponed_reason, look_again_on = excluded.look_again_on,
                            reminded_for = null, recorded_at = excluded.recorded_at""")
                .param("signal", id.value())
                .param("state", informed ? "INFORMED" : "POSTPONED")
                .param("informedOn", informed ? ((Informing.Informed) informing).on() : null)
                .param(
                        "method",
                        informed ? ((Informing.Informed) informing).method().name() : null)
                .param(
                        "reason",
                        informed
                                ? null
                                : ((Informing.Postponed) informing).reason().name())
                .param("lookAgainOn", informed ? null : ((Informing.Postponed) informing).lookAgainOn())
                .param("now", now)
                .update();
        logbook.record(new LogbookEntry(
                Action.SIGNAL_INFORMING_RECORDED,
                actor,
                professional.value(),
                organisation.value(),
                locked.youth().blindIndex().bytes(),
                id.value(),
                informed ? "INFORMED" : "POSTPONED"));
        return new Informing.Recorded(informing, now);
    }

    /** What the professional recorded on their own signal; empty when nothing yet. */
    @Transactional(readOnly = true)
    public Optional<Informing.Recorded> of(OrganisationId organisation, ProfessionalId professional, SignalId id) {
        ownSignals.find(organisation, professional, id);
        return recorded(id);
    }

    /** Whether the signal's professional recorded informing as done. */
    public boolean informed(SignalId id) {
        return recorded(id)
                .map(r -> r.informing() instanceof Informing.Informed)
                .orElse(false);
    }

    /**
     * R-INFORM: once per signal, when a match is made on an active signal whose informing is neither done nor
     * postponed and that was registered at least {@value Informing#MATCH_REMINDER_AFTER_DAYS} days ago, its
     * professional is reminded (a professional who has just registered is not reminded by the match their own
     * registration made, and gets no second e-mail beside the match's). Marks the signals so each goes only once,
     * in one statement for the signals of one match event; the caller makes the reminders in the same transaction
     * (issue 18: no event of its own, so no publication and no transaction more per reminder).
     *
     * @return the signals marked now, whose professionals are to be reminded
     */
    @Transactional
    public List<ActiveSignal> remindOnMatch(Collection<SignalId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = Moments.now(clock);
        return jdbc.sql("""
                        update signal s set inform_reminded_at = :now
                        where s.id = any(:signals) and s.status = 'ACTIVE' and s.inform_reminded_at is null
                          and s.registered_at <= :registeredBefore
                          and not exists (select 1 from signal_informing i where i.signal_id = s.id)
                        returning s.id, s.professional_id, s.organisation_id, s.region_code""")
                .param("now", now)
                .param("registeredBefore", now.minusDays(Informing.MATCH_REMINDER_AFTER_DAYS))
                .param("signals", ids.stream().map(SignalId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new ActiveSignal(
                        new SignalId(rs.getObject("id", UUID.class)),
                        new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getString("region_code")))
                .list();
    }

    /** R-INFORM: postponements whose day to look again has come, each reminded once for that day. */
    @Transactional
    public int remindLookAgainDue(LocalDate today, int batch, SignalRetention.Held held) {
        List<InformingDue> due = jdbc.sql("""
                        with due as (
                            select i.signal_id from signal_informing i join signal s on s.id = i.signal_id
                            where i.state = 'POSTPONED' and s.status = 'ACTIVE' and i.look_again_on <= :today
                              and i.reminded_for is distinct from i.look_again_on
                            limit :batch for update of i%s)
                        update signal_informing set reminded_for = look_again_on
                        where signal_id in (select signal_id from due)
                        returning signal_id, look_again_on""".formatted(held.clause()))
                .param("today", today)
                .param("batch", batch)
                .query((rs, n) -> new InformingDue(
                        new SignalId(rs.getObject("signal_id", UUID.class)),
                        rs.getObject("look_again_on", LocalDate.class)))
                .list();
        due.forEach(events::publishEvent);
        return due.size();
    }

    private Optional<Informing.Recorded> recorded(SignalId id) {
        return jdbc.sql("""
                        select state, informed_on, method, postponed_reason, look_again_on, recorded_at
                        from signal_informing where signal_id = :signal""")
                .param("signal", id.value())
                .query((rs, n) -> new Informing.Recorded(
                        "INFORMED".equals(rs.getString("state"))
                                ? new Informing.Informed(
                                        rs.getObject("informed_on", LocalDate.class),
                                        Informing.Method.valueOf(rs.getString("method")))
                                : new Informing.Postponed(
                                        Informing.PostponementReason.valueOf(rs.getString("postponed_reason")),
                                        rs.getObject("look_again_on", LocalDate.class)),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .optional();
    }
}
