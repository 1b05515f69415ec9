// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * R-REPORTS, issue 17 (speed, docs/adr/0052): the suppressed cells of a table are remembered by its counts and flags;
 * a remembered table gives exactly the cells worked out for it, and any other count or flag is another table.
 */
class SuppressionMemoTest {

    @Test
    void R_REPORTS_aRememberedTableGivesTheCellsWorkedOutForItAndAnotherCountIsWorkedOutAgain() {
        Random random = new Random(52);
        int differed = 0;
        for (int run = 0; run < 40; run++) {
            int periods = new int[] {1, 5, 13}[random.nextInt(3)];
            boolean periodsAddUp = periods > 1;
            boolean rowsAddUp = random.nextBoolean();
            int[][] counts = table(random, 10 + random.nextInt(120), periods);
            boolean[][] expected = Publication.workedOut(counts, periodsAddUp, rowsAddUp);
            AtomicInteger worked = new AtomicInteger();

            boolean[][] first = SuppressionMemo.suppressed(counts, periodsAddUp, rowsAddUp, () -> {
                worked.incrementAndGet();
                return Publication.workedOut(counts, periodsAddUp, rowsAddUp);
            });
            boolean[][] again = SuppressionMemo.suppressed(counts, periodsAddUp, rowsAddUp, () -> {
                worked.incrementAndGet();
                return Publication.workedOut(counts, periodsAddUp, rowsAddUp);
            });
            assertThat(first).as("run %d, first", run).isDeepEqualTo(expected);
            assertThat(again).as("run %d, remembered", run).isDeepEqualTo(expected);
            assertThat(worked).as("run %d: worked out once", run).hasValue(1);
            assertThat(Publication.suppress(counts, periodsAddUp, rowsAddUp)).isDeepEqualTo(expected);

            // One count more, somewhere: another table, worked out again, not the remembered cells.
            int[][] changed = copy(counts);
            int r = random.nextInt(changed.length);
            int p = random.nextInt(periods);
            changed[r][p] = changed[r][p] >= 5 ? 3 : 7;
            boolean[][] expectedChanged = Publication.workedOut(changed, periodsAddUp, rowsAddUp);
            boolean[][] gotChanged = SuppressionMemo.suppressed(changed, periodsAddUp, rowsAddUp, () -> {
                worked.incrementAndGet();
                return Publication.workedOut(changed, periodsAddUp, rowsAddUp);
            });
            assertThat(worked).as("run %d: the changed table worked out", run).hasValue(2);
            assertThat(gotChanged).as("run %d, changed", run).isDeepEqualTo(expectedChanged);
            if (!Arrays.deepEquals(expected, expectedChanged)) {
                differed++;
            }

            // The same counts with the other rows flag: another table as well.
            boolean[][] otherFlag = SuppressionMemo.suppressed(counts, periodsAddUp, !rowsAddUp, () -> {
                worked.incrementAndGet();
                return Publication.workedOut(counts, periodsAddUp, !rowsAddUp);
            });
            assertThat(worked).as("run %d: the other flag worked out", run).hasValue(3);
            assertThat(otherFlag).isDeepEqualTo(Publication.workedOut(counts, periodsAddUp, !rowsAddUp));
        }
        assertThat(differed).as("changed tables whose cells differ").isGreaterThan(10);
    }

    @Test
    void R_REPORTS_theMemoKeepsTheMostRecentlyUsedTablesOnly() {
        int[][] first = {{1, 7, 8}, {9, 9, 18}};
        AtomicInteger worked = new AtomicInteger();
        SuppressionMemo.suppressed(first, true, false, () -> {
            worked.incrementAndGet();
            return Publication.workedOut(first, true, false);
        });
        for (int i = 0; i < SuppressionMemo.CAPACITY; i++) {
            int[][] other = {{1, 7, 8}, {9, 1000 + i, 1009 + i}};
            SuppressionMemo.suppressed(other, true, false, () -> Publication.workedOut(other, true, false));
        }
        assertThat(SuppressionMemo.size()).isLessThanOrEqualTo(SuppressionMemo.CAPACITY);
        SuppressionMemo.suppressed(first, true, false, () -> {
            worked.incrementAndGet();
            return Publication.workedOut(first, true, false);
        });
        assertThat(worked)
                .as("the oldest table was forgotten and worked out again")
                .hasValue(2);
    }

    private static int[][] table(Random random, int rows, int periods) {
        int[][] counts = new int[rows][periods];
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                int kind = random.nextInt(4);
                counts[r][p] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : 5 + random.nextInt(30);
            }
        }
        return counts;
    }

    private static int[][] copy(int[][] counts) {
        int[][] copy = new int[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            copy[r] = counts[r].clone();
        }
        return copy;
    }
}
