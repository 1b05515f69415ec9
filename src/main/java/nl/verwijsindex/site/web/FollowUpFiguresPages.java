// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.FollowUpFigures;
import nl.verwijsindex.coordination.SmallCountSuppression;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.Municipality;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * "Cijfers" (R-REPORTS): the follow-up figures of the coordination module for a year or a quarter, for the
 * municipal supervisor of their own municipality (per organisation) and for the region coordinator of their own
 * region (per municipality and organisation). The municipality or region comes from the session. Small counts are
 * suppressed by {@link SmallCountSuppression}; the page shows an accessible table, and a chart drawn from the
 * same figures by /js/charts.js where scripts run.
 */
@Controller
class FollowUpFiguresPages {

    /** How many years back the period choice goes. */
    private static final int YEARS = 5;

    private final FollowUpFigures figures;
    private final Covenants covenants;
    private final Clock clock;
    private final CoordinationText text;

    FollowUpFiguresPages(FollowUpFigures figures, Covenants covenants, Clock clock, CoordinationText text) {
        this.text = text;
        this.figures = figures;
        this.covenants = covenants;
        this.clock = clock;
    }

    @GetMapping("/regie/cijfers")
    String municipality(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) String jaar,
            @RequestParam(required = false) String kwartaal,
            Model model) {
        String name = covenants
                .municipality(account.municipalityCode())
                .map(Municipality::name)
                .orElse(account.municipalityCode());
        return page(
                jaar,
                kwartaal,
                "Cijfers van de gemeente " + name,
                "/regie/cijfers",
                model,
                period -> figures.ofMunicipality(account.municipalityCode(), period.from(), period.to()));
    }

    @GetMapping("/regio/cijfers")
    String region(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) String jaar,
            @RequestParam(required = false) String kwartaal,
            Model model) {
        return page(
                jaar,
                kwartaal,
                "Cijfers van de regio",
                "/regio/cijfers",
                model,
                period -> figures.ofRegion(account.regionCode(), period.from(), period.to()));
    }

    private String page(
            String year,
            String quarter,
            String heading,
            String action,
            Model model,
            Function<Period, FollowUpFigures.Report> report) {
        int thisYear = LocalDate.now(clock).getYear();
        List<Integer> years =
                IntStream.range(0, YEARS).mapToObj(i -> thisYear - i).toList();
        FormErrors errors = new FormErrors();
        Integer chosenYear = parse(year, thisYear);
        if (chosenYear == null || !years.contains(chosenYear)) {
            errors.add("jaar", "Kies een jaar uit de lijst.");
        }
        Integer chosenQuarter = quarter == null || quarter.isEmpty() ? Integer.valueOf(0) : parse(quarter, 0);
        if (chosenQuarter == null || chosenQuarter < 0 || chosenQuarter > 4) {
            errors.add("kwartaal", "Kies een kwartaal, of het hele jaar.");
        }
        model.addAttribute("heading", heading);
        model.addAttribute("action", action);
        model.addAttribute("years", years);
        model.addAttribute("chosenYear", year == null ? String.valueOf(thisYear) : year);
        model.addAttribute("chosenQuarter", quarter == null ? "" : quarter);
        model.addAttribute("errors", errors);
        if (!errors.any()) {
            Period period = Period.of(chosenYear, chosenQuarter);
            model.addAttribute("period", period);
            SmallCountSuppression.ShownReport shown = SmallCountSuppression.of(report.apply(period));
            List<SmallCountSuppression.ShownGroup> months = shown.byMonth().stream()
                    .map(g -> new SmallCountSuppression.ShownGroup(g.key(), month(g.key()), g.figures()))
                    .toList();
            model.addAttribute("report", shown);
            model.addAttribute("months", months);
            model.addAttribute("charts", charts(shown, months));
        }
        return "figures/follow-up";
    }

    /** What the charts show, from the figures as shown in the table: a suppressed figure is a gap, never a number. */
    private List<Chart> charts(
            SmallCountSuppression.ShownReport report, List<SmallCountSuppression.ShownGroup> months) {
        SmallCountSuppression.ShownFigures total = report.total();
        Chart states = new Chart(
                "grafiek-afstemming",
                "Afstemming van de matches",
                "Aantal matches",
                List.of(
                        "Op tijd afgestemd",
                        "Te laat afgestemd",
                        "Niet afgestemd, termijn voorbij",
                        "Termijn loopt nog"),
                List.of(total.consultedInTime(), total.consultedLate(), total.overdue(), total.open()));
        List<String> kindLabels = new ArrayList<>();
        List<SmallCountSuppression.Cell> kindCells = new ArrayList<>();
        total.matchesByKind().forEach(k -> {
            kindLabels.add(text.kind(k.kind()) + ", binnen de regio");
            kindCells.add(k.withinRegion());
            kindLabels.add(text.kind(k.kind()) + ", tussen regio's");
            kindCells.add(k.acrossRegions());
        });
        Chart kinds = new Chart("grafiek-soort", "Matches per soort", "Aantal matches", kindLabels, kindCells);
        if (months.isEmpty()) {
            return List.of(states, kinds);
        }
        return List.of(
                states,
                kinds,
                new Chart(
                        "grafiek-maand",
                        "Matches per maand",
                        "Aantal matches",
                        months.stream()
                                .map(SmallCountSuppression.ShownGroup::name)
                                .toList(),
                        months.stream().map(g -> g.figures().matches()).toList()));
    }

    /** "2026-03" as "maart 2026". */
    private static String month(String key) {
        return YearMonth.parse(key)
                .format(DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
    }

    private static Integer parse(String value, int absent) {
        if (value == null) {
            return absent;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * One bar chart for /js/charts.js: labels separated by "|", values by ";", empty where a figure is not shown.
     */
    record Chart(String id, String title, String axis, List<String> labelList, List<SmallCountSuppression.Cell> cells) {

        public String labels() {
            return String.join("|", labelList);
        }

        /** Whether no bar can be drawn: every figure is zero or not shown. */
        public boolean empty() {
            return cells.stream().noneMatch(c -> c.exact() && c.value().doubleValue() > 0);
        }

        public String values() {
            return String.join(
                    ";",
                    cells.stream()
                            .map(c -> c.exact() ? c.value().toString() : "")
                            .toList());
        }
    }

    /** A year, or one quarter of it (1-4); matches made from {@code from} up to and including {@code to}. */
    record Period(int year, int quarter, LocalDate from, LocalDate to) {

        static Period of(int year, int quarter) {
            if (quarter == 0) {
                return new Period(year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
            return new Period(year, quarter, from, from.plusMonths(3).minusDays(1));
        }

        public String label() {
            return quarter == 0 ? String.valueOf(year) : quarter + "e kwartaal " + year;
        }
    }
}
