// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.matching.MatchCaseId;

/**
 * R-DEADLINE: plans the reminder (on the working day before the deadline, at the reminder time) and the
 * escalation (when the deadline day is over) of a match as persistent one-time tasks in db-scheduler, in the
 * caller's transaction. One pair of tasks per case and deadline date, however many matches share it.
 */
@Component
public class Deadlines {

    static final String REMINDER_TASK = "consultation-reminder";
    static final String ESCALATION_TASK = "consultation-escalation";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock clock;
    private final LocalTime reminderTime;

    Deadlines(
            ObjectProvider<SchedulerClient> scheduler,
            Clock clock,
            @Value("${verwijsindex.coordination.reminder-time:07:00}") LocalTime reminderTime) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.reminderTime = reminderTime;
    }

    public void plan(MatchCaseId caseId, LocalDate matchedOn, LocalDate dueOn, DutchCalendar calendar) {
        String id = instanceId(caseId, dueOn);
        LocalDate reminderDay = calendar.previousWorkingDay(dueOn);
        // With a deadline of one working day there is no working day in between to remind on.
        if (reminderDay.isAfter(matchedOn)) {
            scheduler
                    .getObject()
                    .scheduleIfNotExists(
                            new TaskInstance<Void>(REMINDER_TASK, id),
                            reminderDay
                                    .atTime(reminderTime)
                                    .atZone(clock.getZone())
                                    .toInstant());
        }
        scheduler
                .getObject()
                .scheduleIfNotExists(
                        new TaskInstance<Void>(ESCALATION_TASK, id),
                        dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    static String instanceId(MatchCaseId caseId, LocalDate dueOn) {
        return caseId + "/" + dueOn;
    }

    static MatchCaseId caseOf(String instanceId) {
        return new MatchCaseId(UUID.fromString(instanceId.substring(0, instanceId.indexOf('/'))));
    }

    static LocalDate dueOnOf(String instanceId) {
        return LocalDate.parse(instanceId.substring(instanceId.indexOf('/') + 1));
    }
}
