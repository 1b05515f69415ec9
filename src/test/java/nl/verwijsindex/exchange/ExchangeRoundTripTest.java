// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: export, then import into an empty index, gives the same organisations, professionals, signals,
 * archive and matches, field by field; and every exported line is valid against the published JSON Schema. A
 * database of its own, since the test empties it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
        properties = {
            "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-exchange-round-trip",
            "verwijsindex.standalone.brp.enabled=false"
        })
class ExchangeRoundTripTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()))
            .getSchema(JSON.readTree(Path.of("docs/exchange/verwijsindex-exchange-v1.schema.json")
                    .toFile()));
    /** On a whole minute: the export once wrote such a moment without its seconds, which the schema refuses. */
    static final OffsetDateTime YEAR_AGO =
            OffsetDateTime.now().minusYears(1).withSecond(0).withNano(0);

    static final LocalDate CHILD = LocalDate.now().minusYears(12);

    @Autowired
    ApplicationContext context;

    @Autowired
    Exchanges exchanges;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportThenImportIntoAnEmptyIndexGivesTheSameSignalsMatchesAndArchiveFieldByField() {
        String region = new Fixtures(context).region(false);
        ExchangeFile file = new ExchangeFile("oud-systeem");
        UUID team = file.organisation(region);
        UUID a = file.professional(team);
        UUID b = file.professional(file.organisation(region));
        String bsn = TestBsns.random();
        UUID signalA = file.activeSignal(a, region, bsn, CHILD, YEAR_AGO);
        UUID signalB = file.activeSignal(b, region, bsn, CHILD, YEAR_AGO.plusDays(3));
        file.archivedSignal(a, region, TestBsns.random(), CHILD, YEAR_AGO, YEAR_AGO.plusMonths(2));
        file.line("""
                {"type":"signal","id":"%s","youth":{"surname":"de Vries","gender":"V"},"birthDate":"2015-03-04",\
                "professional":"%s","region":"%s","registeredAt":"%s","activeUntil":"%s","state":"ARCHIVED",\
                "endReason":"EXPIRED","endedAt":"%s","archivedUntil":"%s"}""".formatted(
                        UUID.randomUUID(),
                        b,
                        region,
                        YEAR_AGO.minusYears(2),
                        YEAR_AGO.toLocalDate(),
                        YEAR_AGO,
                        YEAR_AGO.toLocalDate().plusYears(5)));
        file.line("""
                {"type":"signal","id":"%s","youth":{"surname":"Öztürk","gender":"M"},"birthDate":"2012-11-30",\
                "professional":"%s","region":"%s","registeredAt":"%s","activeUntil":"%s","state":"ACTIVE"}""".formatted(
                UUID.randomUUID(), a, region, YEAR_AGO, YEAR_AGO.toLocalDate().plusYears(2)));
        LocalDate matchedOn = YEAR_AGO.toLocalDate().plusDays(3);
        file.line("""
                {"type":"match","signalA":"%s","signalB":"%s","matchedOn":"%s","dueOn":"%s","consultedOn":"%s",\
                "directorSignal":"%s"}""".formatted(signalA, signalB, matchedOn, matchedOn.plusDays(7), matchedOn.plusDays(5), signalB));
        assertThat(importFile(file.write()).problems()).isZero();
        List<Map<String, Object>> signalsBefore = signals();
        List<Map<String, Object>> pairsBefore = pairs();
        List<String> exported = export();

        emptyTheIndex();
        assertThat(signals()).isEmpty();
        ExchangeRun reimport = importFile(ExchangeFile.write(exported));
        List<String> exportedAgain = export();

        assertThat(reimport.problems()).isZero();
        assertThat(reimport.written()).isEqualTo(exported.size() - 1);
        assertThat(signals()).containsExactlyElementsOf(signalsBefore);
        assertThat(pairs())
                .as("the same youth matches")
                .containsExactlyElementsOf(pairsBefore)
                .hasSize(1);
        assertThat(exportedAgain.subList(1, exportedAgain.size()))
                .extracting(JSON::readTree)
                .containsExactlyElementsOf(exported.subList(1, exported.size()).stream()
                        .map(JSON::readTree)
                        .toList());
        assertThat(exported)
                .as("header, two organisations, two professionals, five signals, the match's coordination state")
                .hasSize(1 + 2 + 2 + 5 + 1);
        assertThat(exported.get(exported.size() - 1))
                .as("the old system's coordination state, carried over")
                .contains("\"consultedOn\":\"" + matchedOn.plusDays(5) + "\"")
                .contains("\"directorSignal\":\"" + signalB + "\"");
        for (String line : exported) {
            List<String> errors = SCHEMA.validate(JSON.readTree(line)).stream()
                    .map(Error::toString)
                    .toList();
            assertThat(errors)
                    .as(line.replaceAll("\"bsn\":\"[0-9]+\"", "\"bsn\":\"***\""))
                    .isEmpty();
        }
    }

    @Test
    void theSchemaRefusesWhatTheImportRefuses() {
        JsonNode reason = JSON.readTree("""
                {"type":"signal","id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","youth":{"bsn":"123456782"},
                 "birthDate":"2015-01-01","professional":"1b4e28ba-2fa1-11d2-883f-0016d3cca428","region":"eemland",
                 "registeredAt":"2025-01-01T10:00:00+01:00","activeUntil":"2027-01-01","state":"ACTIVE","reason":"zorgen"}""");
        JsonNode activeWithEnd = JSON.readTree("""
                {"type":"signal","id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","youth":{"bsn":"123456782"},
                 "birthDate":"2015-01-01","professional":"1b4e28ba-2fa1-11d2-883f-0016d3cca428","region":"eemland",
                 "registeredAt":"2025-01-01T10:00:00+01:00","activeUntil":"2027-01-01","state":"ACTIVE",
                 "endReason":"RISK_GONE"}""");
        JsonNode good = JSON.readTree("""
                {"type":"signal","id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","youth":{"bsn":"123456782"},
                 "birthDate":"2015-01-01","professional":"1b4e28ba-2fa1-11d2-883f-0016d3cca428","region":"eemland",
                 "registeredAt":"2025-01-01T10:00:00+01:00","activeUntil":"2027-01-01","state":"ACTIVE"}""");

        assertThat(SCHEMA.validate(good)).isEmpty();
        assertThat(SCHEMA.validate(reason)).isNotEmpty();
        assertThat(SCHEMA.validate(activeWithEnd)).isNotEmpty();
    }

    private ExchangeRun importFile(Path file) {
        return exchanges.importFile(file, "round-trip.jsonl", false, Actor.SYSTEM, "test", (d, t) -> {});
    }

    private List<String> export() {
        StringWriter out = new StringWriter();
        exchanges.export(out, "export.jsonl", Actor.SYSTEM, "test");
        return out.toString().lines().toList();
    }

    /** Every field of every signal, the youth by its blind index and birth date. */
    private List<Map<String, Object>> signals() {
        return jdbc.sql("""
                        select s.id, encode(y.bsn_index, 'hex') as youth, y.identified_by, y.birth_date, s.professional_id,
                               s.organisation_id, s.region_code, s.grounds_confirmed, s.registered_at, s.active_until,
                               s.status, s.ended_at, s.end_reason, s.archived_until
                        from signal s join youth y on y.id = s.youth_id order by s.id""").query().listOfRows();
    }

    private List<Map<String, Object>> pairs() {
        return jdbc.sql(
                        "select kind, signal_a, signal_b, region_a, region_b from match_pair order by signal_a, signal_b")
                .query()
                .listOfRows();
    }

    /**
     * An empty index for the second import: once the first import's work after its commit (the carried-over cases,
     * notices and report facts, in their own transactions) is done, since a truncate that takes its tables while that
     * work holds some of them deadlocks; a scheduled task may still cross it, so a deadlock is tried again.
     */
    private void emptyTheIndex() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
        await().atMost(Duration.ofSeconds(30))
                .ignoreException(PessimisticLockingFailureException.class)
                .until(() -> {
                    jdbc.sql("truncate organisation, youth cascade").update();
                    return true;
                });
    }
}
