// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A transaction that PostgreSQL chose as a deadlock's victim, tried again. Rolled back whole, so trying it again
 * repeats nothing. For the few actions whose transaction locks many rows that work after another commit also
 * locks, such as deleting every signal of a youth while that youth's match notices are written. Call it from outside
 * the transaction (the work must be its own {@code @Transactional} call).
 */
public final class DeadlockRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);
    private static final int ATTEMPTS = 3;

    private DeadlockRetry() {}

    public static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("A transaction lost a deadlock or a lock wait; trying again (attempt {})", attempt + 1);
            }
        }
    }
}
