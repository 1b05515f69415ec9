// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

/**
 * A business rule refused a request. Carries a stable machine code and a plain Dutch message for
 * people; never personal data (a BSN, a name) in either, so it is safe to log and to return.
 */
public class DomainException extends RuntimeException {

    private final Kind kind;
    private final String code;

    public DomainException(Kind kind, String code, String dutchMessage) {
        super(dutchMessage, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** Stable code, for example {@code invalid-bsn}; part of the API contract. */
    public String code() {
        return code;
    }

    /** What went wrong, in plain Dutch. */
    public String dutchMessage() {
        return getMessage();
    }

    /** How a refusal is classified; the web edge maps each to an HTTP status. */
    public enum Kind {
        /** The request is well-formed but breaks a rule (HTTP 422). */
        INVALID,
        /** The thing does not exist for this caller (HTTP 404); also used to hide others' data. */
        NOT_FOUND,
        /** The request conflicts with the current state (HTTP 409). */
        CONFLICT,
        /** The caller may not do this (HTTP 403). */
        FORBIDDEN,
        /** Something the index depends on, such as the person register, cannot answer now (HTTP 503). */
        UNAVAILABLE,
        /** The caller asked too often; {@link RateLimited} says when to try again (HTTP 429). */
        TOO_MANY_REQUESTS
    }
}
