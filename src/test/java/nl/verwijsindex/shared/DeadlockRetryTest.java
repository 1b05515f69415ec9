// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

class DeadlockRetryTest {

    @Test
    void aDeadlockVictimIsTriedAgainAndItsAnswerReturned() {
        AtomicInteger attempts = new AtomicInteger();
        String answer = DeadlockRetry.retried(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new PessimisticLockingFailureException("deadlock detected");
            }
            return "decided";
        });
        assertThat(answer).isEqualTo("decided");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterThreeDeadlocksTheLastIsThrown() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.retried(() -> {
                    attempts.incrementAndGet();
                    throw new PessimisticLockingFailureException("deadlock detected");
                }))
                .isInstanceOf(PessimisticLockingFailureException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherFailuresAreNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.retried(() -> {
                    attempts.incrementAndGet();
                    throw new DataIntegrityViolationException("duplicate");
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(attempts).hasValue(1);
    }
}
