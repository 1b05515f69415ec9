// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.logbook.internal.ChainVerifier;
import nl.verwijsindex.logbook.internal.LogbookRetention;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * R-LOGBOOK against R-PROOF (ADR 0021): a deleted youth's blind index leaves the logbook, but "who saw this youth's
 * data" can still be answered through the audit reference, until the retention period removes the entries.
 */
@IntegrationTest
class LogbookAuditKeyTest {

    @Autowired
    Logbook logbook;

    @Autowired
    LogbookSearch search;

    @Autowired
    BsnProtection protection;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    LogbookRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void R_LOGBOOK_whoSawAYouthCanStillBeFoundAfterTheYouthWasDeleted() {
        Bsn bsn = new Bsn(TestBsns.random());
        byte[] youth = protection.blindIndex(bsn).bytes();
        UUID professional = UUID.randomUUID();
        logbook.record(
                new LogbookEntry(Action.SIGNALS_VIEWED, Actor.user("viewer"), professional, null, youth, null, null));

        logbook.forgetYouth(youth); // R-PROOF: the youth was deleted

        assertThat(jdbc.sql("select count(*) from logbook_entry where youth_index = :y")
                        .param("y", youth)
                        .query(Long.class)
                        .single())
                .isZero();
        List<LogbookSearch.Found> found = search.search(
                new LogbookSearch.Criteria(List.of(protection.blindIndex(bsn).bytes()), null, null, null, null));
        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.professionalId()).isEqualTo(professional);
            assertThat(entry.action()).isEqualTo("SIGNALS_VIEWED");
        });
        assertThat(verifier.verify().intact())
                .as("clearing the blind index leaves the chain whole")
                .isTrue();
    }

    @Test
    void R_LOGBOOK_theAuditReferenceIsNotTheBlindIndex() {
        byte[] youth = protection.blindIndex(new Bsn(TestBsns.random())).bytes();
        UUID professional = UUID.randomUUID();
        logbook.record(
                new LogbookEntry(Action.SIGNALS_VIEWED, Actor.user("viewer"), professional, null, youth, null, null));

        byte[] reference = jdbc.sql("select audit_ref from logbook_entry where professional_id = :p")
                .param("p", professional)
                .query(byte[].class)
                .single();
        assertThat(reference).hasSize(32).isNotEqualTo(youth);
    }

    @Test
    void R_LOGBOOK_retentionRemovesOnlyTheOldestEntriesAndTheRestStillVerifies() {
        UUID professional = UUID.randomUUID();
        logbook.record(new LogbookEntry(Action.SIGNALS_VIEWED, Actor.user("old"), professional, null, null, null, "a"));
        logbook.record(new LogbookEntry(Action.SIGNALS_VIEWED, Actor.user("new"), professional, null, null, null, "b"));
        long mine = jdbc.sql("select min(id) from logbook_entry where professional_id = :p")
                .param("p", professional)
                .query(Long.class)
                .single();

        transactions.executeWithoutResult(tx -> {
            // Everything up to the test's first entry made old, past the trigger, as the superuser.
            jdbc.sql("set local session_replication_role = replica").update();
            long old = jdbc.sql("update logbook_entry set occurred_at = '2000-01-01T00:00Z' where id <= :id")
                    .param("id", mine)
                    .update();
            jdbc.sql("set local session_replication_role = origin").update();

            long removed = retention.removeBefore(OffsetDateTime.now().minusYears(5));

            assertThat(removed).isGreaterThanOrEqualTo(old);
            assertThat(jdbc.sql("select min(id) from logbook_entry")
                            .query(Long.class)
                            .single())
                    .isGreaterThan(mine);
            assertThat(verifier.verify().intact()).isTrue();
            tx.setRollbackOnly();
        });
    }
}
