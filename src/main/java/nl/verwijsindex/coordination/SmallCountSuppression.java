// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import nl.verwijsindex.coordination.FollowUpFigures.Figures;
import nl.verwijsindex.coordination.FollowUpFigures.Group;
import nl.verwijsindex.coordination.FollowUpFigures.Report;

/**
 * R-REPORTS: follow-up figures as they may be shown, so that none leads back to a youth or a professional. The one
 * place where small numbers are suppressed:
 * <ul>
 * <li>a count of 1 to 4 is shown as "&lt;5" (0 and 5 or more exactly);</li>
 * <li>a figure derived from fewer than 5 matches (a percentage, the median, the 90th percentile) is not shown, nor
 * a percentage whose part or remainder is a suppressed count;</li>
 * <li>when a total is shown and exactly one of the counts that add up to it is suppressed, it could be worked out
 * as the total minus the others: the smallest other count is then hidden as well (complementary suppression).
 * Applied to the state of the matches (in time, late, overdue, open), to the kinds, to the municipalities of a
 * region and to the months. The organisations are not a partition (a match counts for each organisation in it), so no sum gives
 * a hidden cell away there.</li>
 * </ul>
 */
public final class SmallCountSuppression {

    /** The smallest count shown as it is. */
    public static final int MINIMUM = 5;

    private SmallCountSuppression() {}

    public static ShownReport of(Report report) {
        return new ShownReport(
                report.scope(),
                report.from(),
                report.to(),
                of(report.total()),
                partition(report.total(), report.byMunicipality()),
                List.copyOf(groups(report.byOrganisation())),
                partition(report.total(), report.byMonth()));
    }

    /** Groups that add up to the total (municipalities, months): one suppressed group must not follow from it. */
    private static List<ShownGroup> partition(Figures total, List<Group> parts) {
        List<ShownGroup> shown = groups(parts);
        List<Cell> protectedCells = protect(
                cell(total.matches()),
                parts.stream().map(g -> g.figures().matches()).toList());
        for (int i = 0; i < shown.size(); i++) {
            ShownGroup g = shown.get(i);
            if (protectedCells.get(i).hidden()) {
                shown.set(i, new ShownGroup(g.key(), g.name(), g.figures().hiddenTotal()));
            }
        }
        return List.copyOf(shown);
    }

    public static ShownFigures of(Figures f) {
        Cell total = cell(f.matches());
        List<Cell> states = protect(total, List.of(f.consultedInTime(), f.consultedLate(), f.overdue(), f.open()));
        List<Integer> kindCounts = new ArrayList<>();
        f.matchesByKind().forEach(k -> {
            kindCounts.add(k.withinRegion());
            kindCounts.add(k.acrossRegions());
        });
        List<Cell> kindCells = protect(total, kindCounts);
        List<ShownKind> kinds = IntStream.range(0, f.matchesByKind().size())
                .mapToObj(i ->
                        new ShownKind(f.matchesByKind().get(i).kind(), kindCells.get(2 * i), kindCells.get(2 * i + 1)))
                .toList();
        int consulted = f.consultedInTime() + f.consultedLate();
        int due = f.matches() - f.open();
        return new ShownFigures(
                total,
                kinds,
                states.get(0),
                states.get(1),
                states.get(2),
                states.get(3),
                cell(f.escalated()),
                percentage(f.consultedInTime(), due),
                derived(f.medianWorkingDays(), consulted),
                derived(f.p90WorkingDays(), consulted));
    }

    /** A count: exactly when 0 or at least {@link #MINIMUM}, else "&lt;5". */
    public static Cell cell(int count) {
        return count == 0 || count >= MINIMUM ? new Cell(count, Integer.toString(count)) : Cell.SMALL;
    }

    /** The share of {@code part} in {@code basis}, when the basis is large enough and neither part nor rest is small. */
    static Cell percentage(int part, int basis) {
        int rest = basis - part;
        if (basis < MINIMUM || cell(part).small() || cell(rest).small()) {
            return Cell.HIDDEN;
        }
        long percent = Math.round(100.0 * part / basis);
        return new Cell(percent, percent + "%");
    }

    /** A figure computed from {@code basis} matches: shown with one decimal (Dutch comma) from 5 matches on. */
    static Cell derived(Double value, int basis) {
        if (value == null || basis < MINIMUM) {
            return Cell.HIDDEN;
        }
        double rounded = Math.round(value * 10) / 10.0;
        return new Cell(rounded, String.format(Locale.forLanguageTag("nl"), "%.1f", rounded));
    }

    /**
     * The parts of a shown total, with one more part hidden when exactly one is suppressed: the smallest part that
     * is still shown (ties: the first), so the suppressed one cannot be worked out from the total.
     */
    static List<Cell> protect(Cell total, List<Integer> parts) {
        List<Cell> cells =
                new ArrayList<>(parts.stream().map(SmallCountSuppression::cell).toList());
        long suppressed = cells.stream().filter(c -> !c.exact()).count();
        if (total.exact() && suppressed == 1) {
            IntStream.range(0, cells.size())
                    .filter(i -> cells.get(i).exact())
                    .boxed()
                    .min(Comparator.comparingInt(parts::get))
                    .ifPresent(i -> cells.set(i, Cell.HIDDEN));
        }
        return cells;
    }

    private static List<ShownGroup> groups(List<Group> groups) {
        return new ArrayList<>(groups.stream()
                .map(g -> new ShownGroup(g.key(), g.name(), of(g.figures())))
                .toList());
    }

    /**
     * One figure as shown.
     *
     * @param value the number, for a chart; null when it is not shown exactly
     * @param text  what a person reads: the number, "&lt;5", or "-" when it is hidden
     */
    public record Cell(Number value, String text) {

        static final Cell SMALL = new Cell(null, "<5");
        static final Cell HIDDEN = new Cell(null, "-");

        public boolean exact() {
            return value != null;
        }

        public boolean small() {
            return SMALL.equals(this);
        }

        public boolean hidden() {
            return HIDDEN.equals(this);
        }
    }

    public record ShownKind(String kind, Cell withinRegion, Cell acrossRegions) {}

    /**
     * @param percentInTime share of the matches whose deadline has come that were consulted in time
     */
    public record ShownFigures(
            Cell matches,
            List<ShownKind> matchesByKind,
            Cell consultedInTime,
            Cell consultedLate,
            Cell overdue,
            Cell open,
            Cell escalated,
            Cell percentInTime,
            Cell medianWorkingDays,
            Cell p90WorkingDays) {

        /** Hidden to protect another group's small count: so are the counts that add up to it. */
        ShownFigures hiddenTotal() {
            return new ShownFigures(
                    Cell.HIDDEN,
                    matchesByKind.stream()
                            .map(k -> new ShownKind(k.kind(), Cell.HIDDEN, Cell.HIDDEN))
                            .toList(),
                    Cell.HIDDEN,
                    Cell.HIDDEN,
                    Cell.HIDDEN,
                    Cell.HIDDEN,
                    escalated,
                    percentInTime,
                    medianWorkingDays,
                    p90WorkingDays);
        }
    }

    public record ShownGroup(String key, String name, ShownFigures figures) {}

    public record ShownReport(
            String scope,
            LocalDate from,
            LocalDate to,
            ShownFigures total,
            List<ShownGroup> byMunicipality,
            List<ShownGroup> byOrganisation,
            List<ShownGroup> byMonth) {}
}
