// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/** R-REQUEST: the deadline tasks of requests in db-scheduler, persistent and run once in a cluster. */
@Configuration(proxyBeanMethods = false)
class RequestTasks {

    @Bean
    OneTimeTask<Void> rightsRequestReminder(ObjectProvider<RequestDeadlineWatch> watch) {
        return Tasks.oneTime(RequestDeadlines.REMINDER_TASK)
                .execute((instance, context) -> watch.getObject()
                        .remind(
                                RequestDeadlines.requestOf(instance.getId()),
                                RequestDeadlines.deadlineOf(instance.getId())));
    }

    @Bean
    OneTimeTask<Void> rightsRequestOverdue(ObjectProvider<RequestDeadlineWatch> watch) {
        return Tasks.oneTime(RequestDeadlines.OVERDUE_TASK)
                .execute((instance, context) -> watch.getObject()
                        .overdue(
                                RequestDeadlines.requestOf(instance.getId()),
                                RequestDeadlines.deadlineOf(instance.getId())));
    }
}
