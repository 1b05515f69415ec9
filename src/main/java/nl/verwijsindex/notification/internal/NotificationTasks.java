// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import nl.verwijsindex.notification.NotificationProperties;

/** Cluster-safe retry of notice e-mails that were not sent (SMTP down, application stopped). */
@Configuration(proxyBeanMethods = false)
class NotificationTasks {

    @Bean
    RecurringTask<Void> noticeDeliveryRetry(NoticeDelivery delivery, NotificationProperties properties) {
        return Tasks.recurring("notice-delivery-retry", FixedDelay.of(properties.retryInterval()))
                .execute((instance, context) -> {
                    while (delivery.deliverDue(100) == 100) {
                        // keep going while a full batch was due
                    }
                });
    }
}
