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
import nl.verwijsindex.shared.Moments;

/**
 * The first step of a login: username and password, with the lockout after repeated failures. A failure counts
 * towards the lockout and is committed even though the login fails. What the second factor still needs is in
 * the answer; {@link SecondFactor} takes it from there.
 */
@Service
public class PasswordLogin {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Lockout lockout;
    private final AccountProperties properties;
    private final Clock clock;
    /** Compared against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String unknownUserHash;

    PasswordLogin(
            AccountRepository accounts,
            PasswordEncoder passwords,
            Lockout lockout,
            AccountProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.lockout = lockout;
        this.properties = properties;
        this.clock = clock;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Username and password; a failure counts towards the lockout. */
    @Transactional
    public PasswordCheck checkPassword(String username, String password) {
        Optional<Stored> found = accounts.findByUsername(Usernames.normalise(username));
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
        if (stored.professionalLeftOn() != null && !stored.professionalLeftOn().isAfter(LocalDate.now(clock))) {
            return new PasswordCheck.Refused();
        }
        SecondFactorStep next = stored.sealedSecondFactorSecret() != null
                ? SecondFactorStep.VERIFY
                : properties.secondFactorRequired() ? SecondFactorStep.ENROL : SecondFactorStep.NONE;
        if (next == SecondFactorStep.NONE) {
            accounts.recordSuccess(stored.account().accountId());
        }
        return new PasswordCheck.Accepted(stored.account(), next, stored.passwordMustChange());
    }
}
