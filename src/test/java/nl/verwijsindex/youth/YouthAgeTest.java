// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.shared.DomainException;

/** R-YOUTH: no signal for someone aged 23 or older on the registration date. */
class YouthAgeTest {

    private static final LocalDate BORN = LocalDate.of(2003, 6, 15);

    @Test
    void R_YOUTH_theDayBeforeThe23rdBirthdayIsStillAYouth() {
        assertThatCode(() -> YouthAge.requireYouth(BORN, LocalDate.of(2026, 6, 14)))
                .doesNotThrowAnyException();
    }

    @Test
    void R_YOUTH_onThe23rdBirthdayRegistrationIsRefused() {
        assertThatThrownBy(() -> YouthAge.requireYouth(BORN, LocalDate.of(2026, 6, 15)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "youth-too-old");
    }

    @Test
    void R_YOUTH_aBirthDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> YouthAge.requireYouth(LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 15)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "birth-date-in-future");
    }

    @Test
    void R_YOUTH_aNewbornBornTodayIsAYouth() {
        assertThatCode(() -> YouthAge.requireYouth(BORN, BORN)).doesNotThrowAnyException();
    }

    @Test
    void R_YOUTH_someoneBornOnALeapDayTurns23On28FebruaryInACommonYear() {
        LocalDate leapDay = LocalDate.of(2004, 2, 29);
        assertThatCode(() -> YouthAge.requireYouth(leapDay, LocalDate.of(2027, 2, 27)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> YouthAge.requireYouth(leapDay, LocalDate.of(2027, 2, 28)))
                .hasFieldOrPropertyWithValue("code", "youth-too-old");
    }

    @Test
    void R_AGE_23_theLatestBirthDateAged23IsTheSameDayTwentyThreeYearsBefore() {
        assertThat(YouthAge.latestBirthDateAged23On(LocalDate.of(2026, 6, 15))).isEqualTo(LocalDate.of(2003, 6, 15));
    }

    @Test
    void R_AGE_23_on28FebruaryOfACommonYearSomeoneBornOn29FebruaryIs23() {
        assertThat(YouthAge.latestBirthDateAged23On(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2004, 2, 29));
        assertThat(YouthAge.latestBirthDateAged23On(LocalDate.of(2027, 2, 27))).isEqualTo(LocalDate.of(2004, 2, 27));
        assertThat(YouthAge.latestBirthDateAged23On(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2005, 2, 28));
    }

    @Test
    void R_INFORM_underTwelveTheRepresentativeFromTwelveAlsoTheYouthFromSixteenTheYouth() {
        LocalDate today = LocalDate.of(2026, 5, 4);
        assertThat(YouthAge.whoToInform(LocalDate.of(2014, 5, 5), today))
                .isEqualTo(YouthAge.WhoToInform.LEGAL_REPRESENTATIVE);
        assertThat(YouthAge.whoToInform(LocalDate.of(2014, 5, 4), today))
                .isEqualTo(YouthAge.WhoToInform.YOUTH_AND_LEGAL_REPRESENTATIVE);
        assertThat(YouthAge.whoToInform(LocalDate.of(2010, 5, 5), today))
                .isEqualTo(YouthAge.WhoToInform.YOUTH_AND_LEGAL_REPRESENTATIVE);
        assertThat(YouthAge.whoToInform(LocalDate.of(2010, 5, 4), today)).isEqualTo(YouthAge.WhoToInform.YOUTH);
    }
}
