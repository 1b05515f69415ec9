// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.internal.AuditKey;

/**
 * The data protection officer's questions to the logbook (R-LOGBOOK, NEN 7513, ADR 0021): who did what, by youth,
 * professional, organisation and period. A youth is found by the audit reference of their blind index, which
 * deletion does not clear, so the question can still be answered after the youth was deleted. The answer never
 * names the youth.
 */
@Service
public class LogbookSearch {

    /** At most this many entries in one answer; the officer narrows the period for more. */
    public static final int MAX_RESULTS = 5000;

    private final JdbcClient jdbc;
    private final AuditKey auditKey;

    LogbookSearch(JdbcClient jdbc, AuditKey auditKey) {
        this.jdbc = jdbc;
        this.auditKey = auditKey;
    }

    /**
     * @param youthIndexes the youth's blind index under every active key (the current one first), or empty for any
     *                     youth; entries made before a key rotation are found through the aliases their references
     *                     got when the youth moved (ADR 0022), also after the older key was retired
     * @param from         from this moment (inclusive), or null
     * @param to           before this moment, or null
     */
    public record Criteria(
            List<byte[]> youthIndexes,
            UUID professionalId,
            UUID organisationId,
            OffsetDateTime from,
            OffsetDateTime to) {

        public Criteria {
            youthIndexes = youthIndexes == null ? List.of() : List.copyOf(youthIndexes);
        }

        /** The youth's blind index under the current key, or null: for the logbook entry of the search itself. */
        public byte[] youthIndex() {
            return youthIndexes.isEmpty() ? null : youthIndexes.get(0);
        }
    }

    /** One entry as the officer sees it: everything but the youth. */
    public record Found(
            long id,
            OffsetDateTime occurredAt,
            String action,
            String actorType,
            String actorId,
            String actingUser,
            UUID professionalId,
            UUID organisationId,
            UUID signalId,
            String subjectId,
            String remoteAddress,
            String client) {}

    @Transactional(readOnly = true)
    public List<Found> search(Criteria criteria) {
        return jdbc.sql("""
                        select * from logbook_entry
                        where (:anyYouth or audit_ref in (:auditRefs)
                               or audit_ref in (select alias from logbook_audit_alias where audit_ref in (:auditRefs)))
                          and (cast(:professional as uuid) is null or professional_id = :professional)
                          and (cast(:organisation as uuid) is null or organisation_id = :organisation)
                          and (cast(:from as timestamptz) is null or occurred_at >= :from)
                          and (cast(:to as timestamptz) is null or occurred_at < :to)
                        order by occurred_at, id
                        limit :limit""")
                .param("anyYouth", criteria.youthIndexes().isEmpty())
                .param(
                        "auditRefs",
                        criteria.youthIndexes().isEmpty()
                                ? List.of(new byte[0])
                                : criteria.youthIndexes().stream()
                                        .map(auditKey::reference)
                                        .toList())
                .param("professional", criteria.professionalId())
                .param("organisation", criteria.organisationId())
                .param("from", criteria.from())
                .param("to", criteria.to())
                .param("limit", MAX_RESULTS)
                .query((rs, n) -> new Found(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("action"),
                        rs.getString("actor_type"),
                        rs.getString("actor_id"),
                        rs.getString("acting_user"),
                        rs.getObject("professional_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("signal_id", UUID.class),
                        rs.getString("subject_id"),
                        rs.getString("remote_address"),
                        rs.getString("client")))
                .list();
    }
}
