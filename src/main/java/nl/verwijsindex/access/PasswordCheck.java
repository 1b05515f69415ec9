// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.OffsetDateTime;

/** The answer to a username and password. */
public sealed interface PasswordCheck {

    /**
     * The password is right; {@code next} says what the second factor still needs, and
     * {@code mustChangePassword} that the password is a temporary one the person must replace before anything else.
     */
    record Accepted(SignedInAccount account, SecondFactorStep next, boolean mustChangePassword)
            implements PasswordCheck {}

    /** Unknown username, wrong password, or an account that may no longer log in: one answer for all. */
    record Refused() implements PasswordCheck {}

    /**
     * Too many failures: no password is checked until {@code until}. The login page gives the same answer as for
     * {@link Refused}, so that nobody learns which accounts exist by locking them.
     */
    record Locked(OffsetDateTime until) implements PasswordCheck {}

    /** Too many logins from this address or in all, for now: no password was checked. */
    record Limited() implements PasswordCheck {}

    enum SecondFactorStep {
        /** Not required here and not set up: logged in. */
        NONE,
        /** Required but not set up yet: the account must set it up now. */
        ENROL,
        /** Set up: the account must give a code. */
        VERIFY
    }
}
