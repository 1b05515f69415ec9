// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.verwijsindex.coordination.SmallCountSuppression;
import nl.verwijsindex.coordination.SmallCountSuppression.Cell;
import nl.verwijsindex.reporting.Report.Row;

/**
 * R-REPORTS: a report as it may be published, on a page, in a download or over the API, so that no figure leads
 * back to a youth or a professional (docs/adr/0030):
 * <ul>
 * <li>a count of 1 to 4 is shown as "&lt;5" ({@link SmallCountSuppression#cell}, as the follow-up figures);</li>
 * <li>an organisation of one or two professionals is already merged into "other" by {@link Reports};</li>
 * <li>no suppressed count can be worked out from what is shown: a year is the sum of its months or quarters and the
 * total the sum of the rows (where they add up, {@link Report#rowsAddUp}), so every suppressed cell must lie on a
 * cycle of suppressed cells through those sums ({@link SuppressionGraph}). For one that does not, the fewest and
 * smallest shown cells that close such a cycle are hidden as well ("-"), a 0 only when nothing else will do.</li>
 * </ul>
 */
public final class Publication {

    static final Cell HIDDEN = new Cell(null, "-");

    /** Hiding a cell costs more than any count, so the fewest cells are hidden, then the smallest. */
    private static final long CELL_COST = 1_000_000L;

    /**
     * A 0 is hidden only when nothing else will do: a suppressed count next to a hidden 0 could be bounded by the sum
     * (a count of 1 to 4 plus a hidden 0 that add up to 1 are 1 and 0).
     */
    private static final long ZERO_COST = 1_000_000_000_000L;

    private Publication() {}

    public static Published of(Report report) {
        int rows = report.rows().size();
        int periods = report.periods().size();
        Cell[][][] cells = new Cell[rows][periods][Measure.values().length];
        // The columns are independent of each other (no column is a sum of others), so they are made safe side by side
        // (issue 17): each writes only its own cells.
        Arrays.stream(Measure.values()).parallel().forEach(m -> {
            int[][] counts = new int[rows][periods];
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    counts[r][p] = report.rows().get(r).count(p, m);
                }
            }
            boolean[][] suppressed = suppress(counts, periods > 1, report.rowsAddUp(m) && rows > 1);
            Cells shown = new Cells();
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    Cell cell = shown.of(counts[r][p]);
                    cells[r][p][m.ordinal()] = suppressed[r][p] && cell.exact() ? HIDDEN : cell;
                }
            }
        });
        List<PublishedRow> published = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Row row = report.rows().get(r);
            published.add(new PublishedRow(
                    row.key(),
                    row.name(),
                    row.kind().name(),
                    Arrays.stream(cells[r]).map(List::of).toList()));
        }
        return new Published(
                report.scope(),
                report.year(),
                report.granularity(),
                report.dimension(),
                report.periods(),
                Arrays.stream(Measure.values())
                        .map(m -> new Column(m.name(), m.label()))
                        .toList(),
                published);
    }

    /**
     * Which cells of one measure's table (rows by periods, the total row and the year last) are not shown exactly:
     * the small counts, and the cells hidden so that none of those can be worked out. The same table gives the same
     * cells, so they are remembered by the table ({@link SuppressionMemo}, docs/adr/0052).
     *
     * @param periodsAddUp whether each row's periods add up to its year (last)
     * @param rowsAddUp    whether each period's rows add up to its total (last row)
     */
    static boolean[][] suppress(int[][] counts, boolean periodsAddUp, boolean rowsAddUp) {
        return SuppressionMemo.suppressed(
                counts, periodsAddUp, rowsAddUp, () -> workedOut(counts, periodsAddUp, rowsAddUp));
    }

    /**
     * {@link #suppress} worked out, without {@link SuppressionMemo}: the small counts, then the cells hidden so that
     * none of them can be worked out from the others.
     */
    static boolean[][] workedOut(int[][] counts, boolean periodsAddUp, boolean rowsAddUp) {
        int rows = counts.length;
        int periods = counts[0].length;
        boolean[][] suppressed = new boolean[rows][periods];
        Cells shown = new Cells();
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                suppressed[r][p] = !shown.of(counts[r][p]).exact();
            }
        }
        SuppressionGraph graph = new SuppressionGraph(rows, periods, periodsAddUp, rowsAddUp);
        long[][] cost = new long[rows][periods];
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                cost[r][p] = counts[r][p] == 0 ? ZERO_COST : CELL_COST + counts[r][p];
            }
        }
        graph.closeAll(suppressed, cost);
        return suppressed;
    }

    /**
     * {@link SmallCountSuppression#cell} of each count once (issue 17): a report of two thousand organisations has close
     * to a million cells, mostly a few small numbers, and a cell is an immutable value. For one thread.
     */
    private static final class Cells {

        private final Cell[] known = new Cell[1024];

        Cell of(int count) {
            if (count < 0 || count >= known.length) {
                return SmallCountSuppression.cell(count);
            }
            Cell cell = known[count];
            if (cell == null) {
                cell = SmallCountSuppression.cell(count);
                known[count] = cell;
            }
            return cell;
        }
    }

    /**
     * @param periods the months or quarters, then the year (always last)
     * @param rows    the groups, "other", "unknown", then the total (always last)
     */
    public record Published(
            ReportScope scope,
            int year,
            Granularity granularity,
            Dimension dimension,
            List<String> periods,
            List<Column> columns,
            List<PublishedRow> rows) {}

    public record Column(String measure, String label) {}

    /**
     * @param kind  GROUP, OTHER (merged small organisations), UNKNOWN or TOTAL
     * @param cells per period, per column: {@code {"value": 12, "text": "12"}}, or no value and "&lt;5" or "-"
     */
    public record PublishedRow(String key, String name, String kind, List<List<Cell>> cells) {}
}
