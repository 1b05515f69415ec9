// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import nl.verwijsindex.retention.RetentionSweep;

/** The sweep runs every night, on one instance of the cluster (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class RetentionTasks {

    @Bean
    RecurringTask<Void> nightlyRetentionSweep(
            RetentionSweep sweep,
            Clock clock,
            @Value("${verwijsindex.retention.sweep-schedule:}") String schedule,
            @Value("${verwijsindex.retention.sweep-time:02:30}") LocalTime at) {
        // A db-scheduler schedule expression (for example FIXED_DELAY|3600s or DAILY|02:30) overrides the nightly time.
        return Tasks.recurring(
                        "retention-sweep",
                        schedule.isBlank() ? Schedules.daily(clock.getZone(), at) : Schedules.parseSchedule(schedule))
                .execute((instance, context) -> sweep.sweep(LocalDate.now(clock)));
    }
}
