// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.retention.DeletionProofs.Proof;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalEnded;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.signal.SignalView;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.YouthId;

/**
 * The retention module with the modules it depends on and without the web application: the sweep as time
 * passes (it takes the day to sweep for, so the test needs no clock of its own), and the proof of a deletion
 * the signal module announces. On a database of the module tests' own.
 */
// The person module answers the signal module's BSN questions; retention itself only hears its YouthDied.
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"access", "covenant", "person"})
@ActiveProfiles("test")
@TestPropertySource(
        properties = "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-modules")
class RetentionModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SignalRegistration registration;

    @Autowired
    RetentionSweep sweep;

    @Autowired
    DeletionProofs proofs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void
            R_ACTIVE_2Y_R_ARCHIVE_5Y_R_PROOF_aSignalNotExtendedGoesToTheArchiveAfterTwoYearsAndIsDeletedWithAProofFiveYearsLater(
                    Scenario scenario) {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional professional = fixtures.professional(fixtures.organisation(region));
        LocalDate today = LocalDate.now(clock);
        SignalView signal = registration
                .register(new RegisterSignal(
                        professional.organisation().id(),
                        professional.id(),
                        Bsn.parse(TestBsns.random()),
                        today.minusYears(3),
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Actor.SYSTEM))
                .signal();
        UUID id = signal.id().value();
        LocalDate expired = signal.activeUntil();

        scenario.stimulate(() -> sweep.sweep(expired.minusDays(1)))
                .andWaitForStateChange(() -> status(id))
                .andVerify(status ->
                        assertThat(status).as("active until its last day").isEqualTo("ACTIVE"));
        scenario.stimulate(() -> sweep.sweep(expired))
                .andWaitForStateChange(() -> status(id), "ARCHIVED"::equals)
                .andVerify(status -> assertThat(proofs.ofSignal(id))
                        .as("archiving deletes nothing")
                        .isEmpty());

        LocalDate archiveEnds = expired.plusYears(5);
        scenario.stimulate(() -> sweep.sweep(archiveEnds))
                .andWaitForStateChange(() -> proofs.ofSignal(id), found -> !found.isEmpty())
                .andVerify(found -> {
                    assertThat(found).singleElement().satisfies(proof -> {
                        assertThat(proof.rule()).isEqualTo(DeletionRule.ARCHIVE_5Y.ruleId());
                        assertThat(proof.signalId()).isEqualTo(id);
                    });
                    assertThat(status(id)).as("deleted").isNull();
                    assertThat(proofs.ofRegion(region, 10))
                            .extracting(Proof::signalId)
                            .containsExactly(id);
                });
    }

    @Test
    void R_END_R_PROOF_aSignalTheSignalModuleDeletedAsUnjustifiedLeavesAProofOfTheDeletion(Scenario scenario) {
        SignalId deleted = SignalId.random();

        scenario.publish(new SignalEnded(deleted, new YouthId(1), "some-region", EndReason.UNJUSTIFIED, true))
                .andWaitForStateChange(() -> proofs.ofSignal(deleted.value()), found -> !found.isEmpty())
                .andVerify(
                        found -> assertThat(found).extracting(Proof::rule).containsExactly(DeletionRule.END.ruleId()));
    }

    private String status(UUID signal) {
        return jdbc.sql("select status from signal where id = :id")
                .param("id", signal)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
