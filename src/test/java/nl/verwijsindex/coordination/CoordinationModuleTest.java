// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalEnding;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;

/**
 * The coordination module with the modules it depends on and without the web application, notification or
 * retention: a match (MatchesFound, after the registering transaction committed) opens a case with a director
 * and a deadline with its tasks, and the end of the director's signal appoints another (SignalEnded). On a
 * database of the module tests' own, so its scheduler never runs the integration tests' tasks.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"access", "covenant"})
@ActiveProfiles("test")
@TestPropertySource(
        properties = "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-modules")
class CoordinationModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SignalRegistration registration;

    @Autowired
    SignalEnding ending;

    @Autowired
    MatchCases cases;

    @Autowired
    RegionSettingsKeeper settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void R_DIRECTOR_R_DEADLINE_aMatchOpensACaseDirectedByTheYouthTeamWithADeadlineAndTheTasksThatWatchIt(
            Scenario scenario) {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Bsn youth = Bsn.parse(TestBsns.random());
        register(school, youth);
        LocalDate today = LocalDate.now(clock);

        scenario.stimulate(() -> register(team, youth))
                .andWaitForStateChange(
                        () -> cases.casesOf(team.organisation().id(), team.id(), Actor.SYSTEM),
                        found -> !found.isEmpty())
                .andVerify(found -> {
                    MatchCaseView seen = found.get(0);
                    RegionSettings regionSettings = settings.of(region);
                    assertThat(seen.youDirect())
                            .as("R-DIRECTOR: by default youth care directs before education")
                            .isTrue();
                    assertThat(seen.deadline())
                            .isEqualTo(new DutchCalendar(regionSettings.liberationDay())
                                    .workingDaysAfter(today, regionSettings.deadlineWorkingDays()));
                    assertThat(seen.state()).isEqualTo(CaseState.OPEN);
                    assertThat(tasksOf(seen.matchCaseId().value()))
                            .as("one deadline task for the case and date (ADR 0059)")
                            .containsExactly("consultation-deadline");
                    assertThat(cases.casesOf(school.organisation().id(), school.id(), Actor.SYSTEM))
                            .singleElement()
                            .satisfies(c -> assertThat(c.youDirect()).isFalse());
                });
    }

    @Test
    void R_DIRECTOR_whenTheDirectorsSignalEndsTheRulesAppointAmongThoseWhoRemain(Scenario scenario) {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        Professional police = fixtures.professional(fixtures.organisation(region, "POLICE"));
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Bsn youth = Bsn.parse(TestBsns.random());
        SignalId teamsSignal = register(team, youth);
        register(school, youth);
        register(police, youth);
        // A director stays when others join: the team, appointed when the school's signal made the match.
        await().atMost(Duration.ofSeconds(20)).until(() -> directs(team).orElse(false));

        scenario.stimulate(() ->
                        ending.end(team.organisation().id(), team.id(), teamsSignal, EndReason.RISK_GONE, Actor.SYSTEM))
                .andWaitForStateChange(() -> directs(school), directs -> directs.orElse(false))
                // No youth care left: the domains tie, so the earliest signal (the school's) decides.
                .andVerify(directs -> assertThat(directs(police)).contains(false));
    }

    private SignalId register(Professional professional, Bsn youth) {
        return registration
                .register(new RegisterSignal(
                        professional.organisation().id(),
                        professional.id(),
                        youth,
                        LocalDate.now(clock).minusYears(9),
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Actor.SYSTEM))
                .signal()
                .id();
    }

    /** Whether the professional directs their case; empty while they have none. */
    private Optional<Boolean> directs(Professional professional) {
        return cases.casesOf(professional.organisation().id(), professional.id(), Actor.SYSTEM).stream()
                .findFirst()
                .map(MatchCaseView::youDirect);
    }

    private List<String> tasksOf(UUID caseId) {
        return jdbc.sql("select task_name from scheduled_tasks where task_instance like :case")
                .param("case", caseId + "/%")
                .query(String.class)
                .list();
    }
}
