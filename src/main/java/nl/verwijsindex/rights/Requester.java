// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

/** R-REQUEST: who makes the request. */
public enum Requester {
    /** The youth alone: from 16. */
    YOUTH,
    /** The legal representative alone: under 12. */
    LEGAL_REPRESENTATIVE,
    /** The youth and the legal representative jointly: from 12 to 16. */
    YOUTH_AND_LEGAL_REPRESENTATIVE
}
