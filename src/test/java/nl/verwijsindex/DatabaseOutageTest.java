// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.standalone.InProcessMailServer;

/**
 * Issue 13, defect 5, as a drill: PostgreSQL stopped and started again under load, with the application
 * configured as in production against a database of its own. While the database is down every request is
 * answered within seconds with 503 problem details and Retry-After (never a 500 and never a 30-second wait),
 * health is DOWN and readiness OUT_OF_SERVICE; once it is back, the application recovers by itself. Clients that
 * retry a 503 with the same Idempotency-Key, as the API asks, lose nothing: what they sent is what arrived.
 */
class DatabaseOutageTest {

    private static final String CHILD = LocalDate.now().minusYears(9).toString();

    @Test
    void aDatabaseOutageUnderLoadIsAnswered503AndRecoversWithoutLosingAnAcknowledgedSignal(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("pg");
        // Not a clean data directory: zonky would delete it when the server stops, and the drill restarts it on its
        // data.
        EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start();
        int databasePort = database.getPort();
        InProcessMailServer mail = new InProcessMailServer(0);
        mail.start();
        List<String> args = List.of(
                "--server.port=0",
                "--management.server.port=0",
                // The API description on the application's own port, so that the contract check (ApiContract)
                // also validates the 503 answers given while the database is down.
                "--springdoc.use-management-port=false",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.port(),
                "--verwijsindex.notification.from=verwijsindex@example.org",
                "--verwijsindex.notification.base-url=https://verwijsindex.example.org",
                "--verwijsindex.logbook.audit-key=dGVzdC1sb2dib29rLWF1ZGl0LWtleS0zMi1ieXRlcyEhIQ==",
                "--verwijsindex.keys.blind-index-key=dGVzdC1ibGluZC1pbmRleC1rZXktMzItYnl0ZXMtbG9uZyE=",
                "--verwijsindex.keys.encryption-key=dGVzdC1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcyEhISE=",
                "--verwijsindex.accounts.second-factor-key=dGVzdC1zZWNvbmQtZmFjdG9yLWtleS0zMi1ieXRlcyE=",
                "--verwijsindex.database.check-interval=PT0.5S",
                "--spring.main.banner-mode=off");
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(VerwijsindexApplication.class).run(args.toArray(String[]::new))) {
            Api api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            Api management = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.management.port")));
            Fixtures fixtures = new Fixtures(app);
            Fixtures.Organisation organisation = fixtures.organisation(fixtures.region(false));
            List<Professional> professionals = List.of(
                    fixtures.professional(organisation),
                    fixtures.professional(organisation),
                    fixtures.professional(organisation),
                    fixtures.professional(organisation));

            Set<Integer> statuses = ConcurrentHashMap.newKeySet();
            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean loading = new AtomicBoolean(true);
            List<Future<Integer>> sent = new ArrayList<>();
            for (Professional professional : professionals) {
                sent.add(
                        clients.submit(() -> registerUntilStopped(api, professional, loading, statuses, acknowledged)));
            }
            Thread.sleep(1500);

            database.close();
            long stoppedAt = System.nanoTime();
            Response whileDown = api.post(
                    professionals.get(0).signalsPath(),
                    organisation.token(),
                    Api.registration(TestBsns.random(), CHILD));
            assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt))
                    .as("answered within seconds")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(whileDown.status()).as(whileDown.body()).isEqualTo(503);
            assertThat(whileDown.header("Retry-After")).isEqualTo("5");
            assertThat(whileDown.header("Content-Type")).startsWith("application/problem+json");
            assertThat(whileDown.json().at("/code").asString()).isEqualTo("database-unavailable");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> management.get("/actuator/health", null).status() == 503);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> management
                            .get("/actuator/health/readiness", null)
                            .body()
                            .contains("OUT_OF_SERVICE"));
            assertThat(management.get("/actuator/health/liveness", null).status())
                    .as("alive: no restart needed")
                    .isEqualTo(200);
            Thread.sleep(2000);

            database = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(databasePort)
                    .start();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> management.get("/actuator/health", null).status() == 200);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> management
                            .get("/actuator/health/readiness", null)
                            .body()
                            .contains("\"UP\""));
            Thread.sleep(1500);
            loading.set(false);
            int keys = 0;
            for (Future<Integer> client : sent) {
                keys += client.get();
            }

            assertThat(statuses)
                    .as("only 201 and 503, never a 500")
                    .isSubsetOf(201, 503)
                    .contains(201, 503);
            assertThat(acknowledged)
                    .as("every key sent was acknowledged in the end")
                    .hasSize(keys);
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            int arrived = 0;
            for (Professional professional : professionals) {
                arrived += jdbc.sql("select count(*) from signal where professional_id = :p")
                        .param("p", professional.id().value())
                        .query(Integer.class)
                        .single();
            }
            assertThat(arrived)
                    .as("what was sent is what arrived: nothing lost, nothing twice")
                    .isEqualTo(keys);
            for (String signalId : acknowledged.values()) {
                assertThat(jdbc.sql("select count(*) from signal where id = cast(:id as uuid)")
                                .param("id", signalId)
                                .query(Integer.class)
                                .single())
                        .isOne();
            }
        } finally {
            clients.shutdownNow();
            mail.stop();
            closeQuietly(database);
        }
    }

    /** A client as the API asks for: a 503 is sent again after a while with the same Idempotency-Key. */
    private static int registerUntilStopped(
            Api api,
            Professional professional,
            AtomicBoolean loading,
            Set<Integer> statuses,
            Map<String, String> acknowledged)
            throws InterruptedException {
        int keys = 0;
        while (loading.get()) {
            String key = UUID.randomUUID().toString();
            String body = Api.registration(TestBsns.random(), CHILD);
            keys++;
            for (int attempt = 0; attempt < 200; attempt++) {
                Response response = api.post(
                        professional.signalsPath(),
                        professional.organisation().token(),
                        body,
                        Map.of("Idempotency-Key", key));
                statuses.add(response.status());
                if (response.status() == 201) {
                    acknowledged.put(key, response.json().at("/signal/id").asString());
                    break;
                }
                Thread.sleep(250);
            }
        }
        return keys;
    }

    private static void closeQuietly(EmbeddedPostgres database) {
        try {
            database.close();
        } catch (IOException | RuntimeException e) {
            // already stopped
        }
    }
}
