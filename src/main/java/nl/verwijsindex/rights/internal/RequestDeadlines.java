// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.internal;

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
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.rights.RequestRules;

/**
 * R-REQUEST: the calendar of a municipality (its region's, with or without Liberation Day) and the persistent
 * one-time tasks of a request's deadline in db-scheduler, planned in the caller's transaction: the reminder a
 * number of working days before the deadline, and the escalation when the deadline day is over. A new pair per
 * deadline, so an extension plans its own; a task for a deadline that no longer holds does nothing.
 */
@Component
public class RequestDeadlines {

    static final String REMINDER_TASK = "rights-request-reminder";
    static final String OVERDUE_TASK = "rights-request-overdue";

    private final ObjectProvider<SchedulerClient> scheduler;
    private final Covenants covenants;
    private final RegionSettingsKeeper settings;
    private final Clock clock;
    private final int reminderWorkingDays;
    private final LocalTime reminderTime;

    RequestDeadlines(
            ObjectProvider<SchedulerClient> scheduler,
            Covenants covenants,
            RegionSettingsKeeper settings,
            Clock clock,
            @Value("${verwijsindex.rights.reminder-working-days:5}") int reminderWorkingDays,
            @Value("${verwijsindex.coordination.reminder-time:07:00}") LocalTime reminderTime) {
        this.scheduler = scheduler;
        this.covenants = covenants;
        this.settings = settings;
        this.clock = clock;
        this.reminderWorkingDays = reminderWorkingDays;
        this.reminderTime = reminderTime;
    }

    /** The Dutch calendar of the municipality's region (Liberation Day as the region sets it). */
    public DutchCalendar calendarOf(String municipalityCode) {
        String region = covenants.municipality(municipalityCode).orElseThrow().regionCode();
        return new DutchCalendar(settings.of(region).liberationDay());
    }

    public void plan(UUID requestId, String municipalityCode, LocalDate deadline) {
        String id = requestId + "/" + deadline;
        LocalDate reminderDay = RequestRules.reminderOn(deadline, reminderWorkingDays, calendarOf(municipalityCode));
        SchedulerClient client = scheduler.getObject();
        client.scheduleIfNotExists(
                new TaskInstance<Void>(REMINDER_TASK, id),
                reminderDay.atTime(reminderTime).atZone(clock.getZone()).toInstant());
        client.scheduleIfNotExists(
                new TaskInstance<Void>(OVERDUE_TASK, id),
                deadline.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    static UUID requestOf(String instanceId) {
        return UUID.fromString(instanceId.substring(0, instanceId.indexOf('/')));
    }

    static LocalDate deadlineOf(String instanceId) {
        return LocalDate.parse(instanceId.substring(instanceId.indexOf('/') + 1));
    }
}
