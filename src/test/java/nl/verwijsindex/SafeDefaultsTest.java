// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.verwijsindex.shared.settings.MissingSettingsException;
import nl.verwijsindex.standalone.InProcessMailServer;

/**
 * Issue 12, "safe by default": the application started as a deployment starts it (java -jar, no profile) is
 * not the demo. Against a PostgreSQL and an SMTP server of its own (here: an embedded PostgreSQL and the
 * in-process SMTP server, started by the test as if they were outside), nothing demo-like starts; without
 * settings the start stops and names them; the demo data refuses any database but the demo's own.
 */
@ExtendWith(OutputCaptureExtension.class)
class SafeDefaultsTest {

    private static final String BLIND_INDEX_KEY = "dGVzdC1ibGluZC1pbmRleC1rZXktMzItYnl0ZXMtbG9uZyE=";
    private static final String ENCRYPTION_KEY = "dGVzdC1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcyEhISE=";
    private static final String SECOND_FACTOR_KEY = "dGVzdC1zZWNvbmQtZmFjdG9yLWtleS0zMi1ieXRlcyE=";
    private static EmbeddedPostgres outsideDatabase;
    private static InProcessMailServer outsideMail;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startOutsideServers(@TempDir Path dir) throws IOException {
        outsideDatabase = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .start();
        outsideMail = new InProcessMailServer(0);
        outsideMail.start();
    }

    @AfterAll
    static void stopOutsideServers() throws IOException {
        outsideMail.stop();
        outsideDatabase.close();
    }

    @Test
    void aStartWithoutSettingsStopsAtOnceAndNamesEveryMissingSetting(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(VerwijsindexApplication.class).run("--server.port=0"))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
        assertThat(output.getOut() + output.getErr())
                .contains(
                        "APPLICATION FAILED TO START",
                        "SPRING_DATASOURCE_URL",
                        "SPRING_MAIL_HOST",
                        "VERWIJSINDEX_KEYS_BLIND_INDEX_KEY",
                        "VERWIJSINDEX_KEYS_ENCRYPTION_KEY",
                        "VERWIJSINDEX_NOTIFICATION_FROM",
                        "VERWIJSINDEX_NOTIFICATION_BASE_URL",
                        "VERWIJSINDEX_ACCOUNTS_SECOND_FACTOR_KEY",
                        "./mvnw spring-boot:run");
    }

    @Test
    void withoutTheDemoProfileNothingDemoLikeStartsAndOperationsHaveTheirOwnPort() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(VerwijsindexApplication.class)
                .run(production("--management.server.port=0").toArray(String[]::new))) {
            String main = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String management = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port");

            assertThat(app.containsBean("inProcessMailServer"))
                    .as("no in-process SMTP server")
                    .isFalse();
            assertThat(app.getBeanNamesForType(InProcessMailServer.class)).isEmpty();
            assertThat(app.getBeanDefinitionNames())
                    .as("no demo data, no stand-in BRP")
                    // A stand-in bean's name starts with "standIn" (or is a standalone class's); "accountStanding" is
                    // no stand-in.
                    .noneMatch(name -> name.toLowerCase().contains("demo")
                            || name.startsWith("standIn")
                            || name.contains(".standalone."));
            assertThat(app.getEnvironment().getProperty("verwijsindex.person.brp.base-url", ""))
                    .as("no person register unless one is configured")
                    .isEmpty();
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            for (String table : List.of(
                    "user_account",
                    "api_client",
                    "region_coordinator_credential",
                    "municipal_supervisor",
                    "organisation",
                    "signal")) {
                assertThat(jdbc.sql("select count(*) from " + table)
                                .query(Integer.class)
                                .single())
                        .as("nothing written into " + table)
                        .isZero();
            }
            assertThat(app.getEnvironment().getProperty("verwijsindex.accounts.second-factor-required"))
                    .isEqualTo("true");
            assertThat(app.getEnvironment().getProperty("verwijsindex.admin.token-sha256"))
                    .isEmpty();

            assertThat(get(main + "/dev/mail").statusCode())
                    .as("/dev/mail exists only in the demo")
                    .isEqualTo(404);
            assertThat(get(main + "/actuator/prometheus").statusCode())
                    .as("no metrics on the public port")
                    .isNotEqualTo(200);
            assertThat(get(main + "/actuator/health").statusCode())
                    .as("no health on the public port")
                    .isNotEqualTo(200);
            assertThat(get(main + "/v3/api-docs").statusCode())
                    .as("no API description on the public port")
                    .isNotEqualTo(200);
            assertThat(get(management + "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(get(management + "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
            HttpResponse<String> description = get(management + "/actuator/openapi");
            assertThat(description.statusCode())
                    .as(description.headers().map().toString())
                    .isEqualTo(200);
            assertThat(description.body()).contains("\"openapi\"", "/api/v1/professionals");

            HttpResponse<String> forged = http.send(
                    HttpRequest.newBuilder(URI.create(main + "/signalen"))
                            .header("X-Forwarded-Host", "evil.example")
                            .header("X-Forwarded-Proto", "https")
                            .header("X-Forwarded-For", "203.0.113.9")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.headers().allValues("Location"))
                    .as("forwarded headers from an unknown client are ignored")
                    .isNotEmpty()
                    .noneMatch(location -> location.contains("evil.example") || location.startsWith("https:"));
        }
    }

    @Test
    void theDemoDataRefusesToLoadIntoAnyDatabaseButTheDemosOwn() {
        JdbcClient.create(outsideDatabase.getPostgresDatabase())
                .sql("create database somebodys_real_data")
                .update();
        List<String> args =
                production("--spring.datasource.url=" + outsideDatabase.getJdbcUrl("postgres", "somebodys_real_data"));
        assertThatThrownBy(() -> new SpringApplicationBuilder(VerwijsindexApplication.class)
                        .profiles("demo")
                        .run(args.toArray(String[]::new)))
                .hasMessageContaining("demo data loads only into the demo's own embedded database");
        JdbcClient outside = JdbcClient.create(outsideDatabase.getDatabase("postgres", "somebodys_real_data"));
        assertThat(outside.sql("select count(*) from information_schema.tables where table_name = 'user_account'")
                        .query(Integer.class)
                        .single())
                .as("not even the schema was made")
                .isZero();
    }

    private List<String> production(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + outsideDatabase.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + outsideMail.port(),
                "--verwijsindex.notification.from=verwijsindex@example.org",
                "--verwijsindex.notification.base-url=https://verwijsindex.example.org",
                "--verwijsindex.logbook.audit-key=dGVzdC1sb2dib29rLWF1ZGl0LWtleS0zMi1ieXRlcyEhIQ==",
                "--verwijsindex.keys.blind-index-key=" + BLIND_INDEX_KEY,
                "--verwijsindex.keys.encryption-key=" + ENCRYPTION_KEY,
                "--verwijsindex.accounts.second-factor-key=" + SECOND_FACTOR_KEY,
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return args;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
