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
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.Category;
import nl.verwijsindex.directory.Domain;
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

    @Autowired
    DirectoryAdministration categories;

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
    void aRecordTheDatabaseRefusesInABatchIsReportedAndTheRestOfTheBatchIsWritten() {
        String region = new Fixtures(context).region(false);
        ExchangeFile file = new ExchangeFile("oud-systeem");
        UUID organisation = file.organisation(region);
        UUID professional = file.professional(organisation);
        int signals = 520; // with the header, organisation and professional: two batches of lines
        for (int i = 0; i < signals; i++) {
            if (i == 10) {
                // Another professional with the first one's e-mail in the same organisation: the database refuses.
                String first = file.lines().get(2);
                file.line(first.replace(
                        professional.toString() + "\",\"organisation", UUID.randomUUID() + "\",\"organisation"));
            }
            file.activeSignal(professional, region, TestBsns.random(), CHILD, MONTHS_AGO.plusMinutes(i));
        }
        int refusedLine = 4 + 10;

        ExchangeRun run = importFile(file.write(), false);

        assertThat(run.problems()).isOne();
        assertThat(exchanges.problems(run.id(), 10))
                .extracting(ExchangeProblem::line, ExchangeProblem::field)
                .containsExactly(tuple(refusedLine, "-"));
        assertThat(run.written())
                .as("organisation, professional and every signal")
                .isEqualTo(2 + signals);
        assertThat(jdbc.sql("select count(*) from signal where professional_id = :p")
                        .param("p", professional)
                        .query(Integer.class)
                        .single())
                .isEqualTo(signals);
        assertThat(importFile(file.write(), false).present()).isEqualTo(2 + signals);
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
    void R_NOTICE_R_DEADLINE_R_DIRECTOR_R_CONSULTED_theOldSystemsCoordinationStateOfAMatchIsAppliedAndNobodyIsTold() {
        String region = new Fixtures(context).region(false);
        ExchangeFile file = new ExchangeFile("oud-systeem");
        UUID a = file.professional(file.organisation(region));
        UUID b = file.professional(file.organisation(region));
        String consultedYouth = TestBsns.random();
        String openYouth = TestBsns.random();
        UUID consultedA = file.activeSignal(a, region, consultedYouth, CHILD, MONTHS_AGO);
        UUID consultedB = file.activeSignal(b, region, consultedYouth, CHILD, MONTHS_AGO.plusDays(1));
        UUID openA = file.activeSignal(a, region, openYouth, CHILD, MONTHS_AGO);
        UUID openB = file.activeSignal(b, region, openYouth, CHILD, MONTHS_AGO.plusDays(2));
        LocalDate matchedOn = MONTHS_AGO.toLocalDate().plusDays(1);
        LocalDate consultedOn = matchedOn.plusDays(3);
        LocalDate openMatchedOn = LocalDate.now().minusDays(2);
        LocalDate openDueOn = LocalDate.now().plusDays(9);
        file.line(matchRecord(consultedA, consultedB, matchedOn, matchedOn.plusDays(7), consultedOn, consultedB));
        file.line(matchRecord(openA, openB, openMatchedOn, openDueOn, null, null));
        file.line(matchRecord(consultedA, openB, matchedOn, matchedOn.plusDays(7), null, null)); // two youths

        ExchangeRun run = importFile(file.write(), false);
        awaitCarriedOver();
        ExchangeRun again = importFile(file.write(), false);
        awaitCarriedOver();

        assertThat(exchanges.problems(run.id(), 10))
                .as("a match record between signals the index does not match is refused on its line")
                .extracting(ExchangeProblem::line, ExchangeProblem::field)
                .containsExactly(tuple(12, "-"));
        assertThat(run.written())
                .as("two organisations, two professionals, four signals, and the state of two matches")
                .isEqualTo(10);
        assertThat(again.written())
                .as("applying the same state again changes nothing")
                .isZero();
        UUID consultedPair = pair(consultedA, consultedB);
        UUID openPair = pair(openA, openB);
        assertThat(coordination(consultedPair))
                .containsExactly(matchedOn, matchedOn.plusDays(7), consultedOn, consultedB, "IMPORTED");
        List<Object> open = coordination(openPair);
        assertThat(open.subList(0, 3)).containsExactly(openMatchedOn, openDueOn, null);
        assertThat(open.get(3)).as("the region's rules appoint a director").isIn(openA, openB);
        // One deadline task (ADR 0059), first at the reminder before the deadline day; it escalates after it.
        assertThat(jdbc.sql("select task_name, execution_time from scheduled_tasks where task_instance = :id")
                        .param("id", caseOf(openPair) + "/" + openDueOn)
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                        .list())
                .as("the open match's deadline is watched: a reminder before the deadline day, then an escalation")
                .singleElement()
                .satisfies(task -> {
                    assertThat(task.getKey()).isEqualTo("consultation-deadline");
                    assertThat(task.getValue().toInstant())
                            .isBefore(openDueOn
                                    .atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                                    .toInstant());
                });
        assertThat(notices(consultedPair)).isEmpty();
        assertThat(notices(openPair)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notice where match_case_id in (:a, :b)")
                        .param("a", caseOf(consultedPair))
                        .param("b", caseOf(openPair))
                        .query(Integer.class)
                        .single())
                .as("no supervisor is told of a match the old system made")
                .isZero();
    }

    @Test
    void aDryRunReportsASignalThatWouldDoubleAnActiveSignalOfTheSameProfessionalInTheIndex() {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional here = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        register(here, bsn, CHILD);
        ExchangeFile file = new ExchangeFile("oud-systeem");
        file.activeSignal(here.id().value(), region, bsn, CHILD, MONTHS_AGO); // 2
        file.activeSignal(here.id().value(), region, TestBsns.random(), CHILD, MONTHS_AGO); // 3: another youth

        ExchangeRun dry = importFile(file.write(), true);
        ExchangeRun real = importFile(file.write(), false);
        ExchangeRun rerun = importFile(file.write(), false);

        assertThat(exchanges.problems(dry.id(), 10))
                .extracting(ExchangeProblem::line, ExchangeProblem::field)
                .containsExactly(tuple(2, "youth"));
        assertThat(dry.written()).isOne();
        assertThat(exchanges.problems(real.id(), 10))
                .extracting(ExchangeProblem::line, ExchangeProblem::field)
                .containsExactly(tuple(2, "youth"));
        assertThat(rerun.problems())
                .as("a signal the index holds by its own id is no double of itself")
                .isOne();
        assertThat(rerun.present()).isOne();
    }

    @Test
    void R_CATEGORY_anOrganisationWithAnotherRegionsOwnCategoryIsReportedByTheDryRunAndTheRealRunAndNotWritten()
            throws IOException {
        Fixtures fixtures = new Fixtures(context);
        String ownRegion = fixtures.region(false);
        String otherRegion = fixtures.region(false);
        String category = (ownRegion.toUpperCase(Locale.ROOT) + "_KINDEROPVANG").replace('-', '_');
        categories.keepRegionCategories(
                ownRegion, List.of(new Category(category, "Kinderopvang " + ownRegion, Domain.YOUTH_CARE, true, null)));
        ExchangeFile file = new ExchangeFile("oud-systeem");
        UUID outside = file.organisation(otherRegion, category); // 2: the category of a region it is not in
        UUID inside = file.organisation(ownRegion, category); // 3: in the category's own region
        file.professional(outside); // 4: its organisation was refused

        ExchangeRun dry = importFile(file.write(), true);
        ExchangeRun real = importFile(file.write(), false);

        for (ExchangeRun run : List.of(dry, real)) {
            assertThat(exchanges.problems(run.id(), 10))
                    .extracting(ExchangeProblem::line, ExchangeProblem::field)
                    .containsExactly(tuple(2, "category"), tuple(4, "organisation"));
            assertThat(exchanges.problems(run.id(), 10).get(0).reason())
                    .contains("geldt alleen in regio " + ownRegion, "geen convenant");
            assertThat(run.written())
                    .as("only the organisation in the category's region")
                    .isOne();
        }
        assertThat(report(dry)).contains("2;category;Deze categorie geldt alleen in regio");
        assertThat(count("organisation", outside)).isZero();
        assertThat(count("organisation", inside)).isOne();
    }

    private static String matchRecord(
            UUID signalA, UUID signalB, LocalDate matchedOn, LocalDate dueOn, LocalDate consultedOn, UUID director) {
        return "{\"type\":\"match\",\"signalA\":\"%s\",\"signalB\":\"%s\",\"matchedOn\":\"%s\",\"dueOn\":\"%s\"%s%s}"
                .formatted(
                        signalA,
                        signalB,
                        matchedOn,
                        dueOn,
                        consultedOn == null ? "" : ",\"consultedOn\":\"" + consultedOn + "\"",
                        director == null ? "" : ",\"directorSignal\":\"" + director + "\"");
    }

    /** Until coordination has handled every match carried over (it listens after the import's commit). */
    private void awaitCarriedOver() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where event_type like '%CarriedOver' and completion_date is null""").query(Integer.class).single() == 0);
    }

    private List<Object> coordination(UUID pair) {
        return jdbc.sql("""
                        select m.matched_on, m.due_on, m.consulted_at, c.director_signal_id, c.director_basis
                        from coordination_match m join coordination_case c on c.match_case_id = m.match_case_id
                        where m.pair_id = :pair""")
                .param("pair", pair)
                .query((rs, n) -> Arrays.<Object>asList(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class),
                        Optional.ofNullable(rs.getObject(3, OffsetDateTime.class))
                                .map(at -> at.atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
                                        .toLocalDate())
                                .orElse(null),
                        rs.getObject(4, UUID.class),
                        rs.getString(5)))
                .single();
    }

    private UUID caseOf(UUID pair) {
        return jdbc.sql("select match_case_id from match_pair where id = :pair")
                .param("pair", pair)
                .query(UUID.class)
                .single();
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
