// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.coordination.FollowUpFigures.Figures;
import nl.verwijsindex.coordination.FollowUpFigures.Group;
import nl.verwijsindex.coordination.FollowUpFigures.KindCount;
import nl.verwijsindex.coordination.FollowUpFigures.Report;
import nl.verwijsindex.coordination.SmallCountSuppression.Cell;
import nl.verwijsindex.coordination.SmallCountSuppression.ShownFigures;
import nl.verwijsindex.coordination.SmallCountSuppression.ShownReport;

/** R-REPORTS: small counts and what is derived from them are not shown, nor what a total would give away. */
class SmallCountSuppressionTest {

    @Test
    void R_REPORTS_countsOfOneToFourAreShownAsLessThanFiveAndZeroAndFiveExactly() {
        assertThat(SmallCountSuppression.cell(0).text()).isEqualTo("0");
        for (int n = 1; n <= 4; n++) {
            assertThat(SmallCountSuppression.cell(n)).as("%d", n).isEqualTo(new Cell(null, "<5"));
        }
        assertThat(SmallCountSuppression.cell(5)).isEqualTo(new Cell(5, "5"));
        assertThat(SmallCountSuppression.cell(1234).text()).isEqualTo("1234");
    }

    @Test
    void R_REPORTS_derivedFiguresNeedFiveMatchesAndAPartAndRestThatAreNotSmall() {
        assertThat(SmallCountSuppression.derived(2.5, 4).exact()).isFalse();
        assertThat(SmallCountSuppression.derived(2.5, 5).text()).isEqualTo("2,5");
        assertThat(SmallCountSuppression.derived(null, 50).exact()).isFalse();
        assertThat(SmallCountSuppression.percentage(4, 4).exact())
                .as("basis below 5")
                .isFalse();
        assertThat(SmallCountSuppression.percentage(2, 40).exact())
                .as("the part is a small count")
                .isFalse();
        assertThat(SmallCountSuppression.percentage(38, 40).exact())
                .as("the rest is a small count")
                .isFalse();
        assertThat(SmallCountSuppression.percentage(30, 40).text()).isEqualTo("75%");
        assertThat(SmallCountSuppression.percentage(40, 40).text())
                .as("no rest to disclose")
                .isEqualTo("100%");
    }

    @Test
    void R_REPORTS_aSingleSuppressedCountInAShownTotalHidesTheSmallestOtherToo() {
        List<Cell> cells = SmallCountSuppression.protect(SmallCountSuppression.cell(20), List.of(10, 3, 7, 0));
        assertThat(cells).extracting(Cell::text).containsExactly("10", "<5", "7", "-");

        assertThat(SmallCountSuppression.protect(SmallCountSuppression.cell(20), List.of(10, 3, 2, 5)))
                .as("two suppressed: the total no longer gives either away")
                .extracting(Cell::text)
                .containsExactly("10", "<5", "<5", "5");
        assertThat(SmallCountSuppression.protect(SmallCountSuppression.cell(3), List.of(3, 0)))
                .as("a suppressed total gives nothing away")
                .extracting(Cell::text)
                .containsExactly("<5", "0");
    }

    @Test
    void R_REPORTS_aReportShowsNoSmallCountAndNoFigureFromWhichOneFollows() {
        Figures region = new Figures(
                23, List.of(new KindCount("YOUTH", 20, 3), new KindCount("FAMILY", 0, 0)), 12, 2, 9, 0, 9, 3.0, 6.0);
        Figures small = new Figures(
                3, List.of(new KindCount("YOUTH", 3, 0), new KindCount("FAMILY", 0, 0)), 1, 1, 1, 0, 1, 2.0, 2.0);
        Figures large = new Figures(
                20, List.of(new KindCount("YOUTH", 17, 3), new KindCount("FAMILY", 0, 0)), 11, 1, 8, 0, 8, 3.0, 6.0);
        ShownReport shown = SmallCountSuppression.of(new Report(
                "eemland",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                region,
                List.of(new Group("GM0307", "Amersfoort", large), new Group("GM0308", "Baarn", small)),
                List.of(),
                List.of(new Group("2026-01", "2026-01", small), new Group("2026-02", "2026-02", large))));

        ShownFigures total = shown.total();
        assertThat(total.matches().text()).isEqualTo("23");
        assertThat(total.consultedLate().text()).isEqualTo("<5");
        assertThat(total.open().text())
                .as("the smallest other state, or 23 - 12 - 9 gives the late ones")
                .isEqualTo("-");
        assertThat(total.matchesByKind().get(0).acrossRegions().text()).isEqualTo("<5");
        assertThat(total.matchesByKind().get(1).withinRegion().text()).isEqualTo("-");
        assertThat(total.medianWorkingDays().text()).as("14 consulted").isEqualTo("3,0");

        ShownFigures baarn = shown.byMunicipality().get(1).figures();
        assertThat(baarn.matches().text()).isEqualTo("<5");
        assertThat(baarn.medianWorkingDays().exact()).isFalse();
        assertThat(baarn.percentInTime().exact()).isFalse();
        ShownFigures amersfoort = shown.byMunicipality().get(0).figures();
        assertThat(amersfoort.matches().text())
                .as("else 23 - 20 gives Baarn's 3")
                .isEqualTo("-");
        assertThat(amersfoort.consultedInTime().text())
                .as("nor may its parts add up to it")
                .isEqualTo("-");
        assertThat(amersfoort.matchesByKind().get(0).withinRegion().text()).isEqualTo("-");
        assertThat(shown.byMonth())
                .extracting(g -> g.figures().matches().text())
                .as("months add up to the total too")
                .containsExactly("<5", "-");
    }
}
