// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.verwijsindex.shared.web.FormErrors;

/**
 * One wording for a BSN typed wrong on every form (issue 16 item 14), never repeating the BSN, and phone numbers as
 * {@code tel:} addresses (item 15).
 */
class FormWordingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''         | Vul het BSN van de jeugdige in.",
                "'   '      | Vul het BSN van de jeugdige in.",
                "12345      | Dit BSN is te kort: een BSN heeft 9 cijfers, u typte er 5.",
                "1234567890 | Dit BSN is te lang: een BSN heeft 9 cijfers, u typte er 10.",
                "12345678a  | Een BSN bestaat alleen uit cijfers. Typ de 9 cijfers van het BSN.",
                "123456789  | Dit BSN bestaat niet: het klopt niet met de elfproef. Kijk of u geen cijfer verkeerd heeft getypt."
            })
    void eachWayABsnIsWrongHasItsOwnMessageWithoutTheBsn(String typed, String message) {
        FormErrors errors = new FormErrors();
        assertThat(BsnInput.read(typed, "bsn", errors)).isNull();
        assertThat(errors.get("bsn")).isEqualTo(message);
        if (!typed.isBlank()) {
            assertThat(errors.get("bsn")).doesNotContain(typed);
        }
    }

    @Test
    void aValidBsnTypedInGroupsIsReadWithoutAMessage() {
        FormErrors errors = new FormErrors();
        assertThat(BsnInput.read(" 111.222.333 ", "bsn", errors)).isNotNull();
        assertThat(errors.any()).isFalse();
    }

    @Test
    void phoneNumbersBecomeTelAddressesOfDigitsAndALeadingPlus() {
        PhoneLinks phones = new PhoneLinks();
        assertThat(phones.href("033 - 469 40 00")).isEqualTo("tel:0334694000");
        assertThat(phones.href("+31 (0)6 1234 5678")).isEqualTo("tel:+310612345678");
        assertThat(phones.href(null)).isNull();
    }
}
