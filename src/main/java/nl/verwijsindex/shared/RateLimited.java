// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

/** The caller asked too often: HTTP 429 with {@code Retry-After}. */
public class RateLimited extends DomainException {

    private final long retryAfterSeconds;

    public RateLimited(String code, String dutchMessage, long retryAfterSeconds) {
        super(Kind.TOO_MANY_REQUESTS, code, dutchMessage);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Whole seconds until a new attempt may succeed, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
