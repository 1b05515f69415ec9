// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import nl.verwijsindex.matching.MatchCaseId;

/**
 * The coordination tasks in db-scheduler: persistent, so they survive a restart, and cluster-safe, so each runs
 * once. The deadline task is planned per case and deadline date by {@link Deadlines}.
 */
@Configuration(proxyBeanMethods = false)
class CoordinationTasks {

    /**
     * R-DEADLINE: the case's deadline task ({@link Deadlines}): at the reminder's moment it reminds and plans itself
     * again for the escalation's; run once the deadline day is over it escalates and is done.
     */
    @Bean
    CustomTask<Void> consultationDeadline(ObjectProvider<DeadlineWatch> watch, Deadlines deadlines, Clock clock) {
        return Tasks.custom(Deadlines.DEADLINE_TASK, Void.class).execute((instance, context) -> {
            MatchCaseId caseId = Deadlines.caseOf(instance.getId());
            LocalDate dueOn = Deadlines.dueOnOf(instance.getId());
            if (deadlines.escalatesAt(clock.instant(), dueOn)) {
                watch.getObject().escalate(caseId, dueOn);
                return new CompletionHandler.OnCompleteRemove<>();
            }
            watch.getObject().remind(caseId, dueOn);
            return (complete, operations) -> operations.reschedule(complete, deadlines.escalationMoment(dueOn));
        });
    }

    /** Planned by an earlier version, one of two per case and date; kept for the instances V85 did not hand over. */
    @Bean
    OneTimeTask<Void> consultationReminder(ObjectProvider<DeadlineWatch> watch) {
        return Tasks.oneTime(Deadlines.REMINDER_TASK)
                .execute((instance, context) -> watch.getObject()
                        .remind(Deadlines.caseOf(instance.getId()), Deadlines.dueOnOf(instance.getId())));
    }

    /** As {@link #consultationReminder}: planned by an earlier version. */
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
