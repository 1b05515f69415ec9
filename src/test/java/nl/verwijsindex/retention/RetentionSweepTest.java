// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;

/**
 * The nightly sweep applies the time rules on the right day and not a day earlier, and proves every
 * deletion. The sweep takes the date it runs for, so the test moves time by choosing it.
 */
@IntegrationTest
class RetentionSweepTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionSweep sweep;

    @Autowired
    DataSource dataSource;

    @Autowired
    DeletionProofs proofs;

    Api api;
    Fixtures fixtures;
    String region;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
        region = fixtures.region(false);
    }

    @Test
    void R_ACTIVE_2Y_R_ARCHIVE_5Y_aSignalExpiresOnItsLastDayIntoTheArchiveAndIsDeletedFiveYearsLaterWithAProof() {
        Professional p = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String id = api.post(
                        p.signalsPath(),
                        p.token(),
                        Api.registration(bsn, LocalDate.now().minusYears(5).toString()))
                .json()
                .at("/signal/id")
                .asString();
        LocalDate activeUntil = LocalDate.parse(signal(id, "active_until"));

        sweep.sweep(activeUntil.minusDays(1));
        assertThat(signal(id, "status")).isEqualTo("ACTIVE");

        sweep.sweep(activeUntil);
        assertThat(signal(id, "status")).isEqualTo("ARCHIVED");
        assertThat(signal(id, "end_reason")).isEqualTo("EXPIRED");
        LocalDate archivedUntil = LocalDate.parse(signal(id, "archived_until"));
        assertThat(archivedUntil).isEqualTo(activeUntil.plusYears(5));

        // While archived it is an archive hit for a newcomer (R-ARCHIVE-HIT).
        Professional newcomer = fixtures.professional(fixtures.organisation(region));
        String newcomersSignal = api.post(
                        newcomer.signalsPath(),
                        newcomer.token(),
                        Api.registration(bsn, LocalDate.now().minusYears(5).toString()))
                .json()
                .at("/signal/id")
                .asString();
        assertThat(jdbc.sql("select count(*) from archive_hit where archived_signal_id = cast(:id as uuid)")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isOne();

        sweep.sweep(archivedUntil.minusDays(1));
        assertThat(exists(id)).isTrue();
        sweep.sweep(archivedUntil);
        assertThat(exists(id)).isFalse();
        assertThat(proofs.ofSignal(UUID.fromString(id)))
                .singleElement()
                .satisfies(proof -> assertThat(proof.rule()).isEqualTo("R-ARCHIVE-5Y"));
        assertThat(proofs.ofRegion(region, 10))
                .extracting(DeletionProofs.Proof::signalId)
                .contains(UUID.fromString(id));
        assertThat(jdbc.sql("select count(*) from archive_hit where signal_id = cast(:id as uuid)")
                        .param("id", newcomersSignal)
                        .query(Integer.class)
                        .single())
                .as("the hit goes with the deleted signal")
                .isZero();
    }

    @Test
    void R_ACTIVE_2Y_aSignalWhoseYouthAnotherTransactionHoldsIsStillArchivedOnItsLastDayNotANightLater()
            throws Exception {
        Professional p = fixtures.professional(fixtures.organisation(region));
        String id = api.post(
                        p.signalsPath(),
                        p.token(),
                        Api.registration(
                                TestBsns.random(), LocalDate.now().minusYears(7).toString()))
                .json()
                .at("/signal/id")
                .asString();
        LocalDate activeUntil = LocalDate.parse(signal(id, "active_until"));

        // A register check (or a registration) on the same youth holds its row while the sweep runs.
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement(
                    "select 1 from youth where id = (select youth_id from signal where id = ?::uuid) for update")) {
                hold.setString(1, id);
                hold.executeQuery().close();
            }
            CompletableFuture<RetentionSweep.Result> running =
                    CompletableFuture.supplyAsync(() -> sweep.sweep(activeUntil));
            // The sweep does everything else, then waits for the held row instead of leaving it for tomorrow.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !running.isDone());
            assertThat(signal(id, "status")).isEqualTo("ACTIVE");
            other.commit();
            assertThat(running.get(30, TimeUnit.SECONDS).expiredToArchive()).isPositive();
        }
        assertThat(signal(id, "status")).isEqualTo("ARCHIVED");
        assertThat(signal(id, "end_reason")).isEqualTo("EXPIRED");
    }

    @Test
    void R_AGE_23_R_PROOF_onThe23rdBirthdayEverySignalOfTheYouthGoesAndNothingButTheProofsRemains() {
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        Professional c = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        LocalDate born = LocalDate.now().minusYears(22).minusMonths(6);
        String archived = api.post(a.signalsPath(), a.token(), Api.registration(bsn, born.toString()))
                .json()
                .at("/signal/id")
                .asString();
        api.post(a.signalsPath() + "/" + archived + "/end", a.token(), "{\"reason\":\"RISK_GONE\"}");
        String active1 = api.post(b.signalsPath(), b.token(), Api.registration(bsn, born.toString()))
                .json()
                .at("/signal/id")
                .asString();
        String active2 = api.post(c.signalsPath(), c.token(), Api.registration(bsn, born.toString()))
                .json()
                .at("/signal/id")
                .asString();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(b.inboxPath(), b.token()).json().size() == 1);
        Long youth = jdbc.sql("select youth_id from signal where id = cast(:id as uuid)")
                .param("id", active1)
                .query(Long.class)
                .single();
        LocalDate birthday = born.plusYears(23);

        sweep.sweep(birthday.minusDays(1));
        assertThat(exists(active1)).isTrue();

        sweep.sweep(birthday);
        for (String id : new String[] {archived, active1, active2}) {
            assertThat(exists(id)).as(id).isFalse();
            assertThat(proofs.ofSignal(UUID.fromString(id)))
                    .singleElement()
                    .satisfies(proof -> assertThat(proof.rule()).isEqualTo("R-AGE-23"));
        }
        assertThat(count("select count(*) from youth where id = :id", youth)).isZero();
        assertThat(count("select count(*) from match_case where youth_id = :id", youth))
                .isZero();
        assertThat(api.get(b.inboxPath(), b.token()).json()).isEmpty();
        assertThat(api.get(b.matchesPath(), b.token()).json()).isEmpty();
        assertThat(api.get(c.signalsPath(), c.token()).json()).isEmpty();
    }

    @Test
    void R_PROOF_endingAsUnjustifiedLeavesAProofOfDeletion() {
        Professional p = fixtures.professional(fixtures.organisation(region));
        String id = api.post(p.signalsPath(), p.token(), Api.registration(TestBsns.random(), "2015-01-01"))
                .json()
                .at("/signal/id")
                .asString();
        api.post(p.signalsPath() + "/" + id + "/end", p.token(), "{\"reason\":\"UNJUSTIFIED\"}");
        assertThat(proofs.ofSignal(UUID.fromString(id)))
                .singleElement()
                .satisfies(proof -> assertThat(proof.rule()).isEqualTo("R-END"));
        assertThat(jdbc.sql("select region_code from deletion_proof where signal_id = cast(:id as uuid)")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(region);
    }

    private String signal(String id, String column) {
        return jdbc.sql("select " + column + "::text from signal where id = cast(:id as uuid)")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private boolean exists(String id) {
        return jdbc.sql("select exists (select 1 from signal where id = cast(:id as uuid))")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }
}
