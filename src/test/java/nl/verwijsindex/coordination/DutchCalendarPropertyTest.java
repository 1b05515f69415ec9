// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.MethodSource;

import nl.verwijsindex.ForGeneratedCases;
import nl.verwijsindex.Generated;
import nl.verwijsindex.Generated.Case;
import nl.verwijsindex.covenant.LiberationDay;

/** R-DEADLINE as properties over generated dates and deadlines, between 2014 and 2074. */
class DutchCalendarPropertyTest {

    private static final int CASES = 1000;
    private static final LocalDate FIRST = LocalDate.of(2014, 1, 1);

    @ForGeneratedCases
    @MethodSource("deadlines")
    void theDeadlineIsAlwaysAWorkingDayExactlyNWorkingDaysLater(Case<Deadline> deadlineCase) {
        Deadline d = deadlineCase.value();
        DutchCalendar calendar = new DutchCalendar(d.liberationDay());
        LocalDate deadline = calendar.workingDaysAfter(d.matchedOn(), d.workingDays());
        assertThat(calendar.isWorkingDay(deadline)).isTrue();
        assertThat(calendar.workingDaysBetween(d.matchedOn(), deadline)).isEqualTo(d.workingDays());
        assertThat(calendar.workingDaysBetween(d.matchedOn(), deadline.minusDays(1)))
                .isEqualTo(d.workingDays() - 1);
    }

    @ForGeneratedCases
    @MethodSource("days")
    void theWorkingDayBeforeIsAWorkingDayWithNoWorkingDayInBetween(Case<Day> dayCase) {
        Day day = dayCase.value();
        DutchCalendar calendar = new DutchCalendar(day.liberationDay());
        LocalDate before = calendar.previousWorkingDay(day.date());
        assertThat(calendar.isWorkingDay(before)).isTrue();
        assertThat(calendar.workingDaysBetween(before, day.date().minusDays(1))).isZero();
    }

    @ForGeneratedCases
    @MethodSource("days")
    void everyYearHasItsHolidaysAndNoWeekendIsAWorkingDay(Case<Day> dayCase) {
        LocalDate date = dayCase.value().date();
        DutchCalendar calendar = new DutchCalendar(LiberationDay.EVERY_FIVE_YEARS);
        int expected = date.getYear() % 5 == 0 ? 8 : 7;
        assertThat(calendar.holidays(date.getYear())).hasSize(expected);
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            assertThat(calendar.isWorkingDay(date)).isFalse();
        }
        LocalDate easter = DutchCalendar.easterSunday(date.getYear());
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(date.getYear(), 3, 22), LocalDate.of(date.getYear(), 4, 25));
    }

    static Stream<Case<Deadline>> deadlines() {
        return Generated.cases(
                CASES, random -> new Deadline(date(random), random.nextInt(1, 31), liberationDay(random)));
    }

    static Stream<Case<Day>> days() {
        return Generated.cases(CASES, random -> new Day(date(random), liberationDay(random)));
    }

    private static LocalDate date(SplittableRandom random) {
        return FIRST.plusDays(random.nextInt(365 * 60 + 1));
    }

    private static LiberationDay liberationDay(SplittableRandom random) {
        return Generated.oneOf(random, LiberationDay.values());
    }

    record Deadline(LocalDate matchedOn, int workingDays, LiberationDay liberationDay) {}

    record Day(LocalDate date, LiberationDay liberationDay) {}
}
