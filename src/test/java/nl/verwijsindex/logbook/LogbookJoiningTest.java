// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.logbook.StoredLinks.Link;

/**
 * R-LOGBOOK, issue 18 (ADR 0047): an entry recorded outside a transaction (the person register's answer before a
 * registration) is written with the next transaction that records an entry, and never lost when none does.
 */
@IntegrationTest
class LogbookJoiningTest {

    @Autowired
    Logbook logbook;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void R_LOGBOOK_anEntryRecordedOutsideATransactionIsWrittenWithTheNextOneThatRecords() {
        UUID professional = UUID.randomUUID();
        logbook.joiningTheNextTransaction(() -> {
            logbook.record(entry(professional, "asked"));
            assertThat(rowsOf(professional)).as("held, not yet written").isEmpty();
            transactions.executeWithoutResult(tx -> logbook.record(entry(professional, "registered")));
            return null;
        });

        List<Link> rows = rowsOf(professional);
        assertThat(rows).extracting(Link::subject).containsExactly("asked", "registered");
        assertThat(rows.get(1).chain()).isEqualTo(rows.get(0).chain());
        assertThat(rows.get(1).previous())
                .as("one transaction's entries, linked in a row")
                .isEqualTo(rows.get(0).hash());
    }

    @Test
    void R_LOGBOOK_heldEntriesAreWrittenWithATransactionThatTakesThemThoughItRecordsNone() {
        UUID professional = UUID.randomUUID();
        logbook.joiningTheNextTransaction(() -> {
            logbook.record(entry(professional, "asked"));
            logbook.record(entry(professional, "asked again"));
            transactions.executeWithoutResult(tx -> {
                logbook.writeHeldWithThisTransaction();
                jdbc.sql("select 1").query(Integer.class).single();
            });
            assertThat(rowsOf(professional))
                    .as("written at that transaction's commit, before the work ends")
                    .extracting(Link::subject)
                    .containsExactly("asked", "asked again");
            return null;
        });

        List<Link> rows = rowsOf(professional);
        assertThat(rows).as("once, not again when the work ends").hasSize(2);
        assertThat(rows.get(1).previous()).isEqualTo(rows.get(0).hash());
    }

    @Test
    void R_LOGBOOK_heldEntriesTakenByATransactionThatRollsBackAreWrittenWhenTheWorkEnds() {
        UUID professional = UUID.randomUUID();
        logbook.joiningTheNextTransaction(() -> {
            logbook.record(entry(professional, "asked"));
            transactions.executeWithoutResult(tx -> {
                logbook.writeHeldWithThisTransaction();
                tx.setRollbackOnly();
            });
            assertThat(rowsOf(professional)).isEmpty();
            return null;
        });

        assertThat(rowsOf(professional)).extracting(Link::subject).containsExactly("asked");
    }

    @Test
    void R_LOGBOOK_aHeldEntryIsStillWrittenWhenTheTransactionRollsBack() {
        UUID professional = UUID.randomUUID();
        logbook.joiningTheNextTransaction(() -> {
            logbook.record(entry(professional, "asked"));
            transactions.executeWithoutResult(tx -> {
                logbook.record(entry(professional, "rolled back"));
                tx.setRollbackOnly();
            });
            assertThat(rowsOf(professional)).isEmpty();
            return null;
        });

        assertThat(rowsOf(professional)).extracting(Link::subject).containsExactly("asked");
    }

    @Test
    void R_LOGBOOK_aHeldEntryIsStillWrittenWhenTheWorkFails() {
        UUID professional = UUID.randomUUID();
        assertThatThrownBy(() -> logbook.joiningTheNextTransaction(() -> {
                    logbook.record(entry(professional, "asked"));
                    throw new IllegalStateException("the registration was refused");
                }))
                .hasMessage("the registration was refused");

        assertThat(rowsOf(professional)).extracting(Link::subject).containsExactly("asked");
    }

    private List<Link> rowsOf(UUID professional) {
        return StoredLinks.of(jdbc, professional);
    }

    private static LogbookEntry entry(UUID professional, String subject) {
        return new LogbookEntry(
                Action.PERSON_REGISTER_QUERIED, Actor.user("test"), professional, null, null, null, subject);
    }
}
