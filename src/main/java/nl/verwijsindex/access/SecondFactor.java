// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.internal.AccountRepository;
import nl.verwijsindex.access.internal.AccountRepository.Stored;
import nl.verwijsindex.access.internal.Lockout;
import nl.verwijsindex.access.internal.SecretBox;
import nl.verwijsindex.access.internal.TotpCodes;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/**
 * The second step of a login (TOTP), required everywhere except in the demo run: setting it up once, then a code
 * at every login. A wrong code counts towards the same lockout as a wrong password ({@link PasswordLogin}).
 */
@Service
public class SecondFactor {

    private static final String ISSUER = "Verwijsindex";

    private final AccountRepository accounts;
    private final TotpCodes totp;
    private final SecretBox secretBox;
    private final Lockout lockout;
    private final Clock clock;

    SecondFactor(AccountRepository accounts, TotpCodes totp, SecretBox secretBox, Lockout lockout, Clock clock) {
        this.accounts = accounts;
        this.totp = totp;
        this.secretBox = secretBox;
        this.lockout = lockout;
        this.clock = clock;
    }

    /**
     * A fresh secret, sealed for the session to keep; shown with {@link #show} and stored only by
     * {@link #confirmEnrolment}.
     */
    public PendingEnrolment newEnrolment(SignedInAccount account) {
        if (!secretBox.available()) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "second-factor-unavailable",
                    "De tweede stap is op deze installatie niet ingesteld. Neem contact op met de beheerder.");
        }
        return new PendingEnrolment(account.id(), secretBox.seal(account.accountId(), totp.newSecret()));
    }

    /** The secret being set up, to show on the set-up page (as text and as a QR code). */
    public SecondFactorEnrolment show(SignedInAccount account, PendingEnrolment pending) {
        String secret = open(account.id(), pending);
        return new SecondFactorEnrolment(
                secret,
                totp.otpauthUri(ISSUER, account.username(), secret),
                totp.qrImageUri(ISSUER, account.username(), secret));
    }

    private String open(AccountId id, PendingEnrolment pending) {
        if (!pending.account().equals(id)) {
            throw new IllegalArgumentException(
                    "the enrolment of account " + pending.account() + " is not for account " + id);
        }
        return secretBox.open(id.value(), pending.sealedSecret());
    }

    /** Stores the secret once a code made with it proves the app has it. Only for an account without one. */
    @Transactional
    public SecondFactorCheck confirmEnrolment(AccountId id, PendingEnrolment pending, String code) {
        String secret = pending == null ? null : open(id, pending);
        Stored stored = accounts.lock(id.value()).orElseThrow();
        OffsetDateTime now = Moments.now(clock);
        if (lockout.lockedAt(stored, now)) {
            return SecondFactorCheck.LOCKED;
        }
        if (stored.sealedSecondFactorSecret() != null || secret == null) {
            return SecondFactorCheck.REFUSED;
        }
        OptionalLong step = totp.verify(secret, code, -1);
        if (step.isEmpty()) {
            return lockout.failure(id.value(), now).isPresent() ? SecondFactorCheck.LOCKED : SecondFactorCheck.REFUSED;
        }
        accounts.saveSecondFactor(id.value(), secretBox.seal(id.value(), secret), step.getAsLong());
        accounts.recordSuccess(id.value());
        return SecondFactorCheck.ACCEPTED;
    }

    @Transactional
    public SecondFactorCheck verifySecondFactor(AccountId id, String code) {
        Stored stored = accounts.lock(id.value()).orElseThrow();
        OffsetDateTime now = Moments.now(clock);
        if (lockout.lockedAt(stored, now)) {
            return SecondFactorCheck.LOCKED;
        }
        if (stored.sealedSecondFactorSecret() == null) {
            return SecondFactorCheck.REFUSED;
        }
        String secret = secretBox.open(id.value(), stored.sealedSecondFactorSecret());
        OptionalLong step = totp.verify(secret, code, stored.lastUsedStep());
        if (step.isEmpty()) {
            return lockout.failure(id.value(), now).isPresent() ? SecondFactorCheck.LOCKED : SecondFactorCheck.REFUSED;
        }
        accounts.recordUsedStep(id.value(), step.getAsLong());
        accounts.recordSuccess(id.value());
        return SecondFactorCheck.ACCEPTED;
    }
}
