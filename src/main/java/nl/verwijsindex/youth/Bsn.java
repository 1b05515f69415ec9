// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * A burgerservicenummer: nine digits that pass the elfproef. It masks itself in {@link #toString()} and
 * never echoes its input in an exception, so a BSN cannot leak into a log line by accident.
 */
public record Bsn(String value) {

    public Bsn {
        if (!isValid(value)) {
            throw invalid();
        }
    }

    /** Parses user input; spaces and dots that people type between digit groups are ignored. */
    public static Bsn parse(String input) {
        if (input == null || input.length() > 20) {
            throw invalid();
        }
        return new Bsn(input.replace(" ", "").replace(".", ""));
    }

    /** The elfproef for a BSN: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum != 0 && sum % 11 == 0;
    }

    private static DomainException invalid() {
        return new DomainException(
                Kind.INVALID,
                "invalid-bsn",
                "Dit is geen geldig burgerservicenummer. Een BSN heeft 9 cijfers en moet voldoen aan de elfproef.");
    }

    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
