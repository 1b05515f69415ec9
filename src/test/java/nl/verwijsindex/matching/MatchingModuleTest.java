// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchQueries.PairFacts;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;

/**
 * The matching module with what it depends on (signals, youths, the directory), without notices or
 * coordination: a registration in, a {@link MatchesFound} out. A database of its own, so the registry of the
 * full application tests in the same JVM never hands their events to this context.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"access", "covenant"})
@ActiveProfiles("test")
@TestPropertySource(
        properties = {
            "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-matching-module",
            // no stand-in person register in a module test: the index works without one (R-BSN)
            "verwijsindex.standalone.brp.enabled=false"
        })
class MatchingModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SignalRegistration registration;

    @Autowired
    MatchQueries matches;

    @Test
    void R_MATCH_YOUTH_aSecondProfessionalOnTheSameYouthMakesOneMatchOfExactlyTheTwoSignals(Scenario scenario) {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        Bsn youth = Bsn.parse(TestBsns.random());
        SignalId first = register(a, youth);

        scenario.stimulate(() -> register(b, youth))
                .andWaitForEventOfType(MatchesFound.class)
                .toArriveAndVerify((found, second) -> {
                    assertThat(found.pairs()).hasSize(1);
                    PairFacts pair = matches.pairs(found.pairs()).get(0);
                    assertThat(pair.kind()).isEqualTo(MatchKind.YOUTH.name());
                    assertThat(pair.matchCaseId()).isEqualTo(found.matchCase());
                    assertThat(Set.of(pair.signalA(), pair.signalB())).containsExactlyInAnyOrder(first, second);
                });
    }

    @Test
    void R_MATCH_YOUTH_aThirdProfessionalMatchesEachEarlierSignalInTheSameCase(Scenario scenario) {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Bsn youth = Bsn.parse(TestBsns.random());
        Professional a = fixtures.professional(fixtures.organisation(region));
        SignalId first = register(a, youth);
        SignalId second = register(fixtures.professional(fixtures.organisation(region)), youth);
        MatchCaseId caseOfFirstMatch = matches.caseIdsOf(a.id()).get(0);
        Professional c = fixtures.professional(fixtures.organisation(region));

        // The events of the whole test count: the second signal's match had one pair, the third signal's has two.
        scenario.stimulate(() -> register(c, youth))
                .andWaitForEventOfType(MatchesFound.class)
                .matching(found -> found.pairIds().size() == 2)
                .toArriveAndVerify((found, third) -> {
                    assertThat(found.matchCase()).isEqualTo(caseOfFirstMatch);
                    assertThat(matches.pairs(found.pairs()))
                            .extracting(p -> Set.of(p.signalA(), p.signalB()))
                            .containsExactlyInAnyOrder(Set.of(first, third), Set.of(second, third));
                });
    }

    @Test
    void R_MATCH_YOUTH_signalsOfOneOrganisationDoNotMatchWhereTheRegionSuppressesThat(Scenario scenario) {
        Fixtures fixtures = new Fixtures(context);
        Organisation team = fixtures.organisation(fixtures.region(true));
        Bsn youth = Bsn.parse(TestBsns.random());
        register(fixtures.professional(team), youth);
        Professional colleague = fixtures.professional(team);

        scenario.stimulate(() -> register(colleague, youth))
                .andWaitForStateChange(() -> matches.caseIdsOf(colleague.id()), List::isEmpty)
                .andVerifyEvents(
                        events -> assertThat(events.ofType(MatchesFound.class)).isEmpty());
    }

    private SignalId register(Professional professional, Bsn youth) {
        return registration
                .register(new RegisterSignal(
                        professional.organisation().id(),
                        professional.id(),
                        youth,
                        LocalDate.now().minusYears(7),
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Actor.SYSTEM))
                .signal()
                .id();
    }
}
