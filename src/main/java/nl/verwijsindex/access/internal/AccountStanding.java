// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.shared.Moments;

/**
 * Whether a live session may go on, asked on every request (issue 12): the account still exists with the role
 * the session was given, is not disabled or locked, its professional has not left, and the login is younger
 * than the absolute lifetime. A leaver or a disabled account is out at its next request, whatever the session
 * says.
 */
@Component
public class AccountStanding {

    private final AccountRepository accounts;
    private final Lockout lockout;
    private final AccountProperties properties;
    private final Clock clock;

    AccountStanding(AccountRepository accounts, Lockout lockout, AccountProperties properties, Clock clock) {
        this.accounts = accounts;
        this.lockout = lockout;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param loggedInAt when the session's login began */
    @Transactional(readOnly = true)
    public boolean mayContinue(SignedInAccount session, Instant loggedInAt) {
        if (!loggedInAt.plus(properties.sessionAbsoluteLifetime()).isAfter(clock.instant())) {
            return false;
        }
        OffsetDateTime now = Moments.now(clock);
        return accounts.find(session.accountId())
                .filter(stored -> stored.account().role() == session.role())
                .filter(stored -> stored.inGoodStanding(LocalDate.now(clock)))
                .filter(stored -> !lockout.lockedAt(stored, now))
                .isPresent();
    }
}
