// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class AccountConfiguration {

    /** OWASP's password storage cheat sheet, its first Argon2id option: 19 MiB, 2 iterations, 1 lane. */
    static final int ARGON2_MEMORY_KIB = 19_456;

    static final int ARGON2_ITERATIONS = 2;

    /**
     * Argon2id at OWASP's current minimum (salt 16 bytes, hash 32 bytes, 19 MiB, 2 iterations, 1 lane), stored with
     * its id ({@code {argon2}...}) so that a later algorithm can take over hash by hash. A hash with weaker
     * parameters (Spring Security's 16 MiB of before) reports that it needs an upgrade, and a login with the right
     * password stores it again under these ({@code PasswordLogin}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS)));
    }

    @Bean
    SecretBox secondFactorSecretBox(AccountProperties properties) {
        if (properties.secondFactorKey() == null || properties.secondFactorKey().isBlank()) {
            if (properties.secondFactorRequired()) {
                throw new IllegalStateException("""
                        verwijsindex.accounts.second-factor-key is required when the second factor is \
                        (VERWIJSINDEX_ACCOUNTS_SECOND_FACTOR_KEY: base64 of 32 random bytes, openssl rand -base64 32)""");
            }
            return SecretBox.NONE;
        }
        return SecretBox.ofBase64Key(properties.secondFactorKey());
    }
}
