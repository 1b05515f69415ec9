// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.coordination.DutchCalendar.Holiday;
import nl.verwijsindex.covenant.LiberationDay;

/** R-DEADLINE: the Dutch holidays 2025-2030, checked against dates written out here, not computed by the code under test. */
class DutchCalendarTest {

    private final DutchCalendar lustrum = new DutchCalendar(LiberationDay.EVERY_FIVE_YEARS);
    private final DutchCalendar yearly = new DutchCalendar(LiberationDay.YEARLY);

    @Test
    void easterSundayByTheComputus() {
        assertThat(DutchCalendar.easterSunday(2025)).isEqualTo("2025-04-20");
        assertThat(DutchCalendar.easterSunday(2026)).isEqualTo("2026-04-05");
        assertThat(DutchCalendar.easterSunday(2027)).isEqualTo("2027-03-28");
        assertThat(DutchCalendar.easterSunday(2028)).isEqualTo("2028-04-16");
        assertThat(DutchCalendar.easterSunday(2029)).isEqualTo("2029-04-01");
        assertThat(DutchCalendar.easterSunday(2030)).isEqualTo("2030-04-21");
        // the extremes of the Gregorian range
        assertThat(DutchCalendar.easterSunday(2285)).isEqualTo("2285-03-22");
        assertThat(DutchCalendar.easterSunday(2038)).isEqualTo("2038-04-25");
    }

    @Test
    void holidays2025WithKingsDayOnSaturday26AprilBecauseThe27thIsASunday() {
        assertThat(lustrum.holidays(2025))
                .containsExactlyEntriesOf(days(
                        "2025-01-01", Holiday.NEW_YEARS_DAY,
                        "2025-04-21", Holiday.EASTER_MONDAY,
                        "2025-04-26", Holiday.KINGS_DAY,
                        "2025-05-05", Holiday.LIBERATION_DAY,
                        "2025-05-29", Holiday.ASCENSION_DAY,
                        "2025-06-09", Holiday.WHIT_MONDAY,
                        "2025-12-25", Holiday.CHRISTMAS_DAY,
                        "2025-12-26", Holiday.SECOND_CHRISTMAS_DAY));
    }

    @Test
    void holidays2026WithoutLiberationDayUnlessTheRegionSetsItYearly() {
        assertThat(lustrum.holidays(2026))
                .containsExactlyEntriesOf(days(
                        "2026-01-01", Holiday.NEW_YEARS_DAY,
                        "2026-04-06", Holiday.EASTER_MONDAY,
                        "2026-04-27", Holiday.KINGS_DAY,
                        "2026-05-14", Holiday.ASCENSION_DAY,
                        "2026-05-25", Holiday.WHIT_MONDAY,
                        "2026-12-25", Holiday.CHRISTMAS_DAY,
                        "2026-12-26", Holiday.SECOND_CHRISTMAS_DAY));
        assertThat(yearly.holiday(parse("2026-05-05"))).contains(Holiday.LIBERATION_DAY);
        assertThat(yearly.isWorkingDay(parse("2026-05-05"))).isFalse();
        assertThat(lustrum.isWorkingDay(parse("2026-05-05"))).isTrue();
    }

    @Test
    void holidays2027() {
        assertThat(lustrum.holidays(2027))
                .containsExactlyEntriesOf(days(
                        "2027-01-01", Holiday.NEW_YEARS_DAY,
                        "2027-03-29", Holiday.EASTER_MONDAY,
                        "2027-04-27", Holiday.KINGS_DAY,
                        "2027-05-06", Holiday.ASCENSION_DAY,
                        "2027-05-17", Holiday.WHIT_MONDAY,
                        "2027-12-25", Holiday.CHRISTMAS_DAY,
                        "2027-12-26", Holiday.SECOND_CHRISTMAS_DAY));
    }

    @Test
    void holidays2028() {
        assertThat(lustrum.holidays(2028))
                .containsExactlyEntriesOf(days(
                        "2028-01-01", Holiday.NEW_YEARS_DAY,
                        "2028-04-17", Holiday.EASTER_MONDAY,
                        "2028-04-27", Holiday.KINGS_DAY,
                        "2028-05-25", Holiday.ASCENSION_DAY,
                        "2028-06-05", Holiday.WHIT_MONDAY,
                        "2028-12-25", Holiday.CHRISTMAS_DAY,
                        "2028-12-26", Holiday.SECOND_CHRISTMAS_DAY));
        assertThat(yearly.holidays(2028))
                .containsEntry(parse("2028-05-05"), Holiday.LIBERATION_DAY)
                .hasSize(8);
    }

    @Test
    void holidays2029() {
        assertThat(lustrum.holidays(2029))
                .containsExactlyEntriesOf(days(
                        "2029-01-01", Holiday.NEW_YEARS_DAY,
                        "2029-04-02", Holiday.EASTER_MONDAY,
                        "2029-04-27", Holiday.KINGS_DAY,
                        "2029-05-10", Holiday.ASCENSION_DAY,
                        "2029-05-21", Holiday.WHIT_MONDAY,
                        "2029-12-25", Holiday.CHRISTMAS_DAY,
                        "2029-12-26", Holiday.SECOND_CHRISTMAS_DAY));
    }

    @Test
    void holidays2030WithKingsDayStayingOnSaturday27April() {
        assertThat(lustrum.holidays(2030))
                .containsExactlyEntriesOf(days(
                        "2030-01-01", Holiday.NEW_YEARS_DAY,
                        "2030-04-22", Holiday.EASTER_MONDAY,
                        "2030-04-27", Holiday.KINGS_DAY,
                        "2030-05-05", Holiday.LIBERATION_DAY,
                        "2030-05-30", Holiday.ASCENSION_DAY,
                        "2030-06-10", Holiday.WHIT_MONDAY,
                        "2030-12-25", Holiday.CHRISTMAS_DAY,
                        "2030-12-26", Holiday.SECOND_CHRISTMAS_DAY));
    }

    @Test
    void kingsDayMovesToSaturdayOnlyWhenThe27thIsASunday() {
        assertThat(DutchCalendar.kingsDay(2025)).isEqualTo("2025-04-26");
        assertThat(DutchCalendar.kingsDay(2031)).isEqualTo("2031-04-26");
        assertThat(DutchCalendar.kingsDay(2036)).isEqualTo("2036-04-26");
        assertThat(DutchCalendar.kingsDay(2030)).isEqualTo("2030-04-27");
    }

    @Test
    void ascensionOnLiberationDayIsOneDayOff() {
        // 2016: Easter 27 March, so Ascension fell on 5 May: one day off, not two.
        assertThat(DutchCalendar.easterSunday(2016)).isEqualTo("2016-03-27");
        assertThat(yearly.holidays(2016)).containsKey(parse("2016-05-05")).hasSize(7);
        assertThat(yearly.holidays(2017)).hasSize(8);
    }

    @Test
    void aDeadlineOfFiveWorkingDaysStepsOverEasterMondayAndKingsDay() {
        // Wednesday 22 April 2026: Thu 23, Fri 24, (weekend), Mon 27 King's Day, Tue 28, Wed 29, Thu 30.
        assertThat(lustrum.workingDaysAfter(parse("2026-04-22"), 5)).isEqualTo("2026-04-30");
        // Thursday 2 April 2026: Fri 3 (Good Friday is a working day), Mon 6 Easter Monday, Tue 7 ... Fri 10.
        assertThat(lustrum.workingDaysAfter(parse("2026-04-02"), 5)).isEqualTo("2026-04-10");
        // Over Christmas and New Year 2025: Tue 23 Dec -> Wed 24, Mon 29, Tue 30, Wed 31, Fri 2 Jan.
        assertThat(lustrum.workingDaysAfter(parse("2025-12-23"), 5)).isEqualTo("2026-01-02");
        // Liberation Day 2025 is a lustrum: Wed 30 April 2025 -> Thu 1, Fri 2, Tue 6, Wed 7, Thu 8 May.
        assertThat(lustrum.workingDaysAfter(parse("2025-04-30"), 5)).isEqualTo("2025-05-08");
        // Ascension and Whit Monday 2027: Wed 5 May -> Fri 7, Mon 10 ... Thu 13 May.
        assertThat(lustrum.workingDaysAfter(parse("2027-05-05"), 5)).isEqualTo("2027-05-13");
        // A match on a Saturday counts from Monday.
        assertThat(lustrum.workingDaysAfter(parse("2026-03-07"), 1)).isEqualTo("2026-03-09");
    }

    @Test
    void theReminderDayIsTheWorkingDayBeforeTheDeadline() {
        assertThat(lustrum.previousWorkingDay(parse("2026-04-28")))
                .as("over King's Day and the weekend")
                .isEqualTo("2026-04-24");
        assertThat(lustrum.previousWorkingDay(parse("2026-01-02"))).isEqualTo("2025-12-31");
        assertThat(lustrum.previousWorkingDay(parse("2025-05-06")))
                .as("over Liberation Day 2025")
                .isEqualTo("2025-05-02");
    }

    @Test
    void workingDaysBetweenCountsDaysAfterTheStartUpToTheEnd() {
        assertThat(lustrum.workingDaysBetween(parse("2026-04-22"), parse("2026-04-30")))
                .isEqualTo(5);
        assertThat(lustrum.workingDaysBetween(parse("2026-04-22"), parse("2026-04-22")))
                .isZero();
        assertThat(lustrum.workingDaysBetween(parse("2026-04-24"), parse("2026-04-27")))
                .as("weekend and King's Day")
                .isZero();
    }

    private static Map<LocalDate, Holiday> days(Object... pairs) {
        Map<LocalDate, Holiday> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(parse((String) pairs[i]), (Holiday) pairs[i + 1]);
        }
        return map;
    }
}
