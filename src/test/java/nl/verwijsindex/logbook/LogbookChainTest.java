// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.logbook.internal.ChainVerifier;
import nl.verwijsindex.logbook.internal.Checkpoints;

/**
 * R-LOGBOOK (NEN 7513, issue 12): the logbook is a hash chain that shows a changed entry, the application's
 * database role can only append to it, and its head is checkpointed outside the database.
 */
@IntegrationTest
class LogbookChainTest {

    @Autowired
    Logbook logbook;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void R_LOGBOOK_everyEntryCarriesTheHashOfTheOneBeforeIt() {
        UUID professional = UUID.randomUUID();
        // One transaction's entries follow each other in one chain (ADR 0047).
        transactions.executeWithoutResult(tx -> {
            logbook.record(entry(professional, "first"));
            logbook.record(entry(professional, "second"));
        });

        List<Object[]> links = jdbc.sql("""
                        select chain, previous_hash, hash from logbook_entry where professional_id = :p order by id""")
                .param("p", professional)
                .query((rs, n) -> new Object[] {rs.getInt("chain"), rs.getBytes("previous_hash"), rs.getBytes("hash")})
                .list();
        assertThat(links).hasSize(2);
        assertThat(links.get(1)[0]).isEqualTo(links.get(0)[0]);
        assertThat((byte[]) links.get(0)[2]).hasSize(32);
        assertThat(links.get(1)[1]).isEqualTo(links.get(0)[2]);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void R_LOGBOOK_chainVerificationDetectsAnAlteredRow() {
        UUID professional = UUID.randomUUID();
        logbook.record(entry(professional, "original"));
        logbook.record(entry(professional, "after"));
        long id = jdbc.sql("select min(id) from logbook_entry where professional_id = :p")
                .param("p", professional)
                .query(Long.class)
                .single();
        assertThat(verifier.verify().intact()).isTrue();

        // As the database superuser, past the append-only trigger: what an insider with full rights could do.
        asSuperuserPastTheTrigger("update logbook_entry set subject_id = 'altered' where id = " + id);
        try {
            ChainCheck check = verifier.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenId()).isEqualTo(id);
            assertThat(check.toString()).contains("broken at entry " + id);
        } finally {
            asSuperuserPastTheTrigger("update logbook_entry set subject_id = 'original' where id = " + id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void R_LOGBOOK_aRemovedEntryBreaksTheLinkOfTheNext() {
        UUID professional = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            logbook.record(entry(professional, "one"));
            logbook.record(entry(professional, "two"));
            logbook.record(entry(professional, "three"));
        });
        List<Long> ids = jdbc.sql("select id from logbook_entry where professional_id = :p order by id")
                .param("p", professional)
                .query(Long.class)
                .list();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("delete from logbook_entry where id = :id")
                    .param("id", ids.get(1))
                    .update();
            // The three are one transaction's, so they follow each other in one chain.
            assertThat(verifier.verify().firstBrokenId()).isEqualTo(ids.get(2));
            tx.setRollbackOnly();
        });
    }

    @Test
    void R_LOGBOOK_theApplicationRoleMayOnlyInsertIntoTheLogbook() {
        jdbc.sql("""
                        do $$ begin
                            if not exists (select 1 from pg_roles where rolname = 'verwijsindex_app_test') then
                                create role verwijsindex_app_test nologin;
                            end if;
                        end $$""").update();
        // What an operator grants the application role on every table (README), then the migration's narrowing.
        jdbc.sql("grant select, insert, update, delete on all tables in schema public to verwijsindex_app_test")
                .update();
        jdbc.sql("select logbook_grant_append_only('verwijsindex_app_test')")
                .query(Object.class)
                .single();

        UUID professional = UUID.randomUUID();
        // The entry is appended as the transaction commits, still as the application role.
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("set local role verwijsindex_app_test").update();
            logbook.record(entry(professional, "appended by the application role"));
        });
        assertThat(jdbc.sql("select count(*) from logbook_entry where professional_id = :p")
                        .param("p", professional)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // ADR 0047: the role moves a chain's head, never creates, removes or renumbers one.
        for (String change : List.of(
                "update logbook_entry set subject_id = 'changed'",
                "delete from logbook_entry",
                "truncate logbook_entry",
                "insert into logbook_chain_head (id, last_hash) values (17, decode(repeat('00', 32), 'hex'))",
                "delete from logbook_chain_head where id = 16",
                "update logbook_chain_head set id = 15 where id = 16")) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                        jdbc.sql("set local role verwijsindex_app_test").update();
                        jdbc.sql(change).update();
                    }))
                    .as(change)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void R_LOGBOOK_evenTheOwnerCannotChangeOrRemoveAnEntry() {
        logbook.record(entry(UUID.randomUUID(), "kept"));
        assertThatThrownBy(() -> jdbc.sql("update logbook_entry set subject_id = 'changed'")
                        .update())
                .hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> jdbc.sql("delete from logbook_entry").update())
                .hasMessageContaining("cannot be changed or removed");
    }

    @Test
    void R_LOGBOOK_theDailyCheckpointWritesTheChainsHeadOutsideTheDatabase() throws Exception {
        logbook.record(entry(UUID.randomUUID(), "checkpointed"));

        List<String> lines = checkpoints.write();

        // One line a chain (ADR 0047), each naming its head's last entry and hash.
        assertThat(lines)
                .hasSize(jdbc.sql("select count(*) from logbook_chain_head")
                        .query(Integer.class)
                        .single());
        assertThat(lines.get(0)).startsWith("logbook checkpoint chain=1 id=").contains(" hash=", " at=");
        assertThat(Files.readAllLines(Path.of(
                        System.getProperty("verwijsindex.test.target", "target"),
                        "test-data/logbook/logbook-checkpoints.txt")))
                .containsAll(lines);
    }

    private void asSuperuserPastTheTrigger(String sql) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).update();
        });
    }

    private static LogbookEntry entry(UUID professional, String subject) {
        return new LogbookEntry(
                Action.SIGNALS_VIEWED, Actor.user("test"), professional, null, new byte[] {1, 2, 3}, null, subject);
    }
}
