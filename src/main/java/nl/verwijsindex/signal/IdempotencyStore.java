// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.signal.RegistrationOutcome.Result;

/**
 * DESIGN decision 3: a retried request with the same key yields the same signal. Claiming a key inserts
 * it; a concurrent retry waits on that insert until the first transaction ends, then sees its result.
 */
@Repository
class IdempotencyStore {

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return empty when this request claimed the key; otherwise what the earlier request stored */
    Optional<Claim> claim(
            OrganisationId organisation, String key, byte[] fingerprint, SignalId intended, OffsetDateTime now) {
        // The signal does not exist yet: the foreign key is checked at commit, when it does.
        int inserted = jdbc.sql("""
                        insert into signal_idempotency (organisation_id, idempotency_key, fingerprint, signal_id, created_at)
                        values (:org, :key, :fingerprint, :signal, :now) on conflict do nothing""")
                .param("org", organisation.value())
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("signal", intended.value())
                .param("now", now)
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select fingerprint, signal_id, first_result from signal_idempotency
                        where organisation_id = :org and idempotency_key = :key""")
                .param("org", organisation.value())
                .param("key", key)
                .query((rs, n) -> new Claim(
                        rs.getBytes("fingerprint"),
                        Optional.ofNullable(rs.getObject("signal_id", UUID.class))
                                .map(SignalId::new),
                        Result.valueOf(rs.getString("first_result"))))
                .optional();
    }

    /**
     * Points the key at another signal than intended, the professional's existing one, and remembers that the
     * first answer was {@link Result#ALREADY_ACTIVE}.
     */
    void redirect(OrganisationId organisation, String key, SignalId signal) {
        jdbc.sql("""
                        update signal_idempotency set signal_id = :signal, first_result = 'ALREADY_ACTIVE'
                        where organisation_id = :org and idempotency_key = :key""")
                .param("org", organisation.value())
                .param("key", key)
                .param("signal", signal.value())
                .update();
    }

    /** Keys are kept for a day: long enough for any client's retries. */
    int purgeOlderThan(OffsetDateTime cutoff) {
        return jdbc.sql("delete from signal_idempotency where created_at < :cutoff")
                .param("cutoff", cutoff)
                .update();
    }

    /** What the first request with the key stored, and how it was answered. */
    record Claim(byte[] fingerprint, Optional<SignalId> signal, Result firstResult) {}
}
