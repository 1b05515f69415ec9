// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;

/**
 * Issue 12, accounts: passwords are hashed with Argon2id at OWASP's current minimum (m=19456 KiB, t=2, p=1);
 * a hash made before with Spring Security's weaker defaults (16 MiB) is stored again at the next login with the
 * right password. Before, every hash had 16 MiB and stayed so.
 */
@IntegrationTest
class Argon2idAtOwaspMinimumWithRehashOnLoginTest {

    private static final String OWASP = "$argon2id$v=19$m=19456,t=2,p=1$";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PasswordLogin login;

    @Autowired
    JdbcClient jdbc;

    @Test
    void newHashesUseOwaspParametersAndOldOnesAreUpgradedAtLogin() {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String username = "argon-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithChosenPassword(
                NewAccount.professional(username, professional.name(), "the right password", professional.id()));
        assertThat(hash(username)).startsWith("{argon2}" + OWASP);

        String old = "{argon2}"
                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("the right password");
        assertThat(old).contains("m=16384");
        jdbc.sql("update user_account set password_hash = :h where username = :u")
                .param("h", old)
                .param("u", username)
                .update();

        assertThat(login.checkPassword(username, "wrong")).isInstanceOf(PasswordCheck.Refused.class);
        assertThat(hash(username)).as("a wrong password changes nothing").isEqualTo(old);
        assertThat(login.checkPassword(username, "the right password")).isInstanceOf(PasswordCheck.Accepted.class);
        assertThat(hash(username)).startsWith("{argon2}" + OWASP);
        assertThat(login.checkPassword(username, "the right password")).isInstanceOf(PasswordCheck.Accepted.class);
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from user_account where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }
}
