// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.youth.Bsn;

/**
 * A BSN as typed in any form of the site, with one wording on every page for each way it can be wrong: empty, too
 * short or too long, not only digits, or failing the elfproef (issue 16 item 14). Spaces and dots that people type
 * between digit groups are ignored. The messages never repeat the BSN.
 */
final class BsnInput {

    static final String EMPTY = "Vul het BSN van de jeugdige in.";
    static final String NOT_DIGITS = "Een BSN bestaat alleen uit cijfers. Typ de 9 cijfers van het BSN.";
    static final String ELFPROEF =
            "Dit BSN bestaat niet: het klopt niet met de elfproef. Kijk of u geen cijfer verkeerd heeft getypt.";

    private BsnInput() {}

    /** The BSN, or null with the message for {@code field} in {@code errors}. */
    static Bsn read(String typed, String field, FormErrors errors) {
        String message = problem(typed);
        if (message != null) {
            errors.add(field, message);
            return null;
        }
        return new Bsn(digits(typed));
    }

    /** What is wrong with the typed BSN, or null when it is a BSN. */
    static String problem(String typed) {
        String digits = typed == null ? "" : digits(typed);
        if (digits.isEmpty()) {
            return EMPTY;
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return NOT_DIGITS;
        }
        if (digits.length() < 9) {
            return "Dit BSN is te kort: een BSN heeft 9 cijfers, u typte er " + digits.length() + ".";
        }
        if (digits.length() > 9) {
            return "Dit BSN is te lang: een BSN heeft 9 cijfers, u typte er " + digits.length() + ".";
        }
        return Bsn.isValid(digits) ? null : ELFPROEF;
    }

    private static String digits(String typed) {
        return typed.strip().replace(" ", "").replace(".", "");
    }
}
