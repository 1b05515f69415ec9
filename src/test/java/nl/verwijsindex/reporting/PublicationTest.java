// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.reporting.Publication.Published;
import nl.verwijsindex.reporting.Report.Row;
import nl.verwijsindex.reporting.Report.RowKind;

/**
 * R-REPORTS, safe to publish: on generated reports full of small counts, an attacker who knows that a year is the sum
 * of its periods and a total the sum of its rows tries every difference (a year minus its other quarters, a total
 * minus the other rows) and then solves all those sums together; no suppressed count may come out.
 */
class PublicationTest {

    @Test
    void R_REPORTS_countsOfOneToFourAreShownAsLessThanFiveAndZeroAndFiveOrMoreExactly() {
        Published shown = Publication.of(report(Dimension.MUNICIPALITY, new int[][] {{0, 3, 7, 10}}, Measure.SIGNALS));
        List<String> texts = shown.rows().get(0).cells().stream()
                .map(period -> period.get(Measure.SIGNALS.ordinal()).text())
                .toList();
        assertThat(texts.get(0)).isEqualTo("0");
        assertThat(texts.get(1)).isEqualTo("<5");
        assertThat(texts).doesNotContain("3");
    }

    @Test
    void R_REPORTS_aYearMinusItsOtherQuartersDoesNotGiveASuppressedQuarterAway() {
        // One municipality, four quarters and the year: 3 would be the year minus the other three.
        int[][] counts = {{3, 20, 30, 40, 93}, {3, 20, 30, 40, 93}};
        boolean[][] suppressed = Publication.suppress(counts, true, true);
        assertThat(suppressed[0][0]).isTrue();
        assertThat(determined(counts, suppressed, true, true))
                .as("suppressed cells that follow from the shown ones")
                .isEmpty();
    }

    @Test
    void R_REPORTS_withoutComplementarySuppressionTheAttackerFindsTheSmallCount() {
        // Proves the attacker below can find a value: only the small counts hidden.
        int[][] counts = {{3, 20, 30, 40, 93}, {6, 7, 8, 9, 30}, {9, 27, 38, 49, 123}};
        boolean[][] onlySmall = new boolean[3][5];
        onlySmall[0][0] = true;
        assertThat(determined(counts, onlySmall, true, true)).containsExactly(List.of(0, 0));
    }

    @Test
    void R_REPORTS_noSuppressedCountCanBeWorkedOutFromPublishedNeighboursOnGeneratedReports() {
        Random random = new Random(17);
        for (int run = 0; run < 400; run++) {
            int groups = 1 + random.nextInt(6);
            int periods = new int[] {1, 4, 12}[random.nextInt(3)];
            boolean rowsAddUp = random.nextBoolean();
            int[][] counts = generated(random, groups, periods, rowsAddUp);
            boolean periodsAddUp = periods > 1;
            boolean[][] suppressed = Publication.suppress(counts, periodsAddUp, rowsAddUp);
            for (int r = 0; r < counts.length; r++) {
                for (int p = 0; p < counts[0].length; p++) {
                    if (counts[r][p] >= 1 && counts[r][p] <= 4) {
                        assertThat(suppressed[r][p]).as("a count of 1 to 4").isTrue();
                    }
                }
            }
            assertThat(differences(counts, suppressed, periodsAddUp, rowsAddUp))
                    .as("run %d: a suppressed cell is a shown sum minus shown parts", run)
                    .isEmpty();
            assertThat(determined(counts, suppressed, periodsAddUp, rowsAddUp))
                    .as("run %d: suppressed cells that follow from all sums together", run)
                    .isEmpty();
        }
    }

    /**
     * Issue 17 (speed): hiding cells in one pass with the bridges kept up to date hides exactly the cells that asking
     * for the first exposed cell again after each does, on tables of many rows.
     */
    @Test
    void R_REPORTS_onePassHidesTheSameCellsAsSearchingTheBridgesAgainAfterEachCell() {
        Random random = new Random(29);
        for (int run = 0; run < 40; run++) {
            int periods = new int[] {1, 4, 12}[random.nextInt(3)];
            boolean rowsAddUp = random.nextBoolean();
            int[][] counts = generated(random, 20 + random.nextInt(60), periods, rowsAddUp);
            int rows = counts.length;
            int columns = counts[0].length;
            boolean[][] onePass = new boolean[rows][columns];
            boolean[][] again = new boolean[rows][columns];
            long[][] cost = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < columns; p++) {
                    onePass[r][p] = again[r][p] = counts[r][p] >= 1 && counts[r][p] <= 4;
                    cost[r][p] = counts[r][p] == 0 ? 1_000_000_000_000L : 1_000_000L + counts[r][p];
                }
            }
            SuppressionGraph graph = new SuppressionGraph(rows, columns, periods > 1, rowsAddUp);
            graph.closeAll(onePass, cost);
            for (int[] exposed = graph.firstExposed(again); exposed != null; exposed = graph.firstExposed(again)) {
                graph.cycleThrough(exposed, again, cost).forEach(c -> again[c[0]][c[1]] = true);
            }
            assertThat(onePass).as("run %d", run).isDeepEqualTo(again);
        }
    }

    /** Rows of small and larger counts, their total row, each with its year. */
    private static int[][] generated(Random random, int groups, int periods, boolean rowsAddUp) {
        int columns = periods == 1 ? 1 : periods + 1;
        int[][] counts = new int[groups + 1][columns];
        for (int r = 0; r < groups; r++) {
            for (int p = 0; p < periods; p++) {
                int kind = random.nextInt(4);
                counts[r][p] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(40);
            }
        }
        for (int p = 0; p < periods; p++) {
            for (int r = 0; r < groups; r++) {
                counts[groups][p] += counts[r][p];
            }
            if (!rowsAddUp) {
                counts[groups][p] = Math.max(0, counts[groups][p] - random.nextInt(5)); // a match in two rows
            }
        }
        if (periods > 1) {
            for (int r = 0; r <= groups; r++) {
                for (int p = 0; p < periods; p++) {
                    counts[r][periods] += counts[r][p];
                }
            }
        }
        return counts;
    }

    /** The single differences: a sum minus its other parts, where exactly one part (or the sum) is unknown. */
    private static List<List<Integer>> differences(
            int[][] counts, boolean[][] suppressed, boolean periodsAddUp, boolean rowsAddUp) {
        List<List<Integer>> found = new ArrayList<>();
        for (List<int[]> line : lines(counts.length, counts[0].length, periodsAddUp, rowsAddUp)) {
            List<int[]> unknown =
                    line.stream().filter(c -> suppressed[c[0]][c[1]]).toList();
            if (unknown.size() == 1) {
                found.add(List.of(unknown.get(0)[0], unknown.get(0)[1]));
            }
        }
        return found;
    }

    /** Every sum as a list of cells; the sum itself (year or total) is the last. */
    private static List<List<int[]>> lines(int rows, int periods, boolean periodsAddUp, boolean rowsAddUp) {
        List<List<int[]>> lines = new ArrayList<>();
        if (periodsAddUp) {
            for (int r = 0; r < rows; r++) {
                List<int[]> line = new ArrayList<>();
                for (int p = 0; p < periods; p++) {
                    line.add(new int[] {r, p});
                }
                lines.add(line);
            }
        }
        if (rowsAddUp) {
            for (int p = 0; p < periods; p++) {
                List<int[]> line = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    line.add(new int[] {r, p});
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Gaussian elimination over all sums at once, in the unknown cells: a cell is worked out exactly when a row of
     * the reduced system has it as its only unknown.
     */
    static List<List<Integer>> determined(
            int[][] counts, boolean[][] suppressed, boolean periodsAddUp, boolean rowsAddUp) {
        int rows = counts.length;
        int periods = counts[0].length;
        List<int[]> unknowns = new ArrayList<>();
        int[][] index = new int[rows][periods];
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                index[r][p] = -1;
                if (suppressed[r][p]) {
                    index[r][p] = unknowns.size();
                    unknowns.add(new int[] {r, p});
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (List<int[]> line : lines(rows, periods, periodsAddUp, rowsAddUp)) {
            double[] equation = new double[unknowns.size()];
            for (int i = 0; i < line.size(); i++) {
                int[] c = line.get(i);
                if (index[c[0]][c[1]] >= 0) {
                    equation[index[c[0]][c[1]]] = i == line.size() - 1 ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        int pivotRow = 0;
        for (int col = 0; col < unknowns.size() && pivotRow < equations.size(); col++) {
            int found = -1;
            for (int r = pivotRow; r < equations.size(); r++) {
                if (Math.abs(equations.get(r)[col]) > 1e-9) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            double[] pivot = equations.get(found);
            equations.set(found, equations.get(pivotRow));
            equations.set(pivotRow, pivot);
            double scale = pivot[col];
            for (int k = 0; k < pivot.length; k++) {
                pivot[k] /= scale;
            }
            for (int r = 0; r < equations.size(); r++) {
                double[] other = equations.get(r);
                if (r != pivotRow && Math.abs(other[col]) > 1e-9) {
                    double factor = other[col];
                    for (int k = 0; k < other.length; k++) {
                        other[k] -= factor * pivot[k];
                    }
                }
            }
            pivotRow++;
        }
        List<List<Integer>> found = new ArrayList<>();
        for (double[] equation : equations) {
            int nonZero = 0;
            int last = -1;
            for (int k = 0; k < equation.length; k++) {
                if (Math.abs(equation[k]) > 1e-9) {
                    nonZero++;
                    last = k;
                }
            }
            if (nonZero == 1) {
                found.add(List.of(unknowns.get(last)[0], unknowns.get(last)[1]));
            }
        }
        return found;
    }

    /** One group row and the total, with the given counts for one measure per period (the year last). */
    private static Report report(Dimension dimension, int[][] perPeriod, Measure measure) {
        int periods = perPeriod[0].length;
        int[][] counts = new int[periods][Measure.values().length];
        for (int p = 0; p < periods; p++) {
            counts[p][measure.ordinal()] = perPeriod[0][p];
        }
        List<String> names = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            names.add("p" + p);
        }
        return new Report(
                ReportScope.region("r"),
                2026,
                Granularity.YEAR,
                dimension,
                names,
                List.of(
                        new Row("GM0001", "Eén", RowKind.GROUP, counts),
                        new Row("TOTAL", "Totaal", RowKind.TOTAL, counts)));
    }
}
