// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

import nl.verwijsindex.ForGeneratedCases;
import nl.verwijsindex.Generated;
import nl.verwijsindex.Generated.Case;
import nl.verwijsindex.shared.DomainException;

/** DESIGN decision 1 and R-YOUTH's identification: the BSN value and its elfproef. */
class BsnTest {

    private static final int CASES = 1000;

    @ForGeneratedCases
    @MethodSource("validBsns")
    void everyNumberWhoseCheckDigitFitsTheElfproefParses(Case<String> bsn) {
        assertThat(Bsn.parse(bsn.value()).value()).isEqualTo(bsn.value());
    }

    @ForGeneratedCases
    @MethodSource("changedDigits")
    void changingOneDigitOfAValidBsnMakesItInvalid(Case<ChangedDigit> change) {
        char[] digits = change.value().bsn().toCharArray();
        int position = change.value().position();
        digits[position] =
                (char) ('0' + (digits[position] - '0' + change.value().delta()) % 10);
        // A single changed digit changes the weighted sum by weight·delta, never a multiple of 11.
        assertThat(Bsn.isValid(new String(digits))).isFalse();
    }

    @ForGeneratedCases
    @MethodSource("anyInput")
    void anyInputIsEitherAValidBsnOrRefusedWithTheSameCode(Case<String> input) {
        try {
            Bsn bsn = Bsn.parse(input.value());
            assertThat(Bsn.isValid(bsn.value())).isTrue();
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo("invalid-bsn");
        }
    }

    @ForGeneratedCases
    @MethodSource("numbers")
    void aRefusedNumberIsNeverEchoedInTheError(Case<String> input) {
        if (!Bsn.isValid(input.value())) {
            assertThatThrownBy(() -> Bsn.parse(input.value()))
                    .isInstanceOf(DomainException.class)
                    .hasMessageNotContaining(input.value())
                    .hasNoCause();
        }
    }

    @ForGeneratedCases
    @MethodSource("validBsns")
    void toStringNeverShowsTheNumber(Case<String> value) {
        Bsn bsn = new Bsn(value.value());
        assertThat(bsn.toString()).doesNotContainPattern("[0-9]");
        assertThat(String.valueOf(List.of(bsn))).doesNotContain(value.value());
    }

    @ForGeneratedCases
    @MethodSource("validBsns")
    void spacesAndDotsThatPeopleTypeAreIgnored(Case<String> bsn) {
        String value = bsn.value();
        String typed = value.substring(0, 4) + "." + value.substring(4, 6) + " " + value.substring(6);
        assertThat(Bsn.parse(typed).value()).isEqualTo(value);
    }

    @Test
    void knownNumbersAreCheckedByTheElfproef() {
        assertThat(Bsn.isValid("999990019")).isTrue();
        assertThat(Bsn.isValid("123456782")).isTrue();
        assertThat(Bsn.isValid("123456789")).isFalse();
        assertThat(Bsn.isValid("000000000")).as("a sum of zero is not a BSN").isFalse();
        assertThat(Bsn.isValid("12345678")).isFalse();
        assertThat(Bsn.isValid("1234567820")).isFalse();
        assertThat(Bsn.isValid("12345678a")).isFalse();
        assertThatThrownBy(() -> Bsn.parse(null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Bsn("123456789"))
                .isInstanceOf(DomainException.class)
                .hasMessageNotContaining("123456789");
    }

    static Stream<Case<String>> validBsns() {
        return Generated.cases(CASES, BsnTest::validBsn);
    }

    static Stream<Case<ChangedDigit>> changedDigits() {
        return Generated.cases(
                CASES, random -> new ChangedDigit(validBsn(random), random.nextInt(9), random.nextInt(1, 10)));
    }

    /** Anything up to 25 characters, and a quarter of the time a valid BSN, so both outcomes are checked. */
    static Stream<Case<String>> anyInput() {
        return Generated.cases(CASES, random -> random.nextInt(4) == 0 ? validBsn(random) : Generated.text(random, 25));
    }

    static Stream<Case<String>> numbers() {
        return Generated.cases(CASES, random -> Generated.digits(random, 2, 25));
    }

    static String validBsn(SplittableRandom random) {
        String bsn;
        do {
            bsn = withCheckDigit(random.nextInt(100_000_000));
        } while (bsn == null);
        return bsn;
    }

    private static String withCheckDigit(int first8) {
        String prefix = "%08d".formatted(first8);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (prefix.charAt(i) - '0');
        }
        int check = sum % 11;
        return check > 9 || sum == check ? null : prefix + check;
    }

    record ChangedDigit(String bsn, int position, int delta) {}
}
