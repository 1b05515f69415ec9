// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;

/**
 * Issue 12, accounts: the failure count is updated with the account's row locked, so concurrent wrong
 * passwords cannot race past the lockout. Before, every guess read "not locked" before any failure committed,
 * and all of them had their password checked.
 */
@IntegrationTest
class LoginLockoutRaceTest {

    private static final int GUESSES = 12;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PasswordLogin login;

    @Test
    void concurrentWrongPasswordsCheckNoMoreThanTheLockoutAllows() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithChosenPassword(
                NewAccount.professional(username, professional.name(), "the right password", professional.id()));

        ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PasswordCheck>> answers = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            String guess = "wrong " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return login.checkPassword(username, guess);
            }));
        }
        start.countDown();
        List<PasswordCheck> checks = new ArrayList<>();
        for (Future<PasswordCheck> answer : answers) {
            checks.add(answer.get());
        }
        pool.shutdown();

        // Four refused, the fifth locks the account, every later one finds it locked without a password check.
        assertThat(checks).filteredOn(PasswordCheck.Refused.class::isInstance).hasSize(4);
        assertThat(checks).filteredOn(PasswordCheck.Locked.class::isInstance).hasSize(GUESSES - 4);
        assertThat(login.checkPassword(username, "the right password")).isInstanceOf(PasswordCheck.Locked.class);
    }
}
