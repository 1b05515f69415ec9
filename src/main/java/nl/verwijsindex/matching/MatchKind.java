// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

/**
 * The kinds of match the law names (Jeugdwet 7.1.2.3). One pair of signals is one match, of the first kind
 * that applies in this order.
 */
public enum MatchKind {
    /** R-MATCH-YOUTH: signals of different professionals on the same youth. */
    YOUTH,
    /** R-MATCH-FAMILY: signals on two youths who share a parent in the person register. */
    FAMILY,
    /** R-MATCH-ADDRESS: signals on two youths registered at the same residential address, not an institution's. */
    ADDRESS
}
