// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.YouthId;

/**
 * The youths waiting for a check, kept in the sync columns of {@code youth_person}. A claim is a lease, so two
 * instances never ask about the same youth at once and a stopped instance's claim runs out; a failed check
 * comes back after a back-off that doubles with each attempt up to a maximum.
 */
@Component
class PersonCheckQueue {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retryBackoff;
    private final Duration maxBackoff;

    PersonCheckQueue(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${verwijsindex.person.retry-backoff:PT30S}") Duration retryBackoff,
            @Value("${verwijsindex.person.max-backoff:PT1H}") Duration maxBackoff) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.retryBackoff = retryBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Within the registering transaction: due now, with a fresh count of attempts, since something new happened
     * to the youth (R-MATCH-FAMILY, R-MATCH-ADDRESS).
     *
     * @return the municipality the youth's row holds (none for a youth never checked), as the same statement read it:
     *     the row stays locked by this transaction from then on (issue 18: the registration's report fact read it
     *     again)
     */
    Optional<String> markDue(YouthId youth) {
        return jdbc.sql("""
                        insert into youth_person (youth_id, state, sync_due_at) values (:youth, 'NEVER_SYNCED', :now)
                        on conflict (youth_id) do update set sync_due_at = least(youth_person.sync_due_at, excluded.sync_due_at),
                                                             sync_attempts = 0
                        returning municipality_code
                        """)
                .param("youth", youth.value())
                .param("now", Moments.now(clock))
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single();
    }

    /** Due now unless already due, so a youth that is failing keeps its back-off. */
    void markDueIfNotAlready(YouthId youth) {
        jdbc.sql("""
                        insert into youth_person (youth_id, state, sync_due_at) values (:youth, 'NEVER_SYNCED', :now)
                        on conflict (youth_id) do update set sync_due_at = coalesce(youth_person.sync_due_at, excluded.sync_due_at)
                        """)
                .param("youth", youth.value())
                .param("now", Moments.now(clock))
                .update();
    }

    /**
     * Claims at most {@code limit} due youths nobody else holds, the longest waiting first, in one statement that needs no
     * transaction around it.
     */
    List<YouthId> claimDue(int limit) {
        OffsetDateTime now = Moments.now(clock);
        return jdbc
                .sql("""
                        update youth_person set sync_lease_until = :lease
                        where youth_id in (select youth_id from youth_person
                                           where sync_due_at <= :now and (sync_lease_until is null or sync_lease_until < :now)
                                           order by sync_due_at limit :limit for update skip locked)
                        returning youth_id""")
                .param("lease", now.plus(LEASE))
                .param("now", now)
                .param("limit", limit)
                .query(Long.class)
                .list()
                .stream()
                .map(YouthId::new)
                .toList();
    }

    /**
     * Claims those of these youths that are due and that nobody else holds, in one statement (issue 18: the checks
     * asked for after a busy moment's registrations, together). @return the youths claimed, in no particular order
     */
    List<YouthId> claim(List<YouthId> youths) {
        OffsetDateTime now = Moments.now(clock);
        return jdbc
                .sql("""
                        update youth_person set sync_lease_until = :lease
                        where youth_id in (select youth_id from youth_person
                                           where youth_id = any(:youths) and sync_due_at <= :now
                                             and (sync_lease_until is null or sync_lease_until < :now)
                                           for update skip locked)
                        returning youth_id""")
                .param("lease", now.plus(LEASE))
                .param("now", now)
                .param("youths", youths.stream().map(YouthId::value).toArray(Long[]::new))
                .query(Long.class)
                .list()
                .stream()
                .map(YouthId::new)
                .toList();
    }

    /** The check failed: the claim is let go and the youth comes back after the back-off. */
    void failed(YouthId youth, String reason) {
        OffsetDateTime now = Moments.now(clock);
        transactions.executeWithoutResult(status -> {
            int attempts = jdbc.sql("select sync_attempts from youth_person where youth_id = :youth")
                            .param("youth", youth.value())
                            .query(Integer.class)
                            .optional()
                            .orElse(0)
                    + 1;
            Duration backoff = retryBackoff.multipliedBy(1L << Math.min(attempts - 1, 16));
            jdbc.sql("""
                            update youth_person set sync_attempts = :attempts, sync_error = :error, sync_lease_until = null,
                                                    sync_due_at = :next
                            where youth_id = :youth""")
                    .param("attempts", attempts)
                    .param("error", reason)
                    .param("next", now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff))
                    .param("youth", youth.value())
                    .update();
        });
    }

    /**
     * How many wait, how many of those failed, and why the latest failed (never personal data). Asked by the health
     * component {@code personRegister} (each {@code /actuator/health}) and {@code GET /api/v1/admin/person-register},
     * so it reads the partial indexes of the youths due (V13) and of the failed checks (V83), never the whole table:
     * a failed check leaves the youth due with its error, a successful one clears both.
     */
    Waiting waiting() {
        return jdbc.sql(WAITING)
                .query((rs, n) -> new Waiting(rs.getLong("due"), rs.getLong("failing"), rs.getString("last_error")))
                .single();
    }

    static final String WAITING = """
            select (select count(*) from youth_person where sync_due_at is not null) as due,
                   (select count(*) from youth_person
                    where sync_error is not null and sync_attempts > 0 and sync_due_at is not null) as failing,
                   (select sync_error from youth_person where sync_error is not null
                    order by sync_due_at desc nulls last limit 1) as last_error""";

    record Waiting(long due, long failing, String lastError) {}
}
