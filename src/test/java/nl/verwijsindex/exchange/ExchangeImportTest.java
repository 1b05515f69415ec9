// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.exchange.ExchangeRun.Kind;
import nl.verwijsindex.exchange.ExchangeRun.State;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.RegistrationOutcome;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * Issue 18: importing another system's exchange file into the running index, with its real database, matching
 * and notices. Each test makes its own region, so the shared database does not matter.
 */
@IntegrationTest
class ExchangeImportTest {

    static final OffsetDateTime MONTHS_AGO = OffsetDateTime.now().minusMonths(3).withNano(0);
    static final LocalDate CHILD = LocalDate.now().minusYears(10);

    @Autowired
    ApplicationContext context;

    @Autowired
    Exchanges exchanges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalRegistration registration;

    @Autowired
    BsnProtection protection;

    /** A file with one bad line of every kind the issue names, between good ones. */
    record BadFile(
            ExchangeFile file,
            UUID organisation,
            UUID professional,
            UUID goodSignal,
            String goodBsn,
            List<String> bsns) {}

    BadFile badFile() {
        String region = new Fixtures(context).region(false);
        ExchangeFile file = new ExchangeFile("oud-systeem");
        UUID organisation = file.organisation(region); // 2
        UUID professional = file.professional(organisation); // 3
        file.line("{\"type\":\"signal\",\"id\":"); // 4: broken
        file.professional(UUID.randomUUID()); // 5: unknown organisation
        file.activeSignal(professional, region, "123456789", CHILD, MONTHS_AGO); // 6: fails the elfproef
        String future = TestBsns.random();
        file.activeSignal(
                professional, region, future, CHILD, OffsetDateTime.now().plusDays(3)); // 7: future
        String old = TestBsns.random();
        file.activeSignal(professional, region, old, LocalDate.now().minusYears(24), MONTHS_AGO); // 8: 23 or older
        String good = TestBsns.random();
        UUID goodSignal = file.activeSignal(professional, region, good, CHILD, MONTHS_AGO); // 9: good
        file.activeSignal(professional, region, good, CHILD, MONTHS_AGO.plusDays(1)); // 10: second active signal
        file.line(file.lines().get(8)); // 11: the same id again
        file.line(file.lines()
                .get(8)
                .replace(goodSignal.toString(), UUID.randomUUID().toString())
                .replace("\"state\"", "\"reason\":\"zorgen\",\"state\"")); // 12: a field R-DATA forbids
        file.activeSignal(UUID.randomUUID(), region, TestBsns.random(), CHILD, MONTHS_AGO); // 13: unknown professional
        return new BadFile(file, organisation, professional, goodSignal, good, List.of(future, old, good));
    }

    static final List<Tuple> EXPECTED_PROBLEMS = List.of(
            tuple(4, "-"),
            tuple(5, "organisation"),
            tuple(6, "youth.bsn"),
            tuple(7, "registeredAt"),
            tuple(8, "birthDate"),
            tuple(10, "youth"),
            tuple(11, "id"),
            tuple(12, "reason"),
            tuple(13, "professional"));

    @Test
    void dryRunReportsEveryKindOfBadLineWithLineFieldAndDutchReasonAndChangesNothing() throws IOException {
        BadFile bad = badFile();

        ExchangeRun run = importFile(bad.file().write(), true);

        assertThat(run.kind()).isEqualTo(Kind.DRY_RUN);
        assertThat(run.state()).isEqualTo(State.FINISHED);
        assertThat(run.linesDone()).isEqualTo(13);
        assertThat(run.written())
                .as("organisation, professional and one signal would be written")
                .isEqualTo(3);
        List<ExchangeProblem> problems = exchanges.problems(run.id(), 100);
        assertThat(problems)
                .extracting(ExchangeProblem::line, ExchangeProblem::field)
                .containsExactlyElementsOf(EXPECTED_PROBLEMS);
        assertThat(problems).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        assertThat(count("organisation", bad.organisation())).isZero();
        assertThat(count("professional", bad.professional())).isZero();
        assertThat(count("signal", bad.goodSignal())).isZero();
        String report = report(run);
        assertThat(report).startsWith("regel;veld;reden\n4;-;Deze regel is geen geldige JSON.");
        bad.bsns().forEach(bsn -> assertThat(report).doesNotContain(bsn));
    }

    @Test
    void R_DATA_aRealRunWritesTheGoodLinesWholeAndNoneOfTheBadOnesAndStoresTheBsnOnlyProtected() {
        BadFile bad = badFile();

        ExchangeRun run = importFile(bad.file().write(), false);

        assertThat(run.kind()).isEqualTo(Kind.IMPORT);
        assertThat(run.written()).isEqualTo(3);
        assertThat(exchanges.problems(run.id(), 100))
                .extracting(ExchangeProblem::line, ExchangeProblem::field)
                .containsExactlyElementsOf(EXPECTED_PROBLEMS);
        assertThat(count("organisation", bad.organisation())).isOne();
        assertThat(count("professional", bad.professional())).isOne();
        assertThat(jdbc.sql("select count(*) from signal where professional_id = :p")
                        .param("p", bad.professional())
                        .query(Integer.class)
                        .single())
                .as("only the good signal of this professional")
                .isOne();
        var youth = jdbc.sql("""
                        select y.bsn_index, y.bsn_encrypted, s.imported_from from signal s join youth y on y.id = s.youth_id
                        where s.id = :id""")
                .param("id", bad.goodSignal())
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getBytes(2), rs.getString(3)})
                .single();
        Bsn bsn = Bsn.parse(bad.goodBsn());
        assertThat((byte[]) youth[0]).isEqualTo(protection.blindIndex(bsn).bytes());
        assertThat(new String((byte[]) youth[1], StandardCharsets.ISO_8859_1)).doesNotContain(bad.goodBsn());
        assertThat(protection.decrypt((byte[]) youth[1])).isEqualTo(bsn);
        assertThat(youth[2]).isEqualTo("oud-systeem");
    }

    @Test
    void aRunKilledHalfwayAndRunAgainHoldsEachRecordOnceAndASecondFullRunWritesNothing() {
        String region = new Fixtures(context).region(false);
        ExchangeFile file = new ExchangeFile("oud-systeem");
        UUID professional = file.professional(file.organisation(region));
        for (int i = 0; i < 6; i++) {
            file.activeSignal(professional, region, TestBsns.random(), CHILD, MONTHS_AGO.plusHours(i));
        }
        // Killed after line 5: each record is its own transaction, so the first five lines are in, whole.
        importFile(ExchangeFile.write(file.lines().subList(0, 5)), false);

        ExchangeRun resumed = importFile(file.write(), false);
        ExchangeRun again = importFile(file.write(), false);

        assertThat(resumed.present())
                .as("organisation, professional, two signals")
                .isEqualTo(4);
        assertThat(resumed.written()).isEqualTo(4);
        assertThat(resumed.problems()).isZero();
        assertThat(again.written()).isZero();
        assertThat(again.present()).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from signal where professional_id = :p")
                        .param("p", professional)
                        .query(Integer.class)
                        .single())
                .isEqualTo(6);
    }

    @Test
    void R_NOTICE_matchesTheOldSystemAlreadyMadeAreNotNotifiedButMatchesMadeByMergingTwoSystemsAre() {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional here = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        UUID hereSignal = register(here, bsn, CHILD).signal().id().value();
        ExchangeFile file = new ExchangeFile("oud-systeem");
        UUID organisation = file.organisation(region);
        UUID a = file.professional(organisation);
        UUID b = file.professional(file.organisation(region));
        UUID signalA = file.activeSignal(a, region, bsn, CHILD, MONTHS_AGO);
        UUID signalB = file.activeSignal(b, region, bsn, CHILD, MONTHS_AGO.plusDays(2));

        ExchangeRun run = importFile(file.write(), false);

        assertThat(run.problems()).isZero();
        UUID oldPair = pair(signalA, signalB);
        UUID mergedA = pair(hereSignal, signalA);
        UUID mergedB = pair(hereSignal, signalB);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(notices(mergedA)).containsExactlyInAnyOrder(here.id().value(), a);
            assertThat(notices(mergedB)).containsExactlyInAnyOrder(here.id().value(), b);
        });
        assertThat(notices(oldPair))
                .as("the old system's own match: its professionals knew")
                .isEmpty();
    }

    @Test
    void R_ARCHIVE_HIT_anImportedArchivedSignalIsShownOnceToAProfessionalWhoRegistersTheYouth() {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        String bsn = TestBsns.random();
        ExchangeFile file = new ExchangeFile("oud-systeem");
        UUID old = file.professional(file.organisation(region));
        UUID archived = file.archivedSignal(old, region, bsn, CHILD, MONTHS_AGO.minusYears(1), MONTHS_AGO);
        assertThat(importFile(file.write(), false).problems()).isZero();

        RegistrationOutcome outcome = register(fixtures.professional(fixtures.organisation(region)), bsn, CHILD);

        assertThat(outcome.archiveHits())
                .extracting(h -> h.archivedSignalId().value())
                .containsExactly(archived);
        assertThat(jdbc.sql("select status, end_reason, archived_until from signal where id = :id")
                        .param("id", archived)
                        .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                        .single())
                .containsExactly(
                        "ARCHIVED", "RISK_GONE", MONTHS_AGO.toLocalDate().plusYears(5));
    }

    private ExchangeRun importFile(Path file, boolean dryRun) {
        return exchanges.importFile(file, file.getFileName().toString(), dryRun, Actor.SYSTEM, "test", (d, t) -> {});
    }

    private String report(ExchangeRun run) throws IOException {
        StringWriter out = new StringWriter();
        exchanges.writeReport(run.id(), out);
        return out.toString();
    }

    private int count(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private UUID pair(UUID one, UUID other) {
        return jdbc.sql("select id from match_pair where signal_a = least(:a, :b) and signal_b = greatest(:a, :b)")
                .param("a", one)
                .param("b", other)
                .query(UUID.class)
                .single();
    }

    private List<UUID> notices(UUID pair) {
        return jdbc.sql("select professional_id from notice where match_pair_id = :pair")
                .param("pair", pair)
                .query(UUID.class)
                .list();
    }

    private RegistrationOutcome register(Professional professional, String bsn, LocalDate birthDate) {
        return registration.register(new RegisterSignal(
                professional.organisation().id(),
                professional.id(),
                Bsn.parse(bsn),
                birthDate,
                true,
                Optional.empty(),
                Optional.empty(),
                Actor.SYSTEM));
    }
}
