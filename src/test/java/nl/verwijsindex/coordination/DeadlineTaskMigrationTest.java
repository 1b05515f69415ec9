// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.PublicationRegistryAt;

/**
 * Issue 18 (ADR 0059), migration V85: the reminder and escalation an earlier version planned for a case and date
 * become one deadline task at the earlier of their moments, so an upgrade reminds and escalates each deadline once;
 * what is running is left to the old tasks, and other tasks are not touched.
 */
class DeadlineTaskMigrationTest {

    private static final OffsetDateTime REMINDER = OffsetDateTime.parse("2026-04-29T05:00:00Z");
    private static final OffsetDateTime ESCALATION = OffsetDateTime.parse("2026-04-30T22:00:00Z");

    @Test
    void R_DEADLINE_anEarlierVersionsReminderAndEscalationBecomeOneTaskAtTheEarlierMoment() throws Exception {
        try (PublicationRegistryAt.Database database = PublicationRegistryAt.databaseAt("84")) {
            JdbcClient jdbc = database.jdbc();
            String both = instance();
            String reminded = instance();
            String running = instance();
            plan(jdbc, "consultation-reminder", both, REMINDER, false);
            plan(jdbc, "consultation-escalation", both, ESCALATION, false);
            // reminded already: only the escalation is left
            plan(jdbc, "consultation-escalation", reminded, ESCALATION, false);
            // its reminder is running on an instance of the earlier version
            plan(jdbc, "consultation-reminder", running, REMINDER, true);
            plan(jdbc, "consultation-escalation", running, ESCALATION, false);
            plan(jdbc, "request-deadline-reminder", both, REMINDER, false);

            database.migrateTo("85");

            assertThat(tasks(jdbc, both))
                    .containsExactlyInAnyOrder(
                            "consultation-deadline " + REMINDER.toInstant(),
                            "request-deadline-reminder " + REMINDER.toInstant());
            assertThat(tasks(jdbc, reminded)).containsExactly("consultation-deadline " + ESCALATION.toInstant());
            assertThat(tasks(jdbc, running))
                    .containsExactlyInAnyOrder(
                            "consultation-reminder " + REMINDER.toInstant(),
                            "consultation-deadline " + ESCALATION.toInstant());
        }
    }

    private static String instance() {
        return UUID.randomUUID() + "/2026-04-30";
    }

    private static void plan(JdbcClient jdbc, String task, String instance, OffsetDateTime at, boolean picked) {
        jdbc.sql("""
                        insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                        values (:task, :instance, :at, :picked, 1)""")
                .param("task", task)
                .param("instance", instance)
                .param("at", at)
                .param("picked", picked)
                .update();
    }

    private static List<String> tasks(JdbcClient jdbc, String instance) {
        return jdbc.sql("select task_name, execution_time from scheduled_tasks where task_instance = :instance")
                .param("instance", instance)
                .query((rs, n) -> rs.getString(1) + " "
                        + rs.getObject(2, OffsetDateTime.class).toInstant())
                .list();
    }
}
