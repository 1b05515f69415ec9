// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

/**
 * One thing wrong with one line of an exchange file: where, and why in Dutch. Never a value from the file, so a
 * report can hold no BSN.
 *
 * @param line  the line number, from 1
 * @param field the field, as a JSON path from the record ({@code youth.bsn}), or {@code -} for the whole line
 */
public record ExchangeProblem(int line, String field, String reason) {

    public static final String WHOLE_LINE = "-";
}
