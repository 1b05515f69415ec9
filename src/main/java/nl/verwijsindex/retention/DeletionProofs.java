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
                        select deleted_at, rule, signal_id from deletion_proof where region_code = :region
                        order by deleted_at desc, id desc limit :limit""")
                .param("region", regionCode)
                .param("limit", limit)
                .query((rs, n) -> new Proof(rs.getObject("deleted_at", OffsetDateTime.class), rs.getString("rule"),
                        rs.getObject("signal_id", UUID.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Proof> ofSignal(UUID signalId) {
        return jdbc.sql("select deleted_at, rule, signal_id from deletion_proof where signal_id = :id")
                .param("id", signalId)
                .query((rs, n) -> new Proof(rs.getObject("deleted_at", OffsetDateTime.class), rs.getString("rule"),
                        rs.getObject("signal_id", UUID.class)))
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

    public record Proof(OffsetDateTime deletedAt, String rule, UUID signalId) {
    }
}
