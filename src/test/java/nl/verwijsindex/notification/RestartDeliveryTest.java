// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

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
import nl.verwijsindex.standalone.InProcessMailServer;

/**
 * Nothing is lost: when the application stops after a match committed but before its notices were made,
 * the event publication registry still holds the match, and the restarted application announces it.
 * Uses a database of its own, so no other running application can pick the publication up.
 */
class RestartDeliveryTest {

    @Test
    void R_NOTICE_aMatchWhoseNoticesWereNotYetMadeWhenTheApplicationStoppedIsAnnouncedAfterTheRestart() {
        String bsn = TestBsns.random();
        String birthDate = LocalDate.now().minusYears(6).toString();
        Professional a;
        Professional b;

        try (ConfigurableApplicationContext first = start()) {
            Api api = new Api(port(first));
            Fixtures fixtures = new Fixtures(first);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            String region = fixtures.region(false);
            a = fixtures.professional(fixtures.organisation(region));
            b = fixtures.professional(fixtures.organisation(region));
            // The notice listener fails as if the application went down before it could run.
            jdbc.sql("alter table notice add constraint simulate_crash check (false) not valid")
                    .update();
            assertThat(api.post(a.signalsPath(), a.token(), Api.registration(bsn, birthDate))
                            .status())
                    .isEqualTo(201);
            assertThat(api.post(b.signalsPath(), b.token(), Api.registration(bsn, birthDate))
                            .status())
                    .isEqualTo(201);
            // Until the notices' listener has run and failed, and nothing else waits for its listener: an incomplete
            // publication alone may still be waiting, and would then run after the constraint is dropped below, in
            // this instance.
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.sql("""
                                    select count(*) filter (where status = 'FAILED') = 1
                                       and count(*) filter (where status is distinct from 'FAILED') = 0
                                    from event_publication where completion_date is null""").query(Boolean.class).single());
            assertThat(jdbc.sql("select count(*) from notice")
                            .query(Integer.class)
                            .single())
                    .isZero();
            // The crash is over before the restart; this instance does not try again (resubmit-interval below).
            jdbc.sql("alter table notice drop constraint simulate_crash").update();
        }

        try (ConfigurableApplicationContext third = start()) {
            Api api = new Api(port(third));
            InProcessMailServer mail = third.getBean(InProcessMailServer.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().size() == 2);
            assertThat(mail.received())
                    .extracting(InProcessMailServer.ReceivedMail::to)
                    .containsExactlyInAnyOrder(a.email(), b.email());
            assertThat(api.get(a.inboxPath(), a.token()).json()).hasSize(1);
            assertThat(api.get(b.inboxPath(), b.token()).json()).hasSize(1);
            assertThat(third.getBean(JdbcClient.class)
                            .sql("select count(*) from event_publication where completion_date is null")
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(VerwijsindexApplication.class)
                .profiles("test")
                // Arguments, not builder properties: those are defaults that the test profile would override.
                .run(
                        "--server.port=0",
                        "--verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-restart",
                        // only the restart may resubmit, not the periodic task
                        "--verwijsindex.events.resubmit-interval=PT1H");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
