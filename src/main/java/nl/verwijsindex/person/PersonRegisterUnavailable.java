// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

/**
 * The person register could not be asked: unreachable, too slow, refusing, or answering something the index
 * cannot read. The message never carries a BSN or any other personal data.
 */
public class PersonRegisterUnavailable extends RuntimeException {

    /** Why, for operators and metrics. */
    public enum Reason {
        UNREACHABLE,
        TIMEOUT,
        REFUSED,
        MALFORMED_RESPONSE
    }

    private final Reason reason;

    public PersonRegisterUnavailable(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public PersonRegisterUnavailable(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
