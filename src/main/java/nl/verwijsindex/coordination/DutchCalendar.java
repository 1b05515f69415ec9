// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import nl.verwijsindex.covenant.LiberationDay;

/**
 * R-DEADLINE: working days on the Dutch calendar. Weekends and the public holidays are days off; every holiday
 * is computed from its rule (Easter by the Gregorian computus), never listed by hand per year. Holidays that
 * fall on a weekend change nothing. King's Day follows the rule in force since 2014.
 */
public final class DutchCalendar {

    /** The public holidays that are days off (Algemene termijnenwet and common collective agreements). */
    public enum Holiday {
        NEW_YEARS_DAY,
        EASTER_MONDAY,
        KINGS_DAY,
        LIBERATION_DAY,
        ASCENSION_DAY,
        WHIT_MONDAY,
        CHRISTMAS_DAY,
        SECOND_CHRISTMAS_DAY
    }

    private final LiberationDay liberationDay;

    /** @param liberationDay the region's choice (the covenant module's {@link LiberationDay}) */
    public DutchCalendar(LiberationDay liberationDay) {
        this.liberationDay = Objects.requireNonNull(liberationDay, "liberationDay");
    }

    public LiberationDay liberationDay() {
        return liberationDay;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** King's Day: 27 April, or 26 April when the 27th is a Sunday. */
    public static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** The year's public holidays that are days off under this calendar, in date order. */
    public Map<LocalDate, Holiday> holidays(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, Holiday> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEARS_DAY);
        days.put(easter.plusDays(1), Holiday.EASTER_MONDAY);
        days.put(kingsDay(year), Holiday.KINGS_DAY);
        if (liberationDay == LiberationDay.YEARLY || year % 5 == 0) {
            // Ascension can fall on 5 May (as in 2008); the day is off either way.
            days.putIfAbsent(LocalDate.of(year, Month.MAY, 5), Holiday.LIBERATION_DAY);
        }
        days.putIfAbsent(easter.plusDays(39), Holiday.ASCENSION_DAY);
        days.put(easter.plusDays(50), Holiday.WHIT_MONDAY);
        days.put(LocalDate.of(year, Month.DECEMBER, 25), Holiday.CHRISTMAS_DAY);
        days.put(LocalDate.of(year, Month.DECEMBER, 26), Holiday.SECOND_CHRISTMAS_DAY);
        return Collections.unmodifiableMap(days);
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    /** Monday to Friday and not a public holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !holidays(date.getYear()).containsKey(date);
    }

    /**
     * The {@code n}-th working day after {@code start} ({@code start} itself does not count): a match made on
     * any day, with a deadline of 5 working days, must be consulted on or before this day.
     */
    public LocalDate workingDaysAfter(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The last working day before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** How many working days lie after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
