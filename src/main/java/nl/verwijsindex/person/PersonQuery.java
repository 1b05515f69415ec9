// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.time.LocalDate;

/**
 * R-BSN-HIDDEN: the identifying data a professional without BSN authority gives instead of a BSN.
 *
 * @param surname  the register's {@code geslachtsnaam}: the surname without its prefix
 * @param prefix   the register's {@code voorvoegsel} ("van den"), or {@code null} to search regardless of prefix
 * @param postcode optional, to narrow a search with several results (format {@code 1234AB})
 */
public record PersonQuery(String surname, String prefix, LocalDate birthDate, Gender gender, String postcode) {

    public PersonQuery(String surname, LocalDate birthDate, Gender gender, String postcode) {
        this(surname, null, birthDate, gender, postcode);
    }

    @Override
    public String toString() {
        return "PersonQuery[***]";
    }
}
