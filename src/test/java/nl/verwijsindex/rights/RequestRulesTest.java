// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.shared.DomainException;

/** R-REQUEST: who may ask, and the deadline with its one extension on the Dutch calendar. */
class RequestRulesTest {

    private static final DutchCalendar CALENDAR = new DutchCalendar(LiberationDay.EVERY_FIVE_YEARS);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 10);

    @Test
    void R_REQUEST_underTwelveOnlyTheLegalRepresentativeMayAsk() {
        LocalDate birth = RECEIVED.minusYears(12).plusDays(1);
        assertThatCode(() -> RequestRules.requireEntitled(Requester.LEGAL_REPRESENTATIVE, birth, RECEIVED))
                .doesNotThrowAnyException();
        assertRefused(Requester.YOUTH, birth);
        assertRefused(Requester.YOUTH_AND_LEGAL_REPRESENTATIVE, birth);
    }

    @Test
    void R_REQUEST_fromTwelveToSixteenTheYouthAndTheRepresentativeAskJointly() {
        LocalDate twelveToday = RECEIVED.minusYears(12);
        LocalDate almostSixteen = RECEIVED.minusYears(16).plusDays(1);
        for (LocalDate birth : new LocalDate[] {twelveToday, almostSixteen}) {
            assertThatCode(() ->
                            RequestRules.requireEntitled(Requester.YOUTH_AND_LEGAL_REPRESENTATIVE, birth, RECEIVED))
                    .doesNotThrowAnyException();
            assertRefused(Requester.YOUTH, birth);
            assertRefused(Requester.LEGAL_REPRESENTATIVE, birth);
        }
    }

    @Test
    void R_REQUEST_fromSixteenTheYouthAsksAlone() {
        LocalDate sixteenToday = RECEIVED.minusYears(16);
        assertThatCode(() -> RequestRules.requireEntitled(Requester.YOUTH, sixteenToday, RECEIVED))
                .doesNotThrowAnyException();
        assertRefused(Requester.LEGAL_REPRESENTATIVE, sixteenToday);
        assertRefused(Requester.YOUTH_AND_LEGAL_REPRESENTATIVE, sixteenToday);
    }

    @Test
    void R_REQUEST_theDeadlineIsOneMonthFromReceiptOnAWorkingDay() {
        assertThat(RequestRules.dueOn(LocalDate.of(2026, 3, 10), CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 10));
        // 25 December 2026 is Christmas (a Friday), then a Saturday and a Sunday: the Monday after.
        assertThat(RequestRules.dueOn(LocalDate.of(2026, 11, 25), CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 28));
        // 31 January has no 31 February: the last day of February, a Saturday in 2026, so the Monday.
        assertThat(RequestRules.dueOn(LocalDate.of(2026, 1, 31), CALENDAR)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void R_REQUEST_theExtensionAddsTwoMonthsAndSkipsHolidays() {
        // Three months after 27 January 2026 is King's Day (Monday 27 April): the Tuesday after.
        assertThat(RequestRules.extendedDueOn(LocalDate.of(2026, 1, 27), CALENDAR))
                .isEqualTo(LocalDate.of(2026, 4, 28));
        // Liberation Day 2025 was a day off (every five years): 5 May 2025 moves to 6 May.
        assertThat(RequestRules.extendedDueOn(LocalDate.of(2025, 2, 5), CALENDAR))
                .isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(RequestRules.extendedDueOn(LocalDate.of(2026, 2, 5), new DutchCalendar(LiberationDay.YEARLY)))
                .isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(RequestRules.extendedDueOn(LocalDate.of(2026, 2, 5), CALENDAR))
                .isEqualTo(LocalDate.of(2026, 5, 5));
    }

    @Test
    void R_REQUEST_theReminderComesWorkingDaysBeforeTheDeadline() {
        // Five working days before Monday 28 December 2026, skipping Christmas and Boxing Day: Friday 18 December.
        assertThat(RequestRules.reminderOn(LocalDate.of(2026, 12, 28), 5, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 12, 18));
    }

    private static void assertRefused(Requester requester, LocalDate birth) {
        assertThatThrownBy(() -> RequestRules.requireEntitled(requester, birth, RECEIVED))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("requester-not-entitled");
    }
}
