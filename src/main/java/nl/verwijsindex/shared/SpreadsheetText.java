// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

/**
 * Text for a CSV file that people open in a spreadsheet program: a text that program would run as a formula (one
 * starting with = + - @, a tab or a carriage return) gets an apostrophe before it. For texts people typed (names,
 * subjects), not for figures.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static String notAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
