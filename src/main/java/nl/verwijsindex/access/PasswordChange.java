// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

/** The answer to choosing a new password, one's own or in place of a temporary one. */
public enum PasswordChange {
    /** Stored; the old password no longer works. */
    CHANGED,
    /** The current password given is wrong; this counted as a failed login. */
    WRONG_CURRENT,
    /** Too many failures: the account is locked, nothing changed. */
    LOCKED,
    /** Shorter than {@link PasswordChanges#MIN_PASSWORD_LENGTH}. */
    TOO_SHORT,
    /** The same as the password it replaces. */
    SAME_AS_BEFORE,
    /** There is no temporary password to replace (any more): it was replaced already, or reset meanwhile. */
    NOT_PENDING
}
