// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;

/**
 * Issue 12, accounts: a password someone else chose (temporary) works only for
 * {@code verwijsindex.accounts.temporary-password-lifetime} (default three days), both when the account is made
 * and after an administrator's reset. Before, it worked until it was used, however late.
 */
@IntegrationTest
class TemporaryPasswordExpiresTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PasswordLogin login;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTemporaryPasswordStopsWorkingWhenItsLifetimeIsOver() {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String username = "temp-" + UUID.randomUUID().toString().substring(0, 8);
        AccountId id = accounts.create(
                NewAccount.professional(username, professional.name(), "a temporary password", professional.id()));

        assertThat(Duration.between(OffsetDateTime.now(), expiresAt(username)))
                .isBetween(Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3));
        assertThat(login.checkPassword(username, "a temporary password")).isInstanceOf(PasswordCheck.Accepted.class);

        expire(username);
        assertThat(login.checkPassword(username, "a temporary password")).isInstanceOf(PasswordCheck.Refused.class);

        accounts.resetPassword(id, "another temporary password");
        assertThat(login.checkPassword(username, "another temporary password"))
                .isInstanceOf(PasswordCheck.Accepted.class);
        expire(username);
        assertThat(login.checkPassword(username, "another temporary password"))
                .isInstanceOf(PasswordCheck.Refused.class);
    }

    private void expire(String username) {
        jdbc.sql("update user_account set password_expires_at = now() - interval '1 minute' where username = :u")
                .param("u", username)
                .update();
    }

    private OffsetDateTime expiresAt(String username) {
        return jdbc.sql("select password_expires_at from user_account where username = :u")
                .param("u", username)
                .query(OffsetDateTime.class)
                .single();
    }
}
