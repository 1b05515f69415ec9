// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.DatabaseDump;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.access.PrivacyDesks;
import nl.verwijsindex.standalone.InProcessMailServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * R-REQUEST with DESIGN decision 1: a request's BSN, typed at the desk, appears in no log line, e-mail, event or table
 * (only as blind index and ciphertext), through intake, the advice round, refusals that carry it, the overview and an
 * erasure. SQL and web logging at their most verbose, for this test only.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestBsnScanTest {

    private static final Map<String, LogLevel> VERBOSE = Map.of(
            "org.springframework.jdbc.core", LogLevel.TRACE,
            "org.springframework.web", LogLevel.DEBUG,
            "nl.verwijsindex", LogLevel.DEBUG,
            "org.springframework.modulith", LogLevel.DEBUG);
    private static final String REQUESTS = "/api/v1/privacy-desk/requests";

    final List<Object> events = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = this::record;
    private final Map<String, LogLevel> levelsBefore = new LinkedHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    LoggingSystem logging;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InProcessMailServer mailServer;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void recordEventsAndLogEverything() {
        context.addApplicationListener(recorder);
        VERBOSE.forEach((logger, level) -> {
            levelsBefore.put(logger, logging.getLoggerConfiguration(logger).getConfiguredLevel());
            logging.setLogLevel(logger, level);
        });
    }

    @AfterEach
    void stopRecordingAndLogAsBefore() {
        context.removeApplicationListener(recorder);
        levelsBefore.forEach(logging::setLogLevel);
    }

    @Test
    void R_REQUEST_R_MAIL_EMPTY_aRequestsBsnIsInNoLogEmailEventOrTable(CapturedOutput output) {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        String desk =
                context.getBean(PrivacyDesks.class).issue(municipality, "Loket").token();
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String unknown = TestBsns.random();
        String birth = LocalDate.now().minusYears(17).minusDays(5).toString();
        api.post(a.signalsPath(), a.token(), Api.registration(bsn, birth));
        api.post(b.signalsPath(), b.token(), Api.registration(bsn, birth));

        api.post(REQUESTS, desk, intake("ACCESS", "LEGAL_REPRESENTATIVE", bsn, birth));
        api.post(REQUESTS, desk, intake("ACCESS", "YOUTH", unknown, birth));
        String id = api.post(REQUESTS, desk, intake("ERASURE", "YOUTH", bsn, birth))
                .json()
                .at("/id")
                .asString();
        api.get(REQUESTS + "/" + id, desk);
        String access = api.post(REQUESTS, desk, intake("ACCESS", "YOUTH", bsn, birth))
                .json()
                .at("/id")
                .asString();
        assertThat(api.get(REQUESTS + "/" + access + "/overview", desk).body()).doesNotContain(bsn);
        api.post(REQUESTS + "/" + id + "/decision", desk, "{\"outcome\":\"ERASED\",\"reason\":\"Bezwaar gegrond.\"}");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailServer.received().stream()
                                .filter(m -> m.to().equals(a.email()))
                                .count()
                        >= 3);

        String database = dumpDatabase();
        String mails = mailServer.received().toString();
        String published = events.stream()
                .map(e -> e + " " + json.writeValueAsString(e))
                .toList()
                .toString();
        assertThat(events)
                .as("the request's events were captured")
                .anyMatch(e -> e instanceof AdviceRequested)
                .anyMatch(e -> e instanceof SignalsErasedOnRequest);
        for (String scanned : List.of(bsn, unknown)) {
            assertThat(database).as("database").doesNotContain(scanned);
            assertThat(output.getAll()).as("log output").doesNotContain(scanned);
            assertThat(mails).as("e-mails").doesNotContain(scanned);
            assertThat(published).as("events").doesNotContain(scanned);
        }
        assertThat(output.getAll())
                .as("SQL was logged at TRACE, so the check above saw the bound values")
                .contains("Setting SQL statement parameter value");
    }

    private static String intake(String kind, String requester, String bsn, String birth) {
        return """
                {"kind":"%s","requester":"%s","identityCheck":"DIGID","bsn":"%s","youthBirthDate":"%s",\
                "receivedOn":"%s"}""".formatted(kind, requester, bsn, birth, LocalDate.now());
    }

    private String dumpDatabase() {
        return DatabaseDump.of(jdbc);
    }

    private void record(ApplicationEvent event) {
        Object published = event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event;
        if (published.getClass().getName().startsWith("nl.verwijsindex")) {
            events.add(published);
        }
    }
}
