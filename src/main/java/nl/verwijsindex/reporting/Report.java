// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.util.List;

/**
 * A report's exact counts, before {@link Publication} makes them safe to publish: never shown as they are.
 *
 * @param periods the column groups: the months or quarters of the year, then the year itself (always last)
 * @param rows    the groups by name, then "other" (organisations of one or two professionals, merged) and "unknown",
 *                then the total (always last)
 */
public record Report(
        ReportScope scope,
        int year,
        Granularity granularity,
        Dimension dimension,
        List<String> periods,
        List<Row> rows) {

    public Report {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    public Row total() {
        return rows.get(rows.size() - 1);
    }

    /** Whether the rows other than the total add up to it for this measure: a region's municipalities do. */
    public boolean rowsAddUp(Measure measure) {
        return dimension == Dimension.MUNICIPALITY || dimension == Dimension.REGION || measure.onePerFact();
    }

    /**
     * @param counts per period (in the order of {@link Report#periods()}), per {@link Measure} (its ordinal)
     */
    public record Row(String key, String name, RowKind kind, int[][] counts) {

        public int count(int period, Measure measure) {
            return counts[period][measure.ordinal()];
        }
    }

    public enum RowKind {
        GROUP,
        OTHER,
        UNKNOWN,
        TOTAL
    }
}
