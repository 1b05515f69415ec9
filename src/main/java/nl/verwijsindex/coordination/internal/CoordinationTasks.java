// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The coordination tasks in db-scheduler: persistent, so they survive a restart, and cluster-safe, so each runs
 * once. The one-time tasks are planned per case and deadline by {@link Deadlines}.
 */
@Configuration(proxyBeanMethods = false)
class CoordinationTasks {

    @Bean
    OneTimeTask<Void> consultationReminder(ObjectProvider<DeadlineWatch> watch) {
        return Tasks.oneTime(Deadlines.REMINDER_TASK)
                .execute((instance, context) -> watch.getObject()
                        .remind(Deadlines.caseOf(instance.getId()), Deadlines.dueOnOf(instance.getId())));
    }

    @Bean
    OneTimeTask<Void> consultationEscalation(ObjectProvider<DeadlineWatch> watch) {
        return Tasks.oneTime(Deadlines.ESCALATION_TASK)
                .execute((instance, context) -> watch.getObject()
                        .escalate(Deadlines.caseOf(instance.getId()), Deadlines.dueOnOf(instance.getId())));
    }

    @Bean
    RecurringTask<Void> directorCheck(
            ObjectProvider<DeadlineWatch> watch,
            Clock clock,
            @Value("${verwijsindex.coordination.director-check-time:03:30}") LocalTime at) {
        return Tasks.recurring("director-check", Schedules.daily(clock.getZone(), at))
                .execute((instance, context) -> watch.getObject().reappointWhereDirectorGone());
    }
}
