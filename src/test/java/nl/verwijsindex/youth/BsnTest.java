package nl.verwijsindex.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

import nl.verwijsindex.shared.DomainException;

/** DESIGN decision 1 and R-YOUTH's identification: the BSN value and its elfproef. */
class BsnTest {

    @Property
    void everyNumberWhoseCheckDigitFitsTheElfproefParses(@ForAll("validBsns") String bsn) {
        assertThat(Bsn.parse(bsn).value()).isEqualTo(bsn);
    }

    @Property
    void changingOneDigitOfAValidBsnMakesItInvalid(@ForAll("validBsns") String bsn, @ForAll @IntRange(max = 8) int position,
                                                   @ForAll @IntRange(min = 1, max = 9) int delta) {
        char[] digits = bsn.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
        // A single changed digit changes the weighted sum by weight·delta, never a multiple of 11.
        assertThat(Bsn.isValid(new String(digits))).isFalse();
    }

    @Property
    void anyInputIsEitherAValidBsnOrRefusedWithTheSameCode(@ForAll @StringLength(max = 25) String input) {
        try {
            Bsn bsn = Bsn.parse(input);
            assertThat(Bsn.isValid(bsn.value())).isTrue();
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo("invalid-bsn");
        }
    }

    @Property
    void aRefusedNumberIsNeverEchoedInTheError(@ForAll @NumericChars @StringLength(min = 2, max = 25) String input) {
        if (!Bsn.isValid(input)) {
            assertThatThrownBy(() -> Bsn.parse(input)).isInstanceOf(DomainException.class)
                    .hasMessageNotContaining(input).hasNoCause();
        }
    }

    @Property
    void toStringNeverShowsTheNumber(@ForAll("validBsns") String value) {
        Bsn bsn = new Bsn(value);
        assertThat(bsn.toString()).doesNotContainPattern("[0-9]");
        assertThat(String.valueOf(java.util.List.of(bsn))).doesNotContain(value);
    }

    @Property
    void spacesAndDotsThatPeopleTypeAreIgnored(@ForAll("validBsns") String bsn) {
        String typed = bsn.substring(0, 4) + "." + bsn.substring(4, 6) + " " + bsn.substring(6);
        assertThat(Bsn.parse(typed).value()).isEqualTo(bsn);
    }

    @org.junit.jupiter.api.Test
    void knownNumbersAreCheckedByTheElfproef() {
        assertThat(Bsn.isValid("999990019")).isTrue();
        assertThat(Bsn.isValid("123456782")).isTrue();
        assertThat(Bsn.isValid("123456789")).isFalse();
        assertThat(Bsn.isValid("000000000")).as("a sum of zero is not a BSN").isFalse();
        assertThat(Bsn.isValid("12345678")).isFalse();
        assertThat(Bsn.isValid("1234567820")).isFalse();
        assertThat(Bsn.isValid("12345678a")).isFalse();
        assertThatThrownBy(() -> Bsn.parse(null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Bsn("123456789")).isInstanceOf(DomainException.class)
                .hasMessageNotContaining("123456789");
    }

    @Provide
    Arbitrary<String> validBsns() {
        return Arbitraries.integers().between(0, 99_999_999).map(BsnTest::withCheckDigit).filter(s -> s != null);
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
}
