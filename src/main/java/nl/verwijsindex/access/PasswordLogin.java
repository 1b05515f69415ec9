// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.PasswordCheck.SecondFactorStep;
import nl.verwijsindex.access.internal.AccountProperties;
import nl.verwijsindex.access.internal.AccountRepository;
import nl.verwijsindex.access.internal.AccountRepository.Stored;
import nl.verwijsindex.access.internal.Lockout;
import nl.verwijsindex.access.internal.LoginLimits;
import nl.verwijsindex.shared.Moments;

/**
 * The first step of a login: username and password, with the limits per address and in all, and the lockout
 * after repeated failures. The account's row is locked for the whole check, so concurrent guesses take turns and
 * none is checked once the lockout holds. A failure counts towards the lockout and is committed even though the
 * login fails. What the second factor still needs is in the answer; {@link SecondFactor} takes it from there.
 */
@Service
public class PasswordLogin {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Lockout lockout;
    private final LoginLimits limits;
    private final AccountProperties properties;
    private final Clock clock;
    /** Compared against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String unknownUserHash;

    PasswordLogin(
            AccountRepository accounts,
            PasswordEncoder passwords,
            Lockout lockout,
            LoginLimits limits,
            AccountProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.lockout = lockout;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Username and password from an unknown address: only the global limit applies. */
    @Transactional
    public PasswordCheck checkPassword(String username, String password) {
        return checkPassword(username, password, null);
    }

    /**
     * Username and password; a failure counts towards the lockout.
     *
     * @param address the client's address, for the limit per address; null when unknown
     */
    @Transactional
    public PasswordCheck checkPassword(String username, String password, String address) {
        if (!limits.tryLogin(address)) {
            return new PasswordCheck.Limited();
        }
        Optional<Stored> found = accounts.lockByUsername(Usernames.normalise(username));
        if (found.isEmpty() || password == null) {
            passwords.matches(password == null ? "" : password, unknownUserHash);
            return new PasswordCheck.Refused();
        }
        Stored stored = found.get();
        OffsetDateTime now = Moments.now(clock);
        if (lockout.lockedAt(stored, now)) {
            return new PasswordCheck.Locked(stored.lockedUntil());
        }
        if (!passwords.matches(password, stored.passwordHash())) {
            return lockout.failure(stored.account().accountId(), now)
                    .<PasswordCheck>map(PasswordCheck.Locked::new)
                    .orElseGet(PasswordCheck.Refused::new);
        }
        if (!stored.inGoodStanding(LocalDate.now(clock)) || temporaryPasswordExpired(stored, now)) {
            return new PasswordCheck.Refused();
        }
        if (passwords.upgradeEncoding(stored.passwordHash())) {
            // A hash made with weaker parameters: the right password is at hand, so it is stored again.
            accounts.rehash(stored.account().accountId(), passwords.encode(password));
        }
        SecondFactorStep next = stored.sealedSecondFactorSecret() != null
                ? SecondFactorStep.VERIFY
                : properties.secondFactorRequired() ? SecondFactorStep.ENROL : SecondFactorStep.NONE;
        if (next == SecondFactorStep.NONE) {
            accounts.recordSuccess(stored.account().accountId());
        }
        return new PasswordCheck.Accepted(stored.account(), next, stored.passwordMustChange());
    }

    private static boolean temporaryPasswordExpired(Stored stored, OffsetDateTime now) {
        return stored.passwordMustChange()
                && stored.passwordExpiresAt() != null
                && !stored.passwordExpiresAt().isAfter(now);
    }
}
