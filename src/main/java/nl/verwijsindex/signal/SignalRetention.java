// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthAge;
import nl.verwijsindex.youth.YouthId;

/**
 * The time rules on signals, in bounded batches for the nightly sweep. A batch either skips the rows another
 * transaction holds ({@link Held#SKIP}: a registration or register check on that youth is never blocked), or
 * waits for them ({@link Held#WAIT}: the sweep's last pass, so that a rule due today is applied today and not a
 * night later). Deleted rows take their matches, notices and archive hits with them (cascade).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class SignalRetention {

    private final JdbcClient jdbc;
    private final Logbook logbook;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final BsnProtection protection;

    SignalRetention(
            JdbcClient jdbc, Logbook logbook, Clock clock, ApplicationEventPublisher events, BsnProtection protection) {
        this.events = events;
        this.protection = protection;
        this.jdbc = jdbc;
        this.logbook = logbook;
        this.clock = clock;
    }

    /** What a batch does with rows another transaction holds at that moment. */
    public enum Held {
        /** Leave them for a later batch. */
        SKIP(" skip locked"),
        /** Wait until the other transaction ends, then take them. */
        WAIT("");

        private final String clause;

        Held(String clause) {
            this.clause = clause;
        }

        /**
         * The end of each locking clause. The youth is locked {@code for no key update}, as a registration locks it
         * (JdbcYouths): that still serialises with registrations, but not with a transaction that only references the
         * youth (a report fact waiting for its municipality, in the case opening's transaction). Under {@code for
         * update} the two deadlocked when a signal was deleted while its match's case was being opened. Each
         * locking clause names the youth before the signal, and PostgreSQL takes a row's locks in the order of
         * the clauses: youth, then signal, the order registrations and notices ({@link Signals#holdYouthsOf}) use.
         */
        public String clause() {
            return clause;
        }
    }

    /** R-ACTIVE-2Y: active signals whose period ran out go to the archive as EXPIRED (R-ARCHIVE-5Y). */
    public int expireDue(LocalDate today, int batch, Held held) {
        List<LeavingSignal> expired = jdbc.sql("""
                        with due as (
                            select s.id from signal s join youth y on y.id = s.youth_id
                            where s.status = 'ACTIVE' and s.active_until <= :today
                            order by s.active_until limit :batch for no key update of y%1$s for update of s%1$s)
                        update signal set status = 'ARCHIVED', ended_at = :now, end_reason = 'EXPIRED',
                                          archived_until = :archivedUntil
                        where id in (select id from due)
                        returning id, youth_id, organisation_id, region_code""".formatted(held.clause()))
                .param("today", today)
                .param("batch", batch)
                .param("now", Moments.now(clock))
                .param("archivedUntil", today.plusYears(Signal.ARCHIVE_YEARS))
                .query((rs, n) -> new LeavingSignal(
                        new SignalId(rs.getObject("id", UUID.class)),
                        new YouthId(rs.getLong("youth_id")),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getString("region_code")))
                .list();
        expired.forEach(e -> logbook.record(new LogbookEntry(
                Action.SIGNAL_ENDED,
                Actor.SYSTEM,
                null,
                null,
                null,
                e.signalId().value(),
                EndReason.EXPIRED.name())));
        if (!expired.isEmpty()) {
            events.publishEvent(new SignalsExpired(expired));
        }
        return expired.size();
    }

    /**
     * R-ACTIVE-2Y: signals within their region's lead time of the end (default four weeks) that have not been
     * reminded for this end date; the batch is one {@link ExpiriesApproaching} for their professionals.
     */
    public int remindDue(LocalDate today, int batch, Held held) {
        List<ExpiryApproaching> due = jdbc.sql("""
                        with due as (
                            select s.id from signal s join region r on r.code = s.region_code
                            where s.status = 'ACTIVE' and s.active_until <= :today + r.expiry_reminder_days
                              and s.reminded_for is distinct from s.active_until
                            limit :batch for update of s%s)
                        update signal set reminded_for = active_until where id in (select id from due)
                        returning id, active_until""".formatted(held.clause()))
                .param("today", today)
                .param("batch", batch)
                .query((rs, n) -> new ExpiryApproaching(
                        new SignalId(rs.getObject("id", UUID.class)), rs.getObject("active_until", LocalDate.class)))
                .list();
        if (!due.isEmpty()) {
            events.publishEvent(new ExpiriesApproaching(due));
        }
        return due.size();
    }

    /** R-ARCHIVE-5Y: archived signals kept five years are deleted. */
    public List<DeletedSignal> deleteArchiveDue(LocalDate today, int batch, Held held) {
        return deleteAndForget("""
                with due as (
                    select s.id from signal s join youth y on y.id = s.youth_id
                    where s.status = 'ARCHIVED' and s.archived_until <= :today
                    limit :batch for no key update of y%1$s for update of s%1$s)""".formatted(held.clause()), Map.of("today", today, "batch", batch), "R-ARCHIVE-5Y");
    }

    /** R-AGE-23: on the 23rd birthday all signals of the youth, active and archived, are deleted. */
    public List<DeletedSignal> deleteOfYouthsAged23(LocalDate today, int batch, Held held) {
        return deleteAndForget(
                """
                with due as (
                    select s.id from signal s
                    where s.youth_id in (select id from youth where birth_date <= :cutoff limit :batch for no key update%s))""".formatted(held.clause()),
                Map.of("cutoff", YouthAge.latestBirthDateAged23On(today), "batch", batch),
                "R-AGE-23");
    }

    /** R-DEATH: every signal of the youth, active and archived, is deleted, and the youth with them. */
    public List<DeletedSignal> deleteAllOfYouth(YouthId youth) {
        return deleteAndForget("""
                with due as (
                    select s.id from signal s where s.youth_id in (select id from youth where id = :youth for no key update))""", Map.of("youth", youth.value()), "R-DEATH");
    }

    /** R-DELETE-ONLY-REGION: one signal, active or archived, of the region; empty when there is none. */
    public Optional<DeletedSignal> deleteInRegion(SignalId signal, String regionCode) {
        return deleteAndForget("""
                with due as (
                    select s.id from signal s join youth y on y.id = s.youth_id
                    where s.id = :signal and s.region_code = :region for no key update of y for update of s)""", Map.of("signal", signal.value(), "region", regionCode), "R-DELETE-ONLY-REGION")
                .stream()
                .findFirst();
    }

    /** R-DELETE-ONLY-REGION: removes a youth from the region's archive (their archived signals there). */
    public List<DeletedSignal> deleteArchivedOfYouthInRegion(Bsn bsn, String regionCode) {
        return deleteAndForget(
                """
                with due as (
                    select s.id from signal s join youth y on y.id = s.youth_id
                    where y.bsn_index in (:indexes) and s.status = 'ARCHIVED' and s.region_code = :region for no key update of y for update of s)""",
                Map.of(
                        "indexes",
                        protection.blindIndexes(bsn).stream()
                                .map(BlindIndex::bytes)
                                .toList(),
                        "region",
                        regionCode),
                "R-DELETE-ONLY-REGION");
    }

    /**
     * R-DELETE-ONLY-REGION (issue 16 item 7): the signals, active and archived, of one youth in the region, oldest
     * first, so the region coordinator chooses what a decision deletes instead of typing an id. The caller logs the
     * look at the youth.
     */
    public List<SignalOfYouth> ofYouthInRegion(Bsn bsn, String regionCode) {
        return jdbc.sql("""
                        select s.id, s.organisation_id, s.registered_at, s.status, y.bsn_index
                        from signal s join youth y on y.id = s.youth_id
                        where y.bsn_index in (:indexes) and s.region_code = :region
                        order by s.registered_at, s.id""")
                .param(
                        "indexes",
                        protection.blindIndexes(bsn).stream()
                                .map(BlindIndex::bytes)
                                .toList())
                .param("region", regionCode)
                .query((rs, n) -> new SignalOfYouth(
                        new SignalId(rs.getObject("id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getObject("registered_at", OffsetDateTime.class),
                        SignalStatus.valueOf(rs.getString("status")),
                        rs.getBytes("bsn_index")))
                .list();
    }

    /** A signal of a youth as the region coordinator chooses among them: no BSN, the blind index for the logbook. */
    public record SignalOfYouth(
            SignalId signalId,
            OrganisationId organisationId,
            OffsetDateTime registeredAt,
            SignalStatus status,
            byte[] youthIndex) {}

    /**
     * Deletes the signals a {@code due} CTE selects (and locks), then forgets youths left without signals
     * (data minimisation: only the logbook's blind index remains). {@link SignalsDeleted} is published between the
     * two, so a listener in this transaction still finds the youths.
     *
     * @param ruleId the RULES.md id of the rule that deletes, for {@link SignalsDeleted}
     */
    private List<DeletedSignal> deleteAndForget(String dueCte, Map<String, Object> parameters, String ruleId) {
        List<DeletedSignal> deleted = jdbc.sql(dueCte + """

                        delete from signal where id in (select id from due)
                        returning id, youth_id, organisation_id, region_code,
                                  (select bsn_index from youth where id = youth_id) as youth_index""")
                .params(parameters)
                .query((rs, n) -> new DeletedSignal(
                        new SignalId(rs.getObject("id", UUID.class)),
                        rs.getLong("youth_id"),
                        rs.getString("region_code"),
                        rs.getBytes("youth_index"),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class))))
                .list();
        if (!deleted.isEmpty()) {
            events.publishEvent(new SignalsDeleted(
                    ruleId,
                    deleted.stream()
                            .map(d -> new LeavingSignal(
                                    d.signalId(), new YouthId(d.youthId()), d.organisationId(), d.regionCode()))
                            .toList()));
            List<byte[]> forgotten = jdbc.sql("""
                            delete from youth y where y.id = any(:ids)
                            and not exists (select 1 from signal s where s.youth_id = y.id)
                            returning bsn_index""")
                    .param(
                            "ids",
                            deleted.stream()
                                    .map(DeletedSignal::youthId)
                                    .distinct()
                                    .toArray(Long[]::new))
                    .query(byte[].class)
                    .list();
            forgotten.forEach(logbook::forgetYouth);
        }
        return deleted;
    }

    /** A deleted signal, as its proof of deletion records it: ids and the covenant, no personal data. */
    public record DeletedSignal(
            SignalId signalId, long youthId, String regionCode, byte[] youthIndex, OrganisationId organisationId) {}
}
