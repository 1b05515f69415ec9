// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Cluster-safe retry of activation e-mails that were not sent (mail server down, application stopped). */
@Configuration(proxyBeanMethods = false)
class ActivationTasks {

    @Bean
    RecurringTask<Void> activationMailRetry(
            ActivationDelivery delivery,
            @Value("${verwijsindex.notification.retry-interval:PT30S}") Duration interval) {
        return Tasks.recurring("activation-mail-retry", FixedDelay.of(interval)).execute((instance, context) -> {
            while (delivery.deliverDue(100) == 100) {
                // keep going while a full batch was due
            }
        });
    }
}
