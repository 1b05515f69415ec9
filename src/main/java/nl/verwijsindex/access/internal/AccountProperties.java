// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secondFactorRequired TOTP for every login (default); only the demo run switches it off
 * @param secondFactorKey      base64 of 32 random bytes: the AES-256-GCM key for the stored TOTP secrets;
 *                             required when the second factor is
 * @param maxFailedAttempts    failures (password or code) in a row before the account is locked
 * @param lockDuration         how long a locked account stays locked
 */
@ConfigurationProperties("verwijsindex.accounts")
public record AccountProperties(
        @DefaultValue("true") boolean secondFactorRequired,
        String secondFactorKey,
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("PT15M") Duration lockDuration) {}
