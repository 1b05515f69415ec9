// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.access.internal.AccountRepository.Stored;

/**
 * The lockout after repeated failures, counted alike by every check that can fail: a password at login, the
 * current password when changing it, and a second-factor code. A failure is written in the caller's transaction,
 * which commits it even though the check fails.
 */
@Component
public class Lockout {

    private final AccountRepository accounts;
    private final AccountProperties properties;
    private final SecurityLog securityLog;

    Lockout(AccountRepository accounts, AccountProperties properties, SecurityLog securityLog) {
        this.accounts = accounts;
        this.properties = properties;
        this.securityLog = securityLog;
    }

    public boolean lockedAt(Stored stored, OffsetDateTime now) {
        return stored.lockedUntil() != null && stored.lockedUntil().isAfter(now);
    }

    /** Counts a failure; the moment the account is locked until, when this one locked it. */
    public Optional<OffsetDateTime> failure(UUID id, OffsetDateTime now) {
        OffsetDateTime until = now.plus(properties.lockDuration());
        accounts.recordFailure(id, properties.maxFailedAttempts(), until);
        Optional<OffsetDateTime> locked =
                accounts.find(id).map(Stored::lockedUntil).filter(t -> t.isAfter(now));
        locked.ifPresent(t -> securityLog.locked(id));
        return locked;
    }
}
