package nl.verwijsindex.person;

import java.time.LocalDate;

/**
 * R-BSN-HIDDEN: the identifying data a professional without BSN authority gives instead of a BSN.
 *
 * @param postcode optional, to narrow a search with several results (format {@code 1234AB})
 */
public record PersonQuery(String surname, LocalDate birthDate, Gender gender, String postcode) {

    @Override
    public String toString() {
        return "PersonQuery[***]";
    }
}
