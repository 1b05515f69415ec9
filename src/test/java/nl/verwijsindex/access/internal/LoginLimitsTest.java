// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.access.internal.AccountProperties.LoginLimitSettings;

/**
 * Issue 12, accounts: logins are limited per address and in all (Bucket4j), before any password is checked.
 * Before, one address could try as many accounts as fast as it liked.
 */
class LoginLimitsTest {

    @Test
    void oneAddressGetsItsShareAndThenWaits() {
        var limits = limits(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryLogin("192.0.2.1")).isTrue();
        }
        assertThat(limits.tryLogin("192.0.2.1")).isFalse();
        assertThat(limits.tryLogin("192.0.2.2"))
                .as("another address has its own bucket")
                .isTrue();
    }

    @Test
    void allAddressesTogetherShareTheGlobalLimit() {
        var limits = limits(100, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(limits.tryLogin("198.51.100." + i)).isTrue();
        }
        assertThat(limits.tryLogin("198.51.100.99")).isFalse();
        assertThat(limits.tryLogin(null)).isFalse();
    }

    private static LoginLimits limits(int perAddress, int global) {
        return new LoginLimits(new AccountProperties(
                false,
                null,
                5,
                Duration.ofMinutes(15),
                Duration.ofDays(3),
                Duration.ofHours(10),
                new LoginLimitSettings(perAddress, global, Duration.ofHours(1)),
                Duration.ofDays(365),
                Duration.ofHours(72)));
    }
}
