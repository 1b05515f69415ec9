// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The transactional outbox between modules: an event whose listener failed (or never ran because the
 * application stopped) stays incomplete in the registry; this cluster-safe task hands it to its listener
 * again. Listeners are idempotent, so a second delivery does no harm. Restarts also republish
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationResubmission {

    @Bean
    RecurringTask<Void> resubmitIncompleteEventPublications(
            IncompleteEventPublications incomplete,
            @Value("${verwijsindex.events.resubmit-interval:PT1M}") Duration interval,
            @Value("${verwijsindex.events.resubmit-older-than:PT2M}") Duration olderThan) {
        return Tasks.recurring("resubmit-incomplete-event-publications", FixedDelay.of(interval))
                .execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(olderThan));
    }
}
