// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code forget_proof}: R-PROOF, which rule made a region's signal leave the hub and when. */
@Repository
class ProofStore {

    /** A proof of forgetting: no pseudonym, no contact card, no date of the signal. */
    record Proof(String region, String signalRef, String ruleId, Instant forgottenAt, long sequence) {}

    private final JdbcClient jdbc;

    ProofStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the proof; forgetting twice with one sequence keeps the first, a later forget (of a signal that came
     * back) replaces it. @return the proof that stands
     */
    Proof record(String region, String signalRef, String ruleId, Instant now, long sequence) {
        jdbc.sql("""
                        insert into forget_proof (region, signal_ref, rule_id, forgotten_at, sequence)
                        values (:region, :ref, :rule, :now, :sequence)
                        on conflict (region, signal_ref) do update
                           set rule_id = excluded.rule_id, forgotten_at = excluded.forgotten_at,
                               sequence = excluded.sequence
                         where forget_proof.sequence < excluded.sequence
                        """)
                .param("region", region)
                .param("ref", signalRef)
                .param("rule", ruleId)
                .param("now", Timestamp.from(now))
                .param("sequence", sequence)
                .update();
        return find(region, signalRef).orElseThrow();
    }

    Optional<Proof> find(String region, String signalRef) {
        return jdbc.sql("""
                        select region, signal_ref, rule_id, forgotten_at, sequence from forget_proof
                         where region = :region and signal_ref = :ref
                        """)
                .param("region", region)
                .param("ref", signalRef)
                .query((rs, n) -> new Proof(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getLong(5)))
                .optional();
    }
}
