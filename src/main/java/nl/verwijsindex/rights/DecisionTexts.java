// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.util.regex.Pattern;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * The free texts of a request (a decision's reason, an extension's reason, an advice's explanation) go into letters
 * and the logbook's neighbourhood: DESIGN decision 1 keeps a BSN out of them, so a text with nine digits in a row is
 * refused.
 */
final class DecisionTexts {

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)|\\d{4}\\.\\d{2}\\.\\d{3}");

    private DecisionTexts() {}

    static void requireNoBsn(String text) {
        if (text != null && NINE_DIGITS.matcher(text).find()) {
            throw new DomainException(
                    Kind.INVALID,
                    "text-contains-bsn",
                    "Zet geen burgerservicenummer in de tekst: de verwijsindex bewaart het BSN alleen beveiligd.");
        }
    }
}
