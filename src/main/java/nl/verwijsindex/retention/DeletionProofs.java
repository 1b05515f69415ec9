// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R-PROOF: which rule deleted which signal when; queryable per region, never holding personal data. */
@Service
public class DeletionProofs {

    private final JdbcClient jdbc;

    private static final String COLUMNS = "deleted_at, rule, signal_id, decision_reference, reason_code";

    private static final RowMapper<Proof> PROOF = (rs, n) -> new Proof(
            rs.getObject("deleted_at", OffsetDateTime.class),
            rs.getString("rule"),
            rs.getObject("signal_id", UUID.class),
            rs.getString("decision_reference"),
            rs.getString("reason_code"));

    DeletionProofs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Proof> ofRegion(String regionCode, int limit) {
        return latest(regionCode, null, limit);
    }

    /** The region's latest proofs of one rule (its RULES.md id, as {@link DeletionRule#ruleId()} gives it). */
    @Transactional(readOnly = true)
    public List<Proof> ofRegion(String regionCode, DeletionRule rule, int limit) {
        return latest(regionCode, rule.ruleId(), limit);
    }

    private List<Proof> latest(String regionCode, String ruleId, int limit) {
        return jdbc.sql("""
                        select %s from deletion_proof
                        where region_code = :region and (cast(:rule as text) is null or rule = :rule)
                        order by deleted_at desc, id desc limit :limit""".formatted(COLUMNS))
                .param("region", regionCode)
                .param("rule", ruleId)
                .param("limit", limit)
                .query(PROOF)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Proof> ofSignal(UUID signalId) {
        return jdbc.sql("select " + COLUMNS + " from deletion_proof where signal_id = :id")
                .param("id", signalId)
                .query(PROOF)
                .list();
    }

    void record(DeletionRule rule, List<UUID> signalIds, List<String> regionCodes, OffsetDateTime at) {
        insert(rule.ruleId(), signalIds, regionCodes, null, null, at);
    }

    /** R-REQUEST: proofs that carry the municipality's decision on a request (its id) and the outcome. */
    void recordRequestDecision(
            List<UUID> signalIds, List<String> regionCodes, String requestId, String outcome, OffsetDateTime at) {
        insert("R-REQUEST", signalIds, regionCodes, requestId, outcome, at);
    }

    /** R-DELETE-ONLY-REGION: proofs that carry the region coordinator's decision. */
    void recordDecision(
            List<UUID> signalIds, String regionCode, String reference, String reasonCode, OffsetDateTime at) {
        insert(
                "R-DELETE-ONLY-REGION",
                signalIds,
                Collections.nCopies(signalIds.size(), regionCode),
                reference,
                reasonCode,
                at);
    }

    /** One proof per signal, each with its region; the decision's reference and reason only where one was made. */
    private void insert(
            String ruleId,
            List<UUID> signalIds,
            List<String> regionCodes,
            String reference,
            String reasonCode,
            OffsetDateTime at) {
        if (signalIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into deletion_proof (deleted_at, rule, signal_id, region_code, decision_reference, reason_code)
                        select :at, :rule, unnest(:signals), unnest(:regions), cast(:reference as text), cast(:reason as text)""")
                .param("at", at)
                .param("rule", ruleId)
                .param("signals", signalIds.toArray(UUID[]::new))
                .param("regions", regionCodes.toArray(String[]::new))
                .param("reference", reference)
                .param("reason", reasonCode)
                .update();
    }

    /** @param decisionReference and reasonCode only for a deletion by the region coordinator */
    public record Proof(
            OffsetDateTime deletedAt, String rule, UUID signalId, String decisionReference, String reasonCode) {}
}
