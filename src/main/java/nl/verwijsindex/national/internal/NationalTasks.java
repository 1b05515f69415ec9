// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import nl.verwijsindex.national.NationalInbox;
import nl.verwijsindex.national.NationalOutbox;
import nl.verwijsindex.national.NationalProperties;

/**
 * R-NATIONAL in db-scheduler: sending the outbox and fetching the inbox, each run by one instance of a cluster at a
 * time. Only while {@code verwijsindex.national.enabled}; then a {@code NationalIndex} bean must exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "verwijsindex.national", name = "enabled", havingValue = "true")
class NationalTasks {

    @Bean
    RecurringTask<Void> nationalOutboxSend(NationalOutbox outbox, NationalProperties properties) {
        return Tasks.recurring("national-outbox-send", FixedDelay.of(properties.sendInterval()))
                .execute((instance, context) -> outbox.sendDue());
    }

    @Bean
    RecurringTask<Void> nationalInboxFetch(NationalInbox inbox, NationalProperties properties) {
        return Tasks.recurring("national-inbox-fetch", FixedDelay.of(properties.inboxInterval()))
                .execute((instance, context) -> inbox.fetch());
    }
}
