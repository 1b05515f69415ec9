// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One current address of the address register (BAG), as the region coordinator confirms it: "Is dit het adres?".
 *
 * @param addressableObjectId the BAG {@code adresseerbaarObjectIdentificatie} (16 digits), what the index stores
 * @param houseLetter         one letter, or null
 * @param addition            the {@code huisnummertoevoeging} (1 to 4 letters or digits), or null
 * @param postcode            four digits and two capitals, without a space
 */
public record RegisteredAddress(
        String addressableObjectId,
        String street,
        int houseNumber,
        String houseLetter,
        String addition,
        String postcode,
        String town) {

    /** A postcode as people type it ("3828 aa") in the register's form ("3828AA"), or empty when it is none. */
    public static Optional<String> postcodeOf(String typed) {
        String plain = typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return plain.matches("[1-9][0-9]{3}[A-Z]{2}") ? Optional.of(plain) : Optional.empty();
    }

    /**
     * The addresses among {@code found} that the typed addition names: with none typed, the address without letter
     * or addition; otherwise the one whose letter and addition together read the same ("A", "a 2", "bis", "-1"
     * ignoring spaces, dashes and case).
     */
    public static List<RegisteredAddress> withAddition(List<RegisteredAddress> found, String typed) {
        String wanted = plain(typed);
        return found.stream().filter(a -> plain(a.suffix()).equals(wanted)).toList();
    }

    /** "Horsterweg 40", "Breestraat 88 A", "Hoofdstraat 1 bis". */
    public String line() {
        String suffix = suffix();
        return street + " " + houseNumber + (suffix.isEmpty() ? "" : " " + suffix);
    }

    /** "3828 AA Amersfoort". */
    public String place() {
        return postcode.substring(0, 4) + " " + postcode.substring(4) + " " + town;
    }

    private String suffix() {
        String letter = houseLetter == null ? "" : houseLetter;
        String more = addition == null ? "" : addition;
        return (letter + (letter.isEmpty() || more.isEmpty() ? "" : " ") + more).strip();
    }

    private static String plain(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
