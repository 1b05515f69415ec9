// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import nl.verwijsindex.shared.Moments;

/** Housekeeping of the signal module, cluster-safe through db-scheduler. */
@Configuration(proxyBeanMethods = false)
class SignalTasks {

    /** A client retries within minutes; a day of idempotency keys is ample and keeps the table small. */
    static final Duration IDEMPOTENCY_KEY_LIFETIME = Duration.ofDays(1);

    @Bean
    RecurringTask<Void> purgeIdempotencyKeys(IdempotencyStore store, TransactionTemplate transactions, Clock clock) {
        return Tasks.recurring("purge-idempotency-keys", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> transactions.executeWithoutResult(
                        status -> store.purgeOlderThan(Moments.now(clock).minus(IDEMPOTENCY_KEY_LIFETIME))));
    }
}
