// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

/** R-REQUEST: what a professional advises the municipality on a request; the municipality decides. */
public enum Advice {
    /** Grant the request. */
    GRANT,
    /** Refuse it (the explanation says why). */
    REFUSE,
    /** No advice either way. */
    NO_OPINION
}
