// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

/** Where a match case stands (R-CONSULTED, R-DEADLINE). */
public enum CaseState {
    /** Not yet consulted, and the deadline has not passed. */
    OPEN,
    /** Every match in the case has been consulted. */
    CONSULTED,
    /** A match in the case was not consulted by its deadline. */
    OVERDUE,
    /** Fewer than two active signals remain: there is nobody left to consult. */
    CLOSED
}
