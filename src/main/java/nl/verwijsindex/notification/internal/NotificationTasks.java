// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import nl.verwijsindex.notification.NotificationProperties;

/** Cluster-safe retry of notice e-mails that were not sent (SMTP down, application stopped), and a pass at start. */
@Configuration(proxyBeanMethods = false)
class NotificationTasks {

    private static final Logger log = LoggerFactory.getLogger(NotificationTasks.class);

    private final NoticeDelivery delivery;

    NotificationTasks(NoticeDelivery delivery) {
        this.delivery = delivery;
    }

    /**
     * The recovery pass at start: what a stopped instance left due, or SENDING with a lease that ran out, goes out
     * now rather than at the retry task's next run. A database that is not there yet leaves it to that task.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recoverAtStart() {
        try {
            int attempted = delivery.deliverDue(100);
            if (attempted > 0) {
                log.info("{} notices that were due at start were e-mailed or retried", attempted);
            }
        } catch (DataAccessException | TransactionException e) {
            log.warn(
                    "Notices due at start are left to the retry task: {}",
                    e.getClass().getSimpleName());
        }
    }

    @Bean
    RecurringTask<Void> noticeDeliveryRetry(NotificationProperties properties) {
        return Tasks.recurring("notice-delivery-retry", FixedDelay.of(properties.retryInterval()))
                .execute((instance, context) -> {
                    while (delivery.deliverDue(100) == 100) {
                        // keep going while a full batch was due
                    }
                });
    }
}
