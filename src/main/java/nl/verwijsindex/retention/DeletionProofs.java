// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R-PROOF: which rule deleted which signal when; queryable per region, never holding personal data. */
@Service
public class DeletionProofs {

    private final JdbcClient jdbc;

    DeletionProofs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Proof> ofRegion(String regionCode, int limit) {
        return jdbc.sql("""
                        select deleted_at, rule, signal_id, decision_reference, reason_code from deletion_proof
                        where region_code = :region
                        order by deleted_at desc, id desc limit :limit""")
                .param("region", regionCode)
                .param("limit", limit)
                .query((rs, n) -> new Proof(
                        rs.getObject("deleted_at", OffsetDateTime.class),
                        rs.getString("rule"),
                        rs.getObject("signal_id", UUID.class),
                        rs.getString("decision_reference"),
                        rs.getString("reason_code")))
                .list();
    }

    /** The region's latest proofs of one rule (its RULES.md id, as {@link DeletionRule#ruleId()} gives it). */
    @Transactional(readOnly = true)
    public List<Proof> ofRegion(String regionCode, DeletionRule rule, int limit) {
        return jdbc.sql("""
                        select deleted_at, rule, signal_id, decision_reference, reason_code from deletion_proof
                        where region_code = :region and rule = :rule
                        order by deleted_at desc, id desc limit :limit""")
                .param("region", regionCode)
                .param("rule", rule.ruleId())
                .param("limit", limit)
                .query((rs, n) -> new Proof(
                        rs.getObject("deleted_at", OffsetDateTime.class),
                        rs.getString("rule"),
                        rs.getObject("signal_id", UUID.class),
                        rs.getString("decision_reference"),
                        rs.getString("reason_code")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Proof> ofSignal(UUID signalId) {
        return jdbc.sql(
                        "select deleted_at, rule, signal_id, decision_reference, reason_code from deletion_proof where signal_id = :id")
                .param("id", signalId)
                .query((rs, n) -> new Proof(
                        rs.getObject("deleted_at", OffsetDateTime.class),
                        rs.getString("rule"),
                        rs.getObject("signal_id", UUID.class),
                        rs.getString("decision_reference"),
                        rs.getString("reason_code")))
                .list();
    }

    void record(DeletionRule rule, List<UUID> signalIds, List<String> regionCodes, OffsetDateTime at) {
        if (signalIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into deletion_proof (deleted_at, rule, signal_id, region_code)
                        select :at, :rule, unnest(:signals), unnest(:regions)""")
                .param("at", at)
                .param("rule", rule.ruleId())
                .param("signals", signalIds.toArray(UUID[]::new))
                .param("regions", regionCodes.toArray(String[]::new))
                .update();
    }

    /** R-REQUEST: proofs that carry the municipality's decision on a request (its id) and the outcome. */
    void recordRequestDecision(
            List<UUID> signalIds, List<String> regionCodes, String requestId, String outcome, OffsetDateTime at) {
        if (signalIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into deletion_proof (deleted_at, rule, signal_id, region_code, decision_reference, reason_code)
                        select :at, 'R-REQUEST', unnest(:signals), unnest(:regions), :reference, :reason""")
                .param("at", at)
                .param("signals", signalIds.toArray(UUID[]::new))
                .param("regions", regionCodes.toArray(String[]::new))
                .param("reference", requestId)
                .param("reason", outcome)
                .update();
    }

    /** R-DELETE-ONLY-REGION: proofs that carry the region coordinator's decision. */
    void recordDecision(
            List<UUID> signalIds, String regionCode, String reference, String reasonCode, OffsetDateTime at) {
        jdbc.sql("""
                        insert into deletion_proof (deleted_at, rule, signal_id, region_code, decision_reference, reason_code)
                        select :at, 'R-DELETE-ONLY-REGION', unnest(:signals), :region, :reference, :reason""")
                .param("at", at)
                .param("signals", signalIds.toArray(UUID[]::new))
                .param("region", regionCode)
                .param("reference", reference)
                .param("reason", reasonCode)
                .update();
    }

    /** @param decisionReference and reasonCode only for a deletion by the region coordinator */
    public record Proof(
            OffsetDateTime deletedAt, String rule, UUID signalId, String decisionReference, String reasonCode) {}
}
