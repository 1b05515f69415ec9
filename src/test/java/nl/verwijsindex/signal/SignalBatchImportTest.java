// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.ImportedSignals;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.national.NationalIntegrationTest;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.youth.Bsn;

/**
 * Issue 18: a batch import ({@link SignalImport#importSignals}, one JDBC batch and one {@link SignalsImported}) leaves
 * the index as importing the same signals one by one does: the same matches (announced or carried over), notices,
 * report facts and national outbox rows. Two identical worlds, each in a region of its own, one imported each way.
 * In the context of {@link NationalIntegrationTest}, so the outbox is written.
 */
@NationalIntegrationTest
class SignalBatchImportTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SignalImport imports;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** One region with two organisations of different categories, four professionals and the signals to import. */
    private final class World {
        final String region;
        final List<Organisation> organisations = new ArrayList<>();
        final List<Professional> professionals = new ArrayList<>();
        final List<ImportedSignal> batch = new ArrayList<>();
        final Map<UUID, String> roles = new HashMap<>();

        World() {
            Fixtures fixtures = new Fixtures(context);
            region = fixtures.region(false);
            organisations.add(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
            organisations.add(fixtures.organisation(region, "POLICE"));
            for (int i = 0; i < 4; i++) {
                professionals.add(fixtures.professional(organisations.get(i / 2)));
            }
            for (int i = 0; i < organisations.size(); i++) {
                roles.put(organisations.get(i).id().value(), "org" + i);
            }
            Bsn three = new Bsn(TestBsns.random());
            Bsn two = new Bsn(TestBsns.random());
            Bsn alone = new Bsn(TestBsns.random());
            // Already in the index, from another system: a pair with it exists only because of the merge.
            ImportedSignal other = signal(two, 1, SignalStatus.ACTIVE, "ander");
            transactions.executeWithoutResult(s -> imports.importSignal(other, Actor.SYSTEM));
            roles.put(other.id().value(), "other");
            // Three on one youth: the old system matched them (carried over, no notices).
            batch.add(signal(three, 0, SignalStatus.ACTIVE, "oud"));
            batch.add(signal(three, 2, SignalStatus.ACTIVE, "oud"));
            batch.add(signal(three, 3, SignalStatus.ACTIVE, "oud"));
            // Matches the other system's signal (announced); an archived one that matches nothing.
            batch.add(signal(two, 2, SignalStatus.ACTIVE, "oud"));
            batch.add(signal(two, 0, SignalStatus.ARCHIVED, "oud"));
            batch.add(signal(alone, 1, SignalStatus.ACTIVE, "oud"));
            for (int i = 0; i < batch.size(); i++) {
                roles.put(batch.get(i).id().value(), "s" + i);
            }
        }

        ImportedSignal signal(Bsn bsn, int professional, SignalStatus status, String source) {
            return ImportedSignals.of(bsn, professionals.get(professional).id(), region, status, source, clock);
        }

        List<UUID> signalIds() {
            return roles.keySet().stream()
                    .filter(id -> !roles.get(id).startsWith("org"))
                    .toList();
        }

        String role(UUID id) {
            return id == null ? null : roles.getOrDefault(id, "?");
        }

        List<String> matches() {
            return sorted(
                    jdbc.sql("select signal_a, signal_b from match_pair where signal_a in (:ids) or signal_b in (:ids)")
                            .param("ids", signalIds())
                            .query((rs, n) -> pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                            .list());
        }

        List<String> notices() {
            return sorted(jdbc.sql("""
                            select mp.signal_a, mp.signal_b, n.professional_id from notice n
                            join match_pair mp on mp.id = n.match_pair_id
                            where mp.signal_a in (:ids) or mp.signal_b in (:ids)""")
                    .param("ids", signalIds())
                    .query((rs, n) -> pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)) + " to p"
                            + professionals.stream()
                                    .map(p -> p.id().value())
                                    .toList()
                                    .indexOf(rs.getObject(3, UUID.class)))
                    .list());
        }

        List<String> facts() {
            return sorted(jdbc.sql("""
                            select kind, occurred_on, organisation_id, organisation_category, other_organisation_id,
                                   other_organisation_category, detail, first_of_youth
                            from report_fact where region_code = :region""")
                    .param("region", region)
                    .query((rs, n) -> {
                        // A match fact names both organisations; which comes first follows the signal the case
                        // follows, the same youth (and municipality) either way.
                        List<String> sides = sorted(List.of(
                                role(rs.getObject(3, UUID.class)) + " " + rs.getString(4),
                                role(rs.getObject(5, UUID.class)) + " " + rs.getString(6)));
                        return String.join(
                                " ",
                                rs.getString(1),
                                rs.getString(2),
                                sides.get(0),
                                sides.get(1),
                                rs.getString(7),
                                rs.getString(8));
                    })
                    .list());
        }

        List<String> outbox() {
            return sorted(jdbc.sql("select signal_id, action, cause from national_outbox where signal_id in (:ids)")
                    .param("ids", signalIds())
                    .query((rs, n) -> role(rs.getObject(1, UUID.class)) + " " + rs.getString(2) + " " + rs.getString(3))
                    .list());
        }

        /** Keeps the hub double of the other tests of this context free of this test's rows. */
        void forgetOutbox() {
            jdbc.sql("delete from national_outbox where signal_id in (:ids)")
                    .param("ids", signalIds())
                    .update();
        }

        private static List<String> sorted(List<String> rows) {
            return rows.stream().sorted().toList();
        }

        private String pair(UUID a, UUID b) {
            List<String> both = new ArrayList<>(List.of(role(a), role(b)));
            both.sort(null);
            return String.join("-", both);
        }
    }

    @Test
    void R_MATCH_YOUTH_a_batch_import_makes_the_matches_notices_facts_and_outbox_rows_of_single_imports() {
        World single = new World();
        World batched = new World();
        try {
            transactions.executeWithoutResult(s -> single.batch.forEach(signal ->
                    assertThat(imports.importSignal(signal, Actor.SYSTEM)).isTrue()));
            List<Boolean> written = transactions.execute(s -> imports.importSignals(batched.batch, Actor.SYSTEM));

            assertThat(written).containsOnly(true).hasSize(batched.batch.size());
            assertThat(single.matches()).containsExactly("other-s3", "s0-s1", "s0-s2", "s1-s2");
            assertThat(batched.matches()).isEqualTo(single.matches());
            assertThat(single.outbox()).hasSize(6).allMatch(row -> row.endsWith(" REPORT SIGNAL_IMPORTED"));
            assertThat(batched.outbox()).isEqualTo(single.outbox());
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> {
                        assertThat(single.notices()).containsExactly("other-s3 to p1", "other-s3 to p2");
                        assertThat(batched.notices()).isEqualTo(single.notices());
                        assertThat(single.facts()).isNotEmpty();
                        assertThat(batched.facts()).isEqualTo(single.facts());
                    });
            // Again: every signal is there, nothing is written, nothing announced.
            List<Boolean> again = transactions.execute(s -> imports.importSignals(batched.batch, Actor.SYSTEM));
            assertThat(again).containsOnly(false);
            assertThat(batched.outbox()).isEqualTo(single.outbox());
        } finally {
            single.forgetOutbox();
            batched.forgetOutbox();
        }
    }

    @Test
    void R_MATCH_YOUTH_a_batch_refuses_a_second_active_signal_of_one_professional_on_one_youth_as_a_whole() {
        World world = new World();
        List<ImportedSignal> twice = List.of(
                world.batch.get(0),
                world.signal(new Bsn(TestBsns.random()), 1, SignalStatus.ACTIVE, "oud"),
                ImportedSignals.again(world.batch.get(0)));

        assertThatThrownBy(() -> transactions.execute(s -> imports.importSignals(twice, Actor.SYSTEM)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("import-duplicate-signal");
        assertThat(world.matches()).isEmpty();
        assertThat(world.outbox()).containsExactly("other REPORT SIGNAL_IMPORTED");
        world.forgetOutbox();
    }
}
