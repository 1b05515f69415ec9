// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.retention.DeletionDecision.Reason;
import nl.verwijsindex.signal.SignalId;

/** R-PROOF: a region's proofs of one rule, for the region coordinator's filter; never another region's. */
@IntegrationTest
class DeletionProofsByRuleTest {

    private static final String CHILD = LocalDate.now().minusYears(6).toString();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DeletionProofs proofs;

    @Autowired
    RegionDeletions deletions;

    @Test
    void R_PROOF_theProofsOfOneRuleAreThoseOfThatRuleInTheRegion() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional professional = fixtures.professional(fixtures.organisation(region));
        String unjustified = api.post(
                        professional.signalsPath(), professional.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        api.post(
                professional.signalsPath() + "/" + unjustified + "/end",
                professional.token(),
                "{\"reason\":\"UNJUSTIFIED\"}");
        String decided = api.post(
                        professional.signalsPath(), professional.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        deletions.deleteSignal(
                new RegionCoordinatorPrincipal(UUID.randomUUID(), region, "Regiocoördinator"),
                new SignalId(UUID.fromString(decided)),
                new DeletionDecision("BZ-1", Reason.WRONGLY_REGISTERED));

        assertThat(proofs.ofRegion(region, DeletionRule.END, 10))
                .extracting(p -> p.signalId().toString())
                .containsExactly(unjustified);
        assertThat(proofs.ofRegion(region, DeletionRule.REGION_DECISION, 10))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.signalId()).hasToString(decided);
                    assertThat(p.decisionReference()).isEqualTo("BZ-1");
                });
        assertThat(proofs.ofRegion(region, DeletionRule.ARCHIVE_5Y, 10)).isEmpty();
        assertThat(proofs.ofRegion(region, 10)).hasSize(2);
        assertThat(proofs.ofRegion(fixtures.region(false), DeletionRule.END, 10))
                .isEmpty();
    }
}
