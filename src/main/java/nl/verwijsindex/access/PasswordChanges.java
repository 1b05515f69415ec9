// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.internal.AccountRepository;
import nl.verwijsindex.access.internal.AccountRepository.Stored;
import nl.verwijsindex.access.internal.Lockout;
import nl.verwijsindex.shared.Moments;

/**
 * A person sets a password of their own: replacing the temporary one they just logged in with, or changing
 * theirs under "Mijn account". Ending the account's other sessions is the caller's part, which knows the session
 * the change was made in ({@link AccountSessions#endAllBut}).
 */
@Service
public class PasswordChanges {

    /** The length a password the person chooses themselves must have. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Lockout lockout;
    private final Clock clock;

    PasswordChanges(AccountRepository accounts, PasswordEncoder passwords, Lockout lockout, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.lockout = lockout;
        this.clock = clock;
    }

    /**
     * The person replaces the temporary password they just logged in with by one of their own, which must be
     * long enough and not the same. Only while the account has a temporary password.
     */
    @Transactional
    public PasswordChange replaceTemporaryPassword(AccountId id, String chosen) {
        Stored stored = accounts.lock(id.value()).orElseThrow(AccountAdministration::accountNotFound);
        if (!stored.passwordMustChange()) {
            return PasswordChange.NOT_PENDING;
        }
        return replace(stored, chosen);
    }

    /**
     * The person changes their own password. A wrong current password counts towards the lockout as a failed
     * login does, and is committed although nothing changes.
     */
    @Transactional
    public PasswordChange changePassword(AccountId id, String current, String chosen) {
        Stored stored = accounts.lock(id.value()).orElseThrow(AccountAdministration::accountNotFound);
        OffsetDateTime now = Moments.now(clock);
        if (lockout.lockedAt(stored, now)) {
            return PasswordChange.LOCKED;
        }
        if (current == null || !passwords.matches(current, stored.passwordHash())) {
            return lockout.failure(id.value(), now).isPresent() ? PasswordChange.LOCKED : PasswordChange.WRONG_CURRENT;
        }
        return replace(stored, chosen);
    }

    private PasswordChange replace(Stored stored, String chosen) {
        if (chosen == null || chosen.length() < MIN_PASSWORD_LENGTH) {
            return PasswordChange.TOO_SHORT;
        }
        if (passwords.matches(chosen, stored.passwordHash())) {
            return PasswordChange.SAME_AS_BEFORE;
        }
        accounts.replacePassword(stored.account().accountId(), passwords.encode(chosen), null);
        return PasswordChange.CHANGED;
    }
}
