// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.shared.Moments;

/**
 * All SQL on {@code national_outbox}. A row is PENDING until it is SENT, PARKED (the hub refused it for good) or
 * WAITING_FOR_BSN (R-NOBSN: the youth has no BSN yet; when it gets one, a new row follows). Only the lowest PENDING
 * row of a signal is ever due, so a signal's messages go out in order even through an outage.
 */
@Component
class OutboxStore {

    /** How long a claimed row is left alone by other rounds and instances while it is being sent. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One REPORT row per signal and transaction: several events of one change (a register check that finds both a
     * move and new parents, a merge) make one message, built from the state after all of them.
     */
    void report(Collection<UUID> signals, String cause) {
        if (signals.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into national_outbox (message_id, signal_id, action, cause, created_at, next_attempt_at)
                        select gen_random_uuid(), s.id, 'REPORT', :cause, :now, :now
                        from unnest(:signals) as s(id)
                        where not exists (select 1 from national_outbox o
                                          where o.signal_id = s.id and o.action = 'REPORT' and o.state = 'PENDING'
                                            and o.xmin = pg_current_xact_id()::xid)""")
                .param("signals", signals.stream().distinct().toArray(UUID[]::new))
                .param("cause", cause)
                .param("now", Moments.now(clock))
                .update();
    }

    /**
     * The first time only (per database): a report row for every signal the region holds, active and archived, so a
     * region that joins the national index brings its signals along. @return how many; 0 after the first time
     */
    int reportEverySignalOnce() {
        boolean first = jdbc.sql("""
                                insert into national_initial_load (id, done_at) values (1, :now)
                                on conflict (id) do nothing""").param("now", Moments.now(clock)).update() > 0;
        if (!first) {
            return 0;
        }
        return jdbc.sql("""
                        insert into national_outbox (message_id, signal_id, action, cause, created_at, next_attempt_at)
                        select gen_random_uuid(), s.id, 'REPORT', 'INITIAL_LOAD', :now, :now from signal s
                        where not exists (select 1 from national_outbox o where o.signal_id = s.id)
                        order by s.registered_at""").param("now", Moments.now(clock)).update();
    }

    /**
     * A report row for every signal, active and archived, that has no row of {@code cause} yet and none pending: a
     * round of a key rotation, queued once however often it is asked for (docs/adr/0032). @return how many
     */
    int reportEverySignalAgain(String cause) {
        return jdbc.sql("""
                        insert into national_outbox (message_id, signal_id, action, cause, created_at, next_attempt_at)
                        select gen_random_uuid(), s.id, 'REPORT', :cause, :now, :now from signal s
                        where not exists (select 1 from national_outbox o where o.signal_id = s.id
                                            and (o.cause = :cause or o.state = 'PENDING'))
                        order by s.registered_at""")
                .param("cause", cause)
                .param("now", Moments.now(clock))
                .update();
    }

    /** The signals left the index; the hub forgets them (R-PROOF). */
    void forget(Collection<UUID> signals, String ruleId, String cause) {
        if (signals.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into national_outbox (message_id, signal_id, action, rule_id, cause, created_at,
                                                     next_attempt_at)
                        select gen_random_uuid(), s.id, 'FORGET', :rule, :cause, :now, :now
                        from unnest(:signals) as s(id)""")
                .param("signals", signals.stream().distinct().toArray(UUID[]::new))
                .param("rule", ruleId)
                .param("cause", cause)
                .param("now", Moments.now(clock))
                .update();
    }

    /**
     * Claims at most {@code limit} due rows, each the lowest PENDING one of its signal, oldest first, skipping rows
     * another round holds; leased for {@link #LEASE}. Committed by the caller before anything is sent.
     */
    List<Row> claimDue(int limit) {
        OffsetDateTime now = Moments.now(clock);
        return jdbc
                .sql("""
                        with due as (
                            select o.message_id from national_outbox o
                            where o.state = 'PENDING' and o.next_attempt_at <= :now
                              and not exists (select 1 from national_outbox e
                                              where e.signal_id = o.signal_id and e.state = 'PENDING'
                                                and e.sequence < o.sequence)
                            order by o.sequence limit :limit for update skip locked)
                        update national_outbox set next_attempt_at = :lease
                        where message_id in (select message_id from due)
                        returning message_id, signal_id, sequence, action, rule_id, attempts""")
                .param("now", now)
                .param("lease", now.plus(LEASE))
                .param("limit", limit)
                .query((rs, n) -> new Row(
                        rs.getObject("message_id", UUID.class),
                        rs.getObject("signal_id", UUID.class),
                        rs.getLong("sequence"),
                        Action.valueOf(rs.getString("action")),
                        rs.getString("rule_id"),
                        rs.getInt("attempts")))
                .list()
                .stream()
                .sorted(Comparator.comparingLong(Row::sequence))
                .toList();
    }

    void sent(UUID message) {
        done(message, "SENT", null, null);
    }

    void waitingForBsn(UUID message) {
        done(message, "WAITING_FOR_BSN", null, null);
    }

    void parked(UUID message, int status, String code) {
        done(message, "PARKED", status, code);
    }

    private void done(UUID message, String state, Integer status, String code) {
        jdbc.sql("""
                        update national_outbox set state = :state, done_at = :now, attempts = attempts + 1,
                                                   refusal_status = :status, refusal_code = :code
                        where message_id = :message and state = 'PENDING'""")
                .param("state", state)
                .param("now", Moments.now(clock))
                .param("status", status)
                .param("code", code)
                .param("message", message)
                .update();
    }

    /** Tried again after {@code wait}; later rows of the signal wait behind it. */
    void retryLater(UUID message, Duration wait) {
        jdbc.sql("""
                        update national_outbox set attempts = attempts + 1, next_attempt_at = :next
                        where message_id = :message and state = 'PENDING'""")
                .param("next", Moments.now(clock).plus(wait))
                .param("message", message)
                .update();
    }

    /** Gives back rows claimed but not tried (the round stopped at an outage): due again at once. */
    void release(Collection<UUID> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jdbc.sql(
                        "update national_outbox set next_attempt_at = :now where message_id = any(:messages) and state = 'PENDING'")
                .param("now", Moments.now(clock))
                .param("messages", messages.toArray(UUID[]::new))
                .update();
    }

    /** The rule of the signal's forget row, when its report finds the signal already gone. */
    Optional<String> forgetRuleOf(UUID signal) {
        return jdbc.sql("""
                        select rule_id from national_outbox where signal_id = :signal and action = 'FORGET'
                        order by sequence limit 1""").param("signal", signal).query(String.class).optional();
    }

    /** Sent rows are kept a while for operators, then removed. */
    int purgeSentBefore(OffsetDateTime before) {
        return jdbc.sql("delete from national_outbox where state = 'SENT' and done_at < :before")
                .param("before", before)
                .update();
    }

    Counts counts() {
        return jdbc.sql("""
                        select count(*) filter (where state = 'PENDING') as pending,
                               count(*) filter (where state = 'PENDING' and attempts > 0) as retrying,
                               count(*) filter (where state = 'PARKED') as parked,
                               count(*) filter (where state = 'WAITING_FOR_BSN') as waiting,
                               min(created_at) filter (where state = 'PENDING') as oldest
                        from national_outbox""")
                .query((rs, n) -> new Counts(
                        rs.getLong("pending"),
                        rs.getLong("retrying"),
                        rs.getLong("parked"),
                        rs.getLong("waiting"),
                        rs.getObject("oldest", OffsetDateTime.class)))
                .single();
    }

    List<Parked> parked(int limit) {
        return jdbc.sql("""
                        select message_id, signal_id, action, refusal_status, refusal_code, done_at
                        from national_outbox where state = 'PARKED' order by done_at desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Parked(
                        rs.getObject("message_id", UUID.class),
                        rs.getObject("signal_id", UUID.class),
                        rs.getString("action"),
                        rs.getInt("refusal_status"),
                        rs.getString("refusal_code"),
                        rs.getObject("done_at", OffsetDateTime.class)))
                .list();
    }

    enum Action {
        REPORT,
        FORGET
    }

    record Row(UUID messageId, UUID signalId, long sequence, Action action, String ruleId, int attempts) {}

    record Counts(long pending, long retrying, long parked, long waitingForBsn, OffsetDateTime oldestPending) {}

    record Parked(UUID messageId, UUID signalId, String action, int status, String code, OffsetDateTime at) {}
}
