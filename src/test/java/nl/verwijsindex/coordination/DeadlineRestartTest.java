// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.MovableClock;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.VerwijsindexApplication;
import nl.verwijsindex.access.MunicipalSupervisors;
import tools.jackson.databind.JsonNode;

/**
 * R-DEADLINE: the reminder and the escalation are persistent tasks that run on the right working day, also when
 * the application was stopped in between. A match on Wednesday 22 April 2026 has 5 working days: Thu 23, Fri 24,
 * (weekend, Monday 27 King's Day), Tue 28, Wed 29, Thu 30 April. The reminder is due on Wednesday 29 April at
 * 07:00, the escalation to the supervisor of the case's municipality when Thursday 30 April is over. The
 * application runs on its own database and a clock the test moves; db-scheduler reads the same clock.
 */
class DeadlineRestartTest {

    private static final MovableClock CLOCK = MovableClock.INSTANCE;

    @AfterAll
    static void realTimeAgain() {
        CLOCK.reset();
    }

    @Test
    void R_DEADLINE_theReminderAndTheEscalationRunOnTheRightWorkingDayAcrossRestarts() {
        CLOCK.setTo(LocalDateTime.parse("2026-04-22T10:00:00"));
        Professional team;
        Professional school;
        String caseId;
        String supervisor;
        try (ConfigurableApplicationContext app = start()) {
            Api api = new Api(port(app));
            Fixtures fixtures = new Fixtures(app);
            String region = fixtures.region(false);
            String municipality = fixtures.municipality(region);
            supervisor = app.getBean(MunicipalSupervisors.class)
                    .add(
                            municipality,
                            new MunicipalSupervisors.NewSupervisor("Regievoerder", "regie@gemeente.example", "14 030"))
                    .token();
            school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
            team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
            for (Professional p : List.of(school, team)) {
                // in the covenant well before the test's date, whatever the real date is
                fixtures.covenants()
                        .joinCovenant(p.organisation().id(), region, java.time.LocalDate.parse("2020-01-01"));
            }
            String bsn = TestBsns.random();
            assertThat(api.post(school.signalsPath(), school.token(), Api.registration(bsn, "2016-09-01"))
                            .status())
                    .isEqualTo(201);
            assertThat(api.post(team.signalsPath(), team.token(), Api.registration(bsn, "2016-09-01"))
                            .status())
                    .isEqualTo(201);
            JsonNode seen = awaitCase(api, team);
            caseId = seen.at("/matchCaseId").asString();
            assertThat(seen.at("/deadline").asString()).isEqualTo("2026-04-30");
            assertThat(seen.at("/youDirect").asBoolean()).isTrue();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            // One task for the case's deadline (ADR 0059), first at the reminder's moment: 07:00 Amsterdam time.
            assertThat(executionTime(jdbc, "consultation-deadline", caseId)).isEqualTo("2026-04-29T05:00:00Z");
        }

        // Stopped over the weekend and King's Day; started again on Tuesday: nothing is due yet.
        CLOCK.setTo(LocalDateTime.parse("2026-04-28T12:00:00"));
        try (ConfigurableApplicationContext app = start()) {
            Api api = new Api(port(app));
            pause();
            assertThat(notices(api, team, "CONSULTATION_REMINDER")).isEmpty();
            // Twenty seconds before: room for a slow machine between the pause and the look, which must come before.
            CLOCK.setTo(LocalDateTime.parse("2026-04-29T06:59:40"));
            pause();
            assertThat(notices(api, team, "CONSULTATION_REMINDER"))
                    .as("not before 07:00")
                    .isEmpty();
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> notices(api, team, "CONSULTATION_REMINDER").size() == 1);
            assertThat(notices(api, team, "CONSULTATION_REMINDER")
                            .get(0)
                            .at("/matchCaseId")
                            .asString())
                    .isEqualTo(caseId);
            assertThat(notices(api, school, "CONSULTATION_REMINDER"))
                    .as("only the director is reminded")
                    .isEmpty();
            assertThat(state(api, team)).isEqualTo("OPEN");
            // Having reminded, the task waits for the end of the deadline day to escalate.
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "2026-04-30T22:00:00Z".equals(executionTime(jdbc, "consultation-deadline", caseId)));
        }

        // Started again late on the deadline day: the escalation waits until the day is over, then runs.
        CLOCK.setTo(LocalDateTime.parse("2026-04-30T23:00:00"));
        String supervisorToken = supervisor;
        try (ConfigurableApplicationContext app = start()) {
            Api api = new Api(port(app));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            pause();
            assertThat(escalated(jdbc, caseId)).isFalse();
            assertThat(state(api, team))
                    .as("consulting on the deadline day is in time")
                    .isEqualTo("OPEN");
            CLOCK.setTo(LocalDateTime.parse("2026-05-01T00:00:05"));
            await().atMost(Duration.ofSeconds(20)).until(() -> escalated(jdbc, caseId));
            await("escalated, the deadline task is done")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> tasksOf(jdbc, caseId) == 0);
            assertThat(state(api, team)).isEqualTo("OVERDUE");
            assertThat(state(api, school)).isEqualTo("OVERDUE");
            assertThat(notices(api, team, "CONSULTATION_REMINDER"))
                    .as("reminded once")
                    .hasSize(1);
            // R-SUPERVISE: the supervisor of the case's municipality is told and has it on the work list.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> api.get("/api/v1/supervisor/inbox", supervisorToken)
                            .json()
                            .findValuesAsString("kind")
                            .contains("CONSULTATION_OVERDUE"));
            JsonNode inbox =
                    api.get("/api/v1/supervisor/inbox", supervisorToken).json();
            // R-NOTICE: the supervisor heard of the match when it was made, and of the escalation now.
            assertThat(inbox.findValuesAsString("kind")).containsExactly("CONSULTATION_OVERDUE", "NEW_MATCH");
            JsonNode escalation = inbox.get(0);
            assertThat(escalation.at("/kind").asString()).isEqualTo("CONSULTATION_OVERDUE");
            assertThat(escalation.at("/matchCaseId").asString()).isEqualTo(caseId);
            JsonNode workList =
                    api.get("/api/v1/supervisor/work-list", supervisorToken).json();
            assertThat(workList.at("/0/matchCaseId").asString()).isEqualTo(caseId);
            assertThat(workList.at("/0/missedDeadline").asString()).isEqualTo("2026-04-30");
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(VerwijsindexApplication.class, MovableClock.Use.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-deadlines");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Longer than db-scheduler's polling interval in tests (1 s). */
    private static void pause() {
        try {
            Thread.sleep(2_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode awaitCase(Api api, Professional p) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(casesPath(p), p.token()).json().size() == 1);
        return api.get(casesPath(p), p.token()).json().get(0);
    }

    private static String state(Api api, Professional p) {
        return api.get(casesPath(p), p.token()).json().get(0).at("/state").asString();
    }

    private static String casesPath(Professional p) {
        return "/api/v1/professionals/" + p.id() + "/match-cases";
    }

    private static List<JsonNode> notices(Api api, Professional p, String kind) {
        List<JsonNode> found = new ArrayList<>();
        api.get(p.inboxPath(), p.token()).json().forEach(n -> {
            if (n.at("/kind").asString().equals(kind)) {
                found.add(n);
            }
        });
        return found;
    }

    private static String executionTime(JdbcClient jdbc, String task, String caseId) {
        return jdbc.sql(
                        "select execution_time from scheduled_tasks where task_name = :task and task_instance like :case")
                .param("task", task)
                .param("case", caseId + "/%")
                .query((rs, n) ->
                        rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
                .single()
                .toString();
    }

    private static int tasksOf(JdbcClient jdbc, String caseId) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_instance like :case")
                .param("case", caseId + "/%")
                .query(Integer.class)
                .single();
    }

    private static boolean escalated(JdbcClient jdbc, String caseId) {
        return jdbc.sql(
                                "select count(*) from coordination_match where match_case_id = cast(:case as uuid) and escalated_at is not null")
                        .param("case", caseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
