// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

/** The answer to a second-factor code. */
public enum SecondFactorCheck {
    ACCEPTED,
    /** Wrong, expired or already used; counts as a failure towards the lockout. */
    REFUSED,
    /** Too many failures; no code is checked now. */
    LOCKED
}
