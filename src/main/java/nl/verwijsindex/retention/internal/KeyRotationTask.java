// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import nl.verwijsindex.retention.KeyRotation;

/**
 * ADR 0022: re-keying runs on one instance of the cluster (db-scheduler), often, and does nothing when no row
 * is under an older key; so making a new key current is all an operator does to start it.
 */
@Configuration(proxyBeanMethods = false)
class KeyRotationTask {

    @Bean
    RecurringTask<Void> rekeying(
            KeyRotation rotation, @Value("${verwijsindex.keys.rekey-interval:PT1M}") Duration interval) {
        return Tasks.recurring("rekeying", FixedDelay.of(interval)).execute((instance, context) -> rotation.run());
    }
}
