// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.shared.DomainException;

/** R-INFORM: what may be recorded about informing, judged on the day. */
class InformingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate REGISTERED = LocalDate.of(2026, 11, 20);

    @Test
    void R_INFORM_informedTodayOrBeforeTheSignalIsAccepted() {
        assertThatCode(() -> Informing.requireValid(
                        new Informing.Informed(TODAY, Informing.Method.PHONE), REGISTERED, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> Informing.requireValid(
                        new Informing.Informed(REGISTERED.minusDays(30), Informing.Method.IN_PERSON),
                        REGISTERED,
                        TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void R_INFORM_informedInTheFutureOrLongBeforeTheSignalIsRefused() {
        assertThatThrownBy(() -> Informing.requireValid(
                        new Informing.Informed(TODAY.plusDays(1), Informing.Method.PHONE), REGISTERED, TODAY))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "informed-date-in-future");
        assertThatThrownBy(() -> Informing.requireValid(
                        new Informing.Informed(REGISTERED.minusDays(31), Informing.Method.PHONE), REGISTERED, TODAY))
                .hasFieldOrPropertyWithValue("code", "informed-date-too-early");
    }

    @Test
    void R_INFORM_aPostponementLooksAgainAfterTodayAndWithinThreeMonths() {
        assertThatCode(() -> Informing.requireValid(
                        new Informing.Postponed(Informing.PostponementReason.YOUTH_SAFETY, TODAY.plusMonths(3)),
                        REGISTERED,
                        TODAY))
                .doesNotThrowAnyException();
        for (LocalDate wrong :
                new LocalDate[] {TODAY, TODAY.minusDays(1), TODAY.plusMonths(3).plusDays(1)}) {
            assertThatThrownBy(() -> Informing.requireValid(
                            new Informing.Postponed(Informing.PostponementReason.SAFETY_OF_OTHERS, wrong),
                            REGISTERED,
                            TODAY))
                    .as("look again on %s", wrong)
                    .hasFieldOrPropertyWithValue("code", "look-again-date-out-of-range");
        }
    }
}
