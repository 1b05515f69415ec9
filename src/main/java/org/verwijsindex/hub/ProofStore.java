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
    record Proof(String region, String signalRef, String ruleId, Instant forgottenAt) {}

    private final JdbcClient jdbc;

    ProofStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the proof unless there is one; forgetting twice keeps the first. @return the proof that stands */
    Proof record(String region, String signalRef, String ruleId, Instant now) {
        jdbc.sql("""
                        insert into forget_proof (region, signal_ref, rule_id, forgotten_at)
                        values (:region, :ref, :rule, :now) on conflict do nothing
                        """)
                .param("region", region)
                .param("ref", signalRef)
                .param("rule", ruleId)
                .param("now", Timestamp.from(now))
                .update();
        return find(region, signalRef).orElseThrow();
    }

    Optional<Proof> find(String region, String signalRef) {
        return jdbc.sql("""
                        select region, signal_ref, rule_id, forgotten_at from forget_proof
                         where region = :region and signal_ref = :ref
                        """)
                .param("region", region)
                .param("ref", signalRef)
                .query((rs, n) -> new Proof(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }
}
