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

    /**
     * Argon2id (salt 16 bytes, hash 32 bytes, 16 MiB, 2 iterations: Spring Security's current defaults),
     * stored with its id ({@code {argon2}...}) so that a later algorithm can take over hash by hash.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
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
