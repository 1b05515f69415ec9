// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Every night, on one instance of the cluster (db-scheduler): every chain and the checkpoints kept so far are checked
 * (a broken link or checkpoint is logged as an error and sets the metric {@code verwijsindex.logbook.chain.broken} to
 * the number of broken chains), and every chain's head is written as a checkpoint after entries past the retention
 * period are removed.
 */
@Configuration(proxyBeanMethods = false)
class LogbookTasks {

    @Bean
    RecurringTask<Void> nightlyLogbookVerification(ChainVerifier verifier, LogbookProperties properties, Clock clock) {
        return Tasks.recurring("logbook-verification", Schedules.daily(clock.getZone(), properties.verifyTime()))
                .execute((instance, context) -> verifier.verifyWithCheckpoints());
    }

    @Bean
    RecurringTask<Void> dailyLogbookCheckpoint(
            Checkpoints checkpoints, LogbookRetention retention, LogbookProperties properties, Clock clock) {
        return Tasks.recurring("logbook-checkpoint", Schedules.daily(clock.getZone(), properties.checkpointTime()))
                .execute((instance, context) -> {
                    retention.removeExpired();
                    checkpoints.write();
                });
    }
}
