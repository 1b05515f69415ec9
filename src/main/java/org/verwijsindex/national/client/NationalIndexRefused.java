// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.client;

/**
 * The hub or the pseudonym service refused the call with a 4xx other than 429: sending the same again will not help
 * (an unknown region, a malformed message, an expired sealed evaluation is handled by the client itself).
 *
 * @see #code() the stable problem code of the refusal
 */
public class NationalIndexRefused extends RuntimeException {

    private final int status;
    private final String code;

    public NationalIndexRefused(int status, String code, String message) {
        super(status + " " + code + ": " + message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
