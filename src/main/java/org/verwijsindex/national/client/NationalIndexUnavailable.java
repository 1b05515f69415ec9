// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.client;

/**
 * The national index or the pseudonym service could not be reached, answered with a 5xx or a 429, or took too long:
 * try again later; nothing was stored, or what was stored is stored once.
 */
public class NationalIndexUnavailable extends RuntimeException {

    public NationalIndexUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public NationalIndexUnavailable(String message) {
        super(message);
    }
}
