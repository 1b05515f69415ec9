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
 * @param temporaryPasswordLifetime how long a password someone else chose works before it is used and replaced
 * @param sessionAbsoluteLifetime   how long a login lasts at most, however active (besides the idle timeout)
 * @param loginLimits               logins per address and in all, before the password is even checked
 * @param apiTokenLifetime          how long a token (organisation, supervisor, region coordinator) works after
 *                                  it was issued or rotated
 * @param activationLinkLifetime    how long the one-time link a new account gets by e-mail works after it was sent
 */
@ConfigurationProperties("verwijsindex.accounts")
public record AccountProperties(
        @DefaultValue("true") boolean secondFactorRequired,
        String secondFactorKey,
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("PT15M") Duration lockDuration,
        @DefaultValue("P3D") Duration temporaryPasswordLifetime,
        @DefaultValue("PT10H") Duration sessionAbsoluteLifetime,
        @DefaultValue LoginLimitSettings loginLimits,
        @DefaultValue("P365D") Duration apiTokenLifetime,
        @DefaultValue("PT72H") Duration activationLinkLifetime) {

    /**
     * Token buckets in memory, per instance: {@code perAddress} login attempts per {@code period} from one
     * address, {@code global} in all.
     */
    public record LoginLimitSettings(
            @DefaultValue("10") int perAddress,
            @DefaultValue("300") int global,
            @DefaultValue("PT1M") Duration period) {}
}
