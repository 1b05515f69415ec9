// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.verwijsindex.shared.DomainException;

/** R-BSN-HIDDEN: a surname is checked by the person register's own rules, and its prefix is split off (issue 13). */
class SurnameTest {

    @ParameterizedTest(name = "{0} -> [{1}] {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "van den Heuvel   | van den | Heuvel",
                "Van Den Heuvel   | van den | Heuvel",
                "De Boer          | de      | Boer",
                "  van   der  Berg | van der | Berg",
                "van 't Hek       | van 't  | Hek",
                "d'Artagnan       | d'      | Artagnan",
                "ter Horst        | ter     | Horst",
                "Jansen           | -       | Jansen",
                "Van              | -       | Van",
                "Öztürk           | -       | Öztürk",
                "O'Brien          | -       | O'Brien",
                "Jean-Pierre      | -       | Jean-Pierre",
                "St. John         | -       | St. John",
                "Vandenberg       | -       | Vandenberg"
            })
    void splitsAKnownPrefixOffAsTheRegisterKeepsIt(String typed, String prefix, String name) {
        Surname surname = Surname.parse(typed);
        assertThat(surname.prefix()).isEqualTo(prefix);
        assertThat(surname.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "Zwanen*",
                "Zwan?",
                "Jan;sen",
                "<b>x</b>",
                "Jan\u0000sen",
                "Robert'); drop table signal;--",
                "12345",
                "...",
                "Jan_sen",
                "Jan\"sen"
            })
    void refusesWhatTheRegisterWouldNotSearchOnWithoutEchoingIt(String typed) {
        assertThatThrownBy(() -> Surname.parse(typed)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid-surname");
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.getMessage()).doesNotContain("drop table", "<b>", "Zwan");
        });
    }

    @Test
    void takesTwoHundredCharactersAndNoMore() {
        assertThat(Surname.parse("a".repeat(200)).name()).hasSize(200);
        assertThatThrownBy(() -> Surname.parse("a".repeat(201))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Surname.parse(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void theWholeNameKeepsThePrefixAndToStringHidesTheName() {
        assertThat(Surname.parse("van den Heuvel").whole()).isEqualTo("van den Heuvel");
        assertThat(Surname.parse("d'Artagnan").whole()).isEqualTo("d'Artagnan");
        assertThat(Surname.parse("van den Heuvel").toString()).doesNotContain("Heuvel");
    }
}
