// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.VerwijsindexApplication;

/**
 * Two instances of the application on one database, both scheduling the retention sweep every second:
 * db-scheduler hands each run to one of them, and what the sweep does happens exactly once.
 */
class TwoInstancesTest {

    @Test
    void R_ACTIVE_2Y_twoInstancesSweepingTogetherExpireEachSignalOnceAndNeverRunTheSweepTwiceAtATime() {
        try (ConfigurableApplicationContext first = start();
                ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            Api api =
                    new Api(((WebServerApplicationContext) first).getWebServer().getPort());
            Fixtures fixtures = new Fixtures(first);
            Professional p = fixtures.professional(fixtures.organisation(fixtures.region(false)));
            for (int i = 0; i < 30; i++) {
                String id = api.post(p.signalsPath(), p.token(), Api.registration(TestBsns.random(), "2015-06-01"))
                        .json()
                        .at("/signal/id")
                        .asString();
                jdbc.sql("update signal set active_until = :past where id = cast(:id as uuid)")
                        .param("past", LocalDate.now().minusDays(1))
                        .param("id", id)
                        .update();
            }

            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            jdbc.sql("select count(*) from signal where professional_id = :p and status = 'ARCHIVED'")
                                            .param("p", p.id().value())
                                            .query(Integer.class)
                                            .single()
                                    == 30);
            // Exactly one logbook entry per expiry: no signal was ended twice by the two instances.
            assertThat(jdbc.sql("""
                            select count(*) from logbook_entry l join signal s on s.id = l.signal_id
                            where s.professional_id = :p and l.action = 'SIGNAL_ENDED'""")
                            .param("p", p.id().value())
                            .query(Integer.class)
                            .single())
                    .isEqualTo(30);
            // One row for the recurring task, shared by both instances.
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'retention-sweep'")
                            .query(Integer.class)
                            .single())
                    .isOne();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(VerwijsindexApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-cluster",
                        "--verwijsindex.retention.sweep-schedule=FIXED_DELAY|1s");
    }
}
