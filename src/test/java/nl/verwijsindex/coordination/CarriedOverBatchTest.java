// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.ImportedSignals;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.coordination.internal.CaseOpening;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchCasesCarriedOver;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchesCarriedOver;
import nl.verwijsindex.signal.ImportedSignal;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalImport;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.youth.Bsn;

/**
 * Issue 18 (ADR 0043): the matches a batch of an import carries over reach coordination as one
 * {@link MatchCasesCarriedOver} and are opened in one transaction, with the outcome of opening each case on its own
 * ({@link CaseOpening#carryOver(MatchesCarriedOver)}): a case that already had a director keeps it, a new case gets
 * the director, deadlines and tasks the single opening gives, and the match that exists only because two systems
 * were merged is still announced.
 */
@IntegrationTest
@RecordApplicationEvents
class CarriedOverBatchTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SignalImport imports;

    @Autowired
    CaseOpening opening;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    private String region;
    private final List<Professional> professionals = new ArrayList<>();

    @Test
    void R_DIRECTOR_R_DEADLINE_R_NOTICE_a_batch_of_carried_over_matches_is_opened_together_as_each_case_alone() {
        Fixtures fixtures = new Fixtures(context);
        region = fixtures.region(false);
        Organisation team = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Organisation police = fixtures.organisation(region, "POLICE");
        Organisation school = fixtures.organisation(region, "PRIMARY_EDUCATION");
        for (Organisation organisation : List.of(team, police, school, team)) {
            professionals.add(fixtures.professional(organisation));
        }
        Bsn known = new Bsn(TestBsns.random());
        Bsn fresh = new Bsn(TestBsns.random());
        Bsn merged = new Bsn(TestBsns.random());
        // Earlier: a youth the old system matched already (its case has a director), and a signal of another system.
        List<ImportedSignal> earlier =
                List.of(signal(known, 1, "oud"), signal(known, 2, "oud"), signal(merged, 3, "ander"));
        transactions.executeWithoutResult(s -> imports.importSignals(earlier, Actor.SYSTEM));
        MatchCaseId knownCase = caseOf(earlier.get(0).id());
        awaitCoordination();
        UUID directorBefore = director(knownCase);
        assertThat(directorBefore).isNotNull();

        // One batch: a third signal on the known youth, three on a fresh youth, one that meets the other system's.
        List<ImportedSignal> batch = List.of(
                signal(known, 0, "oud"),
                signal(fresh, 0, "oud"),
                signal(fresh, 1, "oud"),
                signal(fresh, 2, "oud"),
                signal(merged, 0, "oud"));
        transactions.executeWithoutResult(s -> imports.importSignals(batch, Actor.SYSTEM));
        MatchCaseId freshCase = caseOf(batch.get(1).id());
        MatchCaseId mergedCase = caseOf(batch.get(4).id());
        awaitCoordination();

        // One event for the batch's two cases with carried-over matches; the merged pair is not among them.
        List<MatchCasesCarriedOver> published = events.stream(MatchCasesCarriedOver.class)
                .filter(e -> e.cases().stream().anyMatch(c -> c.matchCase().equals(freshCase)))
                .toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).cases())
                .extracting(MatchesCarriedOver::matchCase)
                .containsExactlyInAnyOrder(knownCase, freshCase);

        // The known case keeps its director and coordinates the two new pairs; the fresh one has three.
        assertThat(director(knownCase)).isEqualTo(directorBefore);
        assertThat(matches(knownCase)).hasSize(3);
        List<List<Object>> freshMatches = matches(freshCase);
        assertThat(freshMatches).hasSize(3).allSatisfy(m -> {
            assertThat(m.get(6)).isEqualTo(LocalDate.now(clock));
            assertThat((LocalDate) m.get(7)).isAfter(LocalDate.now(clock));
        });
        assertThat(tasks(freshCase)).isNotEmpty();
        // Nobody is told of carried-over matches; both professionals of the merged pair are.
        assertThat(noticesAbout(knownCase)).isZero();
        assertThat(noticesAbout(freshCase)).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> noticesAbout(mergedCase) == 2);

        // The same cases opened one by one, as before the batch, give the same coordination.
        List<Object> together = snapshot(freshCase);
        jdbc.sql("delete from coordination_case where match_case_id = :case")
                .param("case", freshCase.value())
                .update();
        jdbc.sql("delete from scheduled_tasks where task_instance like :case")
                .param("case", freshCase.value() + "/%")
                .update();
        List<MatchPairId> freshPairs = pairs(freshCase);
        transactions.executeWithoutResult(s -> opening.carryOver(MatchesCarriedOver.of(freshCase, freshPairs)));
        assertThat(snapshot(freshCase)).isEqualTo(together);

        // The batch handed over again (a resubmitted publication) changes nothing.
        List<Object> knownBefore = snapshot(knownCase);
        transactions.executeWithoutResult(s -> opening.carryOver(new MatchCasesCarriedOver(List.of(
                MatchesCarriedOver.of(knownCase, pairs(knownCase)), MatchesCarriedOver.of(freshCase, freshPairs)))));
        assertThat(snapshot(freshCase)).isEqualTo(together);
        assertThat(snapshot(knownCase)).isEqualTo(knownBefore);
    }

    private ImportedSignal signal(Bsn bsn, int professional, String source) {
        return ImportedSignals.of(
                bsn, professionals.get(professional).id(), region, SignalStatus.ACTIVE, source, clock);
    }

    private void awaitCoordination() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where event_type like '%CarriedOver' and completion_date is null""").query(Integer.class).single() == 0);
    }

    private MatchCaseId caseOf(SignalId signal) {
        return new MatchCaseId(
                jdbc.sql("""
                        select mc.id from match_case mc join signal s on s.youth_id = mc.youth_id where s.id = :signal""").param("signal", signal.value()).query(UUID.class).single());
    }

    private UUID director(MatchCaseId matchCase) {
        return jdbc.sql("select director_signal_id from coordination_case where match_case_id = :case")
                .param("case", matchCase.value())
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private List<MatchPairId> pairs(MatchCaseId matchCase) {
        return jdbc.sql("select id from match_pair where match_case_id = :case")
                .param("case", matchCase.value())
                .query((rs, n) -> new MatchPairId(rs.getObject(1, UUID.class)))
                .list();
    }

    private List<List<Object>> matches(MatchCaseId matchCase) {
        return jdbc.sql("""
                        select pair_id, kind, across_regions, organisation_a, organisation_b, matched_at, matched_on, due_on,
                               consulted_at
                        from coordination_match where match_case_id = :case order by pair_id""")
                .param("case", matchCase.value())
                .query((rs, n) -> Arrays.<Object>asList(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    private List<String> tasks(MatchCaseId matchCase) {
        return jdbc.sql("""
                        select task_name || ' ' || task_instance || ' ' || execution_time from scheduled_tasks
                        where task_instance like :case order by 1""")
                .param("case", matchCase.value() + "/%")
                .query(String.class)
                .list();
    }

    private int noticesAbout(MatchCaseId matchCase) {
        return jdbc.sql("""
                        select count(*) from notice n join match_pair mp on mp.id = n.match_pair_id
                        where mp.match_case_id = :case""")
                .param("case", matchCase.value())
                .query(Integer.class)
                .single();
    }

    /** What coordination knows of the case, without the moments of this run's writes. */
    private List<Object> snapshot(MatchCaseId matchCase) {
        List<Object> row = new ArrayList<>(jdbc.sql("""
                        select region_code, municipality_code, municipality_basis, director_signal_id, director_basis
                        from coordination_case where match_case_id = :case""")
                .param("case", matchCase.value())
                .query((rs, n) -> Arrays.<Object>asList(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5)))
                .single());
        row.add(matches(matchCase));
        row.add(tasks(matchCase));
        return row;
    }
}
