// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.logbook.LogbookEntry.Action;

/**
 * ADR 0022: when a youth moves to a new key, the logbook's references follow, also those of entries that were
 * being written about the youth at that moment, so none stays under a key that is to be retired.
 */
@IntegrationTest
class LogbookRekeyingTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    Logbook logbook;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LogbookSearch search;

    @Test
    void
            R_LOGBOOK_entriesOfAMovedYouthFollowItAndAnEntryWrittenWithThePreviousIndexAfterwardsIsStoredUnderTheCurrentOne() {
        UUID professional = UUID.randomUUID();
        byte[] previous = blindIndex();
        byte[] current = blindIndex();
        logbook.record(entry(professional, previous, "before"));

        logbook.reindexYouth(previous, current);
        // A module that read the youth's index before the move writes after it.
        logbook.record(entry(professional, previous, "after"));

        assertThat(indexesOf(professional)).containsExactly(current, current);
    }

    @Test
    void R_LOGBOOK_anEntryThatCommittedWithThePreviousIndexWhileTheYouthMovedFollowsItAtTheNextRun() {
        UUID professional = UUID.randomUUID();
        byte[] previous = blindIndex();
        byte[] current = blindIndex();
        // Committed with the previous index after the move's update ran, but before the move itself committed:
        // the move did not see it, and it did not see the move.
        logbook.record(entry(professional, previous, "during"));
        jdbc.sql("insert into logbook_youth_reindex (previous_index, current_index, moved_at) values (:p, :c, :at)")
                .param("p", previous)
                .param("c", current)
                .param("at", OffsetDateTime.now())
                .update();
        assertThat(indexesOf(professional)).containsExactly(previous);

        assertThat(logbook.reindexLateEntries()).isPositive();

        assertThat(indexesOf(professional)).containsExactly(current);
    }

    @Test
    void R_LOGBOOK_whatWasDoneBeforeAYouthMovedIsStillFoundByItsCurrentIndexAfterTheOldKeysAreRetired() {
        UUID professional = UUID.randomUUID();
        byte[] underKey1 = blindIndex();
        byte[] underKey2 = blindIndex();
        byte[] underKey3 = blindIndex();
        logbook.record(entry(professional, underKey1, "under key 1"));
        logbook.reindexYouth(underKey1, underKey2);
        logbook.record(entry(professional, underKey2, "under key 2"));
        logbook.reindexYouth(underKey2, underKey3);
        logbook.record(entry(professional, underKey3, "under key 3"));

        // Only the current key is configured: the officer's search has the youth's index under it alone.
        assertThat(search.search(new LogbookSearch.Criteria(List.of(underKey3), professional, null, null, null)))
                .extracting(LogbookSearch.Found::subjectId)
                .containsExactly("under key 1", "under key 2", "under key 3");
        assertThat(search.search(new LogbookSearch.Criteria(List.of(blindIndex()), professional, null, null, null)))
                .isEmpty();
    }

    @Test
    void R_LOGBOOK_aMoveIsRememberedForADayAndThenForgotten() {
        byte[] previous = blindIndex();
        jdbc.sql("insert into logbook_youth_reindex (previous_index, current_index, moved_at) values (:p, :c, :at)")
                .param("p", previous)
                .param("c", blindIndex())
                .param("at", OffsetDateTime.now().minusDays(2))
                .update();

        logbook.reindexLateEntries();

        assertThat(jdbc.sql("select count(*) from logbook_youth_reindex where previous_index = :p")
                        .param("p", previous)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<byte[]> indexesOf(UUID professional) {
        return jdbc.sql("select youth_index from logbook_entry where professional_id = :p order by id")
                .param("p", professional)
                .query(byte[].class)
                .list();
    }

    private static byte[] blindIndex() {
        byte[] index = new byte[32];
        RANDOM.nextBytes(index);
        return index;
    }

    private static LogbookEntry entry(UUID professional, byte[] youth, String subject) {
        return new LogbookEntry(Action.SIGNALS_VIEWED, Actor.user("test"), professional, null, youth, null, subject);
    }
}
