// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.Instant;
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
 * escalation (when the deadline day is over) of a match as one persistent task in db-scheduler, in the caller's
 * transaction: one task per case and deadline date, however many matches share it. It runs first at the reminder's
 * moment, reminds and plans itself again for the escalation's; without a working day to remind on, or when it runs
 * only once the deadline day is over, it escalates at once (docs/adr/0059; issue 18: one task where there were two,
 * half the statements that plan them).
 */
@Component
public class Deadlines {

    static final String DEADLINE_TASK = "consultation-deadline";

    /** The two tasks an earlier version planned per case and date; registered still for what V85 left to them. */
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
        LocalDate reminderDay = calendar.previousWorkingDay(dueOn);
        // With a deadline of one working day there is no working day in between to remind on.
        Instant first = reminderDay.isAfter(matchedOn)
                ? reminderDay.atTime(reminderTime).atZone(clock.getZone()).toInstant()
                : escalationMoment(dueOn);
        scheduler
                .getObject()
                .scheduleIfNotExists(new TaskInstance<Void>(DEADLINE_TASK, instanceId(caseId, dueOn)), first);
    }

    /** The moment the deadline day is over, in the index's time zone: the escalation's. */
    Instant escalationMoment(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * Whether a run of the deadline task at {@code now} escalates; else it reminds. A reminder whose moment passed
     * with the deadline day (the index was down) is not sent: "before" is over, the escalation follows.
     */
    boolean escalatesAt(Instant now, LocalDate dueOn) {
        return !now.isBefore(escalationMoment(dueOn));
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
