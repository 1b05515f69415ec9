package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.verwijsindex.covenant.LiberationDay;

/** R-DEADLINE as properties over any date and deadline. */
class DutchCalendarPropertyTest {

    @Property
    void theDeadlineIsAlwaysAWorkingDayExactlyNWorkingDaysLater(@ForAll("dates") LocalDate matchedOn,
            @ForAll @IntRange(min = 1, max = 30) int n, @ForAll LiberationDay liberationDay) {
        DutchCalendar calendar = new DutchCalendar(liberationDay);
        LocalDate deadline = calendar.workingDaysAfter(matchedOn, n);
        assertThat(calendar.isWorkingDay(deadline)).isTrue();
        assertThat(calendar.workingDaysBetween(matchedOn, deadline)).isEqualTo(n);
        assertThat(calendar.workingDaysBetween(matchedOn, deadline.minusDays(1))).isEqualTo(n - 1);
    }

    @Property
    void theWorkingDayBeforeIsAWorkingDayWithNoWorkingDayInBetween(@ForAll("dates") LocalDate date,
            @ForAll LiberationDay liberationDay) {
        DutchCalendar calendar = new DutchCalendar(liberationDay);
        LocalDate before = calendar.previousWorkingDay(date);
        assertThat(calendar.isWorkingDay(before)).isTrue();
        assertThat(calendar.workingDaysBetween(before, date.minusDays(1))).isZero();
    }

    @Property
    void everyYearHasItsHolidaysAndNoWeekendIsAWorkingDay(@ForAll("dates") LocalDate date) {
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

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 60).map(days -> LocalDate.of(2014, 1, 1).plusDays(days));
    }
}
