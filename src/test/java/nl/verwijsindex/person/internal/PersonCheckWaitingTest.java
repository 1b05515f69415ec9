// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;

/**
 * The waiting youths of the health component {@code personRegister} and {@code GET /api/v1/admin/person-register}
 * (issue 18, docs/adr/0055): the same figures as a count over the whole of {@code youth_person}, read from the
 * partial indexes of the youths due and of the failed checks, so a health probe does not scan a row per youth.
 */
@IntegrationTest
class PersonCheckWaitingTest extends IntegrationTestBase {

    /** Due in the far future, so the scheduled checks of the shared context leave these rows alone. */
    private static final OffsetDateTime LATER = OffsetDateTime.of(2999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    PersonCheckQueue queue;

    @Autowired
    PlatformTransactionManager transactionManager;

    private DueYouths youths;

    @BeforeEach
    void youths() {
        youths = new DueYouths(jdbc);
    }

    @AfterEach
    void removeTheYouths() {
        youths.removeAll();
    }

    @Test
    void theWaitingYouthsAreCountedAsOverTheWholeTableAndTheLatestErrorIsTheLatestDue() {
        String error = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
        youths.byNumber(null, 0, null); // checked, not waiting
        youths.byNumber(LATER.minusDays(2), 0, null); // due, never failed
        youths.byNumber(LATER.minusDays(1), 0, "UNREACHABLE"); // failed before, due again with a fresh count (markDue)
        youths.byNumber(LATER.minusDays(3), 2, "TIMEOUT"); // failing, an earlier error
        youths.byNumber(LATER, 1, error); // failing, the latest due

        TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        snapshot.executeWithoutResult(status -> {
            PersonCheckQueue.Waiting waiting = queue.waiting();
            // the definition before V83: every row of youth_person read
            PersonCheckQueue.Waiting whole = jdbc.sql("""
                            select count(*) filter (where sync_due_at is not null) as due,
                                   count(*) filter (where sync_due_at is not null and sync_attempts > 0) as failing,
                                   (select sync_error from youth_person where sync_error is not null
                                    order by sync_due_at desc nulls last limit 1) as last_error
                            from youth_person""")
                    .query((rs, n) -> new PersonCheckQueue.Waiting(
                            rs.getLong("due"), rs.getLong("failing"), rs.getString("last_error")))
                    .single();
            assertThat(waiting).isEqualTo(whole);
            assertThat(waiting.due()).isGreaterThanOrEqualTo(4);
            assertThat(waiting.failing()).isGreaterThanOrEqualTo(2);
            assertThat(waiting.lastError()).isEqualTo(error);
        });
    }

    @Test
    void countingTheWaitingYouthsReadsOnlyThePartialIndexesOfTheDueAndTheFailed() {
        youths.byNumber(LATER, 1, "TIMEOUT");
        List<String> plan = new TransactionTemplate(transactionManager).execute(status -> {
            // a table this small would be read whole anyway: forbid that, so the plan shows whether an index serves
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain " + PersonCheckQueue.WAITING)
                    .query(String.class)
                    .list();
        });
        String text = String.join("\n", plan);
        assertThat(text).doesNotContain("Seq Scan on youth_person");
        // every index read is one of the two partial ones (a full index such as the primary key would be a row per
        // youth too)
        List<String> indexes = new ArrayList<>();
        Matcher used = Pattern.compile("(?:using|Bitmap Index Scan on) (\\w+)").matcher(text);
        while (used.find()) {
            indexes.add(used.group(1));
        }
        assertThat(indexes)
                .as(text)
                .isNotEmpty()
                .allMatch(index ->
                        index.equals("youth_person_sync_due_idx") || index.equals("youth_person_sync_error_idx"));
    }
}
