// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.verwijsindex.standalone.InProcessMailServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * DESIGN decision 1: no plaintext BSN at rest, in logs, URLs, e-mails, events or exceptions. Registers
 * known BSNs through every path (match, archive, deletion, bad input) with SQL and web logging at their
 * most verbose, then searches the whole database, the log output, the e-mails and the events for them. In the
 * application all integration tests share (the only one on its database, so its notices go through the mail
 * server this test reads), whose whole database is then searched; the log levels and the event recorder are
 * set for this test only.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoPlaintextBsnTest {

    private static final Map<String, LogLevel> VERBOSE = Map.of(
            "org.springframework.jdbc.core",
            LogLevel.TRACE,
            "org.springframework.web",
            LogLevel.DEBUG,
            "nl.verwijsindex",
            LogLevel.DEBUG,
            "org.springframework.modulith",
            LogLevel.DEBUG,
            // the person register's HTTP client (docs/adr/0055): its wire and header logs stay off
            "org.apache.hc.client5",
            LogLevel.DEBUG);

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
    void R_MAIL_EMPTY_aKnownBsnAppearsNowhereButInTheOwnersApiResponses(CapturedOutput output) {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        Professional c = fixtures.professional(fixtures.organisation(region));
        String birthDate = LocalDate.now().minusYears(12).toString();
        List<String> bsns = List.of(TestBsns.random(), TestBsns.random(), TestBsns.random());

        // A match, an archived signal with its hit, a deletion, and refusals that carry a BSN.
        String matched = bsns.get(0);
        String archivedId = api.post(a.signalsPath(), a.token(), Api.registration(matched, birthDate))
                .json()
                .at("/signal/id")
                .asString();
        api.post(b.signalsPath(), b.token(), Api.registration(matched, birthDate));
        api.post(a.signalsPath() + "/" + archivedId + "/end", a.token(), "{\"reason\":\"RISK_GONE\"}");
        api.post(c.signalsPath(), c.token(), Api.registration(matched, birthDate));
        String deletedId = api.post(a.signalsPath(), a.token(), Api.registration(bsns.get(1), birthDate))
                .json()
                .at("/signal/id")
                .asString();
        api.post(a.signalsPath() + "/" + deletedId + "/end", a.token(), "{\"reason\":\"UNJUSTIFIED\"}");
        api.post(
                c.signalsPath(),
                c.token(),
                Api.registration(bsns.get(2), LocalDate.now().minusYears(30).toString()));
        api.post(
                c.signalsPath(),
                c.token(),
                "{\"bsn\":\"" + bsns.get(2) + "\",\"birthDate\":\"" + birthDate
                        + "\",\"groundsConfirmed\":true,\"extra\":1}");
        // Through the stand-in BRP (over HTTP, the real client): half-siblings Noah Jansen and Lucas Bakker make a
        // family match; a youth named by surname, birth date, gender and postcode; Noah's page with his address.
        String noah = "999907931";
        String noahsSignal = api.post(a.signalsPath(), a.token(), Api.registration(noah, "2013-04-02"))
                .json()
                .at("/signal/id")
                .asString();
        api.post(c.signalsPath(), c.token(), Api.registration("999913104", "2008-11-20"));
        api.post(
                b.signalsPath(),
                b.token(),
                "{\"person\":{\"surname\":\"Bos\",\"gender\":\"M\",\"postcode\":\"3818ES\"},"
                        + "\"birthDate\":\"2014-08-08\",\"groundsConfirmed\":true}");
        assertThat(api.get(a.signalsPath() + "/" + noahsSignal, a.token())
                        .json()
                        .at("/person/name")
                        .asString())
                .isEqualTo("Noah Jansen");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                        select count(*) from match_pair where kind = 'FAMILY'
                        and cast(:noah as uuid) in (signal_a, signal_b)""")
                                .param("noah", noahsSignal)
                                .query(Long.class)
                                .single()
                        > 0);
        bsns = new ArrayList<>(bsns);
        // Noah, Lucas, the resolved Daan Bos, and the parents the index keeps only as blind indexes.
        bsns.addAll(List.of("999907931", "999913104", "999981869", "999905673", "999904577", "999916415"));
        assertThat(api.get(a.signalsPath(), a.token()).body())
                .as("the owner does get the BSN back")
                .contains(matched);
        api.get(b.matchesPath(), b.token());
        // Two match notices; a third when b became match director after a's signal ended (coordination).
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailServer.received().stream()
                                .filter(m -> m.to().equals(b.email()))
                                .count()
                        >= 2);

        String database = dumpDatabase();
        assertThat(database + output.getAll() + mailServer.received())
                .as("names and addresses from the register")
                .doesNotContain("Noah", "Lucas Bakker", "Linda", "Kastanjelaan");
        assertThat(database).as("the database dump is not empty").contains(archivedId);
        String mails = mailServer.received().toString();
        String events = this.events.stream()
                .map(e -> e + " " + json.writeValueAsString(e))
                .toList()
                .toString();
        assertThat(this.events).as("events were captured").isNotEmpty();
        for (String bsn : bsns) {
            assertThat(database).as("database").doesNotContain(bsn);
            assertThat(output.getAll()).as("log output").doesNotContain(bsn);
            assertThat(mails).as("e-mails").doesNotContain(bsn).doesNotContain(birthDate);
            assertThat(events).as("events").doesNotContain(bsn);
        }
        assertThat(output.getAll())
                .as("SQL was logged at TRACE, so the check above saw the bound values")
                .contains("Setting SQL statement parameter value");
    }

    private String dumpDatabase() {
        return DatabaseDump.of(jdbc);
    }

    /** The application's own events, whether published as payload or as an application event. */
    private void record(ApplicationEvent event) {
        Object published = event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event;
        if (published.getClass().getName().startsWith("nl.verwijsindex")) {
            events.add(published);
        }
    }
}
