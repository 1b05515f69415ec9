// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

/**
 * The demo history's time: moves the {@link DemoClock} to a moment of the past and waits there until the modules
 * have done what follows from it (their event listeners, and db-scheduler's deadline tasks that fall due), so
 * that all of it happens at that moment, as it would have then.
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
class HistoryTimeline {

    private static final Logger log = LoggerFactory.getLogger(HistoryTimeline.class);
    /** The coordination module's deadline task (coordination.internal.Deadlines), and the two it replaced (V85). */
    private static final String DEADLINE_TASK = "consultation-deadline";

    private static final List<String> DEADLINE_TASKS =
            List.of(DEADLINE_TASK, "consultation-reminder", "consultation-escalation");

    private static final Duration PAUSE = Duration.ofMillis(20);

    private final DemoClock clock;
    private final ObjectProvider<Scheduler> scheduler;
    private final JdbcClient jdbc;

    HistoryTimeline(DemoClock clock, ObjectProvider<Scheduler> scheduler, JdbcClient jdbc) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    /**
     * db-scheduler waits for its next poll by this clock too: after the clock jumped, it is told to look at once,
     * or it would wait for the time it jumped back (and not run the deadline tasks that are now due).
     */
    void moveTo(Instant moment) {
        clock.setTo(moment);
        scheduler.getObject().triggerCheckForDueExecutions();
    }

    /** The clock shows the real time again; what fell due in the past (the deadline tasks) is done before it returns. */
    void backToNow(Duration atMost) {
        clock.reset();
        scheduler.getObject().triggerCheckForDueExecutions();
        if (!await(() -> deadlineTasksDue() == 0, atMost)) {
            log.warn("Demo history: db-scheduler had not run every past deadline task after {}", atMost);
        }
        awaitEvents(atMost);
    }

    /**
     * R-DEADLINE: waits (at the moment the clock shows, just after the deadline day) until db-scheduler has run the
     * escalation of the case's deadline, so the case escalates on its day: the deadline task is done once it escalated.
     */
    boolean awaitEscalation(UUID caseId, LocalDate dueOn, Duration atMost) {
        TaskInstanceId escalation = TaskInstanceId.of(DEADLINE_TASK, caseId + "/" + dueOn);
        boolean ran = await(
                () -> scheduler.getObject().getScheduledExecution(escalation).isEmpty(), atMost);
        if (!ran) {
            scheduler
                    .getObject()
                    .getScheduledExecution(escalation)
                    .ifPresent(e -> log.warn(
                            "Demo history: escalation at {} not run at {}: picked {}, failures {}",
                            e.getExecutionTime(),
                            clock.instant(),
                            e.isPicked(),
                            e.getConsecutiveFailures()));
        }
        awaitEvents(atMost);
        return ran;
    }

    /** Waits until the modules have handled every event (matches taken up, notices made), or the time is up. */
    void awaitEvents(Duration atMost) {
        if (!await(
                () -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Integer.class)
                                .single()
                        == 0,
                atMost)) {
            log.warn("Demo history: the modules had not handled every event after {}", atMost);
        }
    }

    private long deadlineTasksDue() {
        Instant now = clock.instant();
        return scheduler.getObject().getScheduledExecutions(ScheduledExecutionsFilter.all()).stream()
                .filter(e -> DEADLINE_TASKS.contains(e.getTaskInstance().getTaskName()))
                .filter(e -> !e.getExecutionTime().isAfter(now))
                .count();
    }

    private static boolean await(BooleanSupplier done, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
