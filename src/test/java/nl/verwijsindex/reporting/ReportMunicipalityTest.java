// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.ResolvableType;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.person.PersonRegisterDouble;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.reporting.Report.Row;
import nl.verwijsindex.signal.SignalRegistered;

/**
 * R-REPORTS (issue 17, docs/adr/0040): a signal is registered before the person register says where its youth lives;
 * its fact waits for that answer and is then counted under the youth's municipality, not under "Onbekend".
 */
@IntegrationTest
class ReportMunicipalityTest extends IntegrationTestBase {

    private static final String BIRTH = "2012-06-01";

    @Autowired
    Reports reports;

    @Autowired
    Scheduler scheduler;

    @Test
    void R_REPORTS_aSignalCountsUnderTheMunicipalityThePersonRegisterGivesAfterTheRegistration() {
        String region = fixtures.region(false);
        fixtures.municipality(region);
        String home = fixtures.municipality(region);
        Organisation organisation = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Professional professional = fixtures.professional(organisation);
        fixtures.professional(organisation);
        fixtures.professional(organisation);

        List<String> bsns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String bsn = TestBsns.random();
            bsns.add(bsn);
            register.put(PersonRegisterDouble.child(
                    bsn,
                    LocalDate.parse(BIRTH),
                    "Woonplaats",
                    PersonRegisterDouble.address(
                            "0307010000%06d".formatted(Math.abs(bsn.hashCode()) % 1_000_000), home)));
            assertThat(api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, BIRTH))
                            .status())
                    .isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                                select count(*) from report_fact
                                where region_code = :r and kind = 'SIGNAL_REGISTERED' and municipality_code = :home""")
                                .param("r", region)
                                .param("home", home)
                                .query(Long.class)
                                .single()
                        == 5);
        assertThat(jdbc.sql("""
                        select count(*) from report_fact f join report_fact_awaiting_municipality a on a.fact_id = f.id
                        where f.region_code = :r""").param("r", region).query(Long.class).single())
                .as("no fact of the region waits any more: the link to the youth is gone")
                .isZero();

        Report report = reports.report(
                ReportScope.region(region), LocalDate.now().getYear(), Granularity.YEAR, Dimension.MUNICIPALITY);
        int year = report.periods().size() - 1;
        Row row = report.rows().stream()
                .filter(r -> home.equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertThat(row.count(year, Measure.SIGNALS)).isEqualTo(5);
        assertThat(row.count(year, Measure.YOUTHS_NEWLY_SIGNALLED)).isEqualTo(5);
        assertThat(report.total().count(year, Measure.SIGNALS)).isEqualTo(5);
    }

    /**
     * Issue 18: the fact of a new youth's registration does not look up a municipality (there is none yet); a
     * registration on a youth whose municipality the index already knows counts there at once, without waiting.
     */
    @Test
    void R_REPORTS_aRegistrationOnAYouthWhoseMunicipalityIsKnownCountsThereAtOnce() {
        String region = fixtures.region(false);
        String home = fixtures.municipality(region);
        Organisation organisation = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Professional first = fixtures.professional(organisation);
        Professional second = fixtures.professional(fixtures.organisation(region, "POLICE"));
        String bsn = registeredAndKnownIn(region, home, first);

        assertThat(api.post(second.signalsPath(), second.token(), Api.registration(bsn, BIRTH))
                        .status())
                .isEqualTo(201);
        // no await: the fact is written in the registration's own transaction
        assertThat(registrationFacts(region, home)).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from report_fact f join report_fact_awaiting_municipality a on a.fact_id = f.id
                        where f.region_code = :r and f.kind = 'SIGNAL_REGISTERED'""").param("r", region).query(Long.class).single()).isZero();
    }

    /**
     * Issue 18: the registration's fact takes the municipality that marking the youth due for a person check read (and
     * locked), first among the registration's listeners, and reads it no more. A listener between the two moves the
     * youth to another municipality behind the index's back, in the registration's transaction: a read would see that.
     */
    @Test
    void R_REPORTS_theRegistrationsFactTakesTheMunicipalityTheDueMarkRead() {
        String region = fixtures.region(false);
        String home = fixtures.municipality(region);
        String elsewhere = fixtures.municipality(region);
        Professional first = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional second = fixtures.professional(fixtures.organisation(region, "POLICE"));
        String bsn = registeredAndKnownIn(region, home, first);
        long youth = jdbc.sql("select youth_id from signal where professional_id = :p")
                .param("p", first.id().value())
                .query(Long.class)
                .single();

        ApplicationEventMulticaster multicaster = context.getBean(
                AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
        GenericApplicationListener moving = movingBehindTheIndexsBack(youth, elsewhere);
        multicaster.addApplicationListener(moving);
        try {
            assertThat(api.post(second.signalsPath(), second.token(), Api.registration(bsn, BIRTH))
                            .status())
                    .isEqualTo(201);
        } finally {
            multicaster.removeApplicationListener(moving);
        }

        assertThat(registrationFacts(region, home)).isEqualTo(2);
        assertThat(registrationFacts(region, elsewhere))
                .as("read again after the due mark")
                .isZero();
    }

    /**
     * A youth the register has living in {@code home}, registered by {@code first}, once its fact counts there: the
     * index then knows the youth's municipality. @return its BSN
     */
    private String registeredAndKnownIn(String region, String home, Professional first) {
        String bsn = TestBsns.random();
        register.put(PersonRegisterDouble.child(
                bsn,
                LocalDate.parse(BIRTH),
                "Woonplaats",
                PersonRegisterDouble.address("0307010000%06d".formatted(Math.abs(bsn.hashCode()) % 1_000_000), home)));
        assertThat(api.post(first.signalsPath(), first.token(), Api.registration(bsn, BIRTH))
                        .status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> registrationFacts(region, home) == 1 && waiting(region) == 0);
        return bsn;
    }

    /** Between the due mark (first) and the registration's fact (among the last): order 0. */
    private GenericApplicationListener movingBehindTheIndexsBack(long youth, String municipality) {
        return new GenericApplicationListener() {
            @Override
            public boolean supportsEventType(ResolvableType eventType) {
                return PayloadApplicationEvent.class.isAssignableFrom(eventType.toClass());
            }

            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                if (event instanceof PayloadApplicationEvent<?> payload
                        && payload.getPayload() instanceof SignalRegistered registered
                        && registered.youthId().value() == youth) {
                    jdbc.sql("update youth_person set municipality_code = :m where youth_id = :y")
                            .param("m", municipality)
                            .param("y", youth)
                            .update();
                }
            }

            @Override
            public int getOrder() {
                return 0;
            }
        };
    }

    private long registrationFacts(String region, String municipality) {
        return jdbc.sql("""
                        select count(*) from report_fact
                        where region_code = :r and kind = 'SIGNAL_REGISTERED' and municipality_code = :m""")
                .param("r", region)
                .param("m", municipality)
                .query(Long.class)
                .single();
    }

    /**
     * docs/adr/0042: a match made while the register cannot answer waits for the youth's municipality as a
     * registration does, and counts there once the person check (PersonDataRefreshed) has it; not under the
     * region's default municipality that the case has meanwhile.
     */
    @Test
    void R_REPORTS_aMatchCountsUnderTheYouthsMunicipalityOnceThePersonRegisterAnswers() {
        String region = fixtures.region(false);
        String home = notTheDefault(region);
        Professional one = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional two = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        String bsn = livingIn(home, "Woonplaats", "0308010000");

        register.goDown(PersonRegisterUnavailable.Reason.TIMEOUT);
        try {
            bothRegister(region, bsn, one, two);
            assertThat(matchFacts(region, null)).isEqualTo(1);
        } finally {
            register.comeBack();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> matchFacts(region, home) == 1);
        assertThat(waitingMatchFacts(region))
                .as("the link to the youth is gone")
                .isZero();
        Report report = reports.report(
                ReportScope.municipality(home), LocalDate.now().getYear(), Granularity.YEAR, Dimension.MUNICIPALITY);
        assertThat(report.total().count(0, Measure.YOUTH_MATCHES_WITHIN)).isEqualTo(1);
    }

    /**
     * Issue 18: a match on a youth whose municipality the index knows counts there at once, as the case opening read
     * it (MatchesRecorded carries it; the reports do not read it again). The register is down after its first answer,
     * so no later answer could settle a fact that waited: the fact must never have waited.
     */
    @Test
    void R_REPORTS_aMatchOnAYouthWhoseMunicipalityIsKnownCountsThereAtOnce() {
        String region = fixtures.region(false);
        String home = notTheDefault(region);
        Professional one = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional two = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        String bsn = livingIn(home, "Woonplaats", "0309010000");
        assertThat(api.post(one.signalsPath(), one.token(), Api.registration(bsn, BIRTH))
                        .status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> registrationFacts(region, home) == 1 && waiting(region) == 0);

        register.goDown(PersonRegisterUnavailable.Reason.TIMEOUT);
        try {
            assertThat(api.post(two.signalsPath(), two.token(), Api.registration(bsn, BIRTH))
                            .status())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(20)).until(() -> matchFacts(region) == 1);
            assertThat(matchFacts(region, home)).isEqualTo(1);
            assertThat(waitingMatchFacts(region)).isZero();
        } finally {
            register.comeBack();
        }
    }

    /**
     * V73: a fact waits at most a week for its youth's municipality. When the register stays silent longer, the
     * hourly task ends the wait: the fact keeps "Onbekend" and is no longer linked to the youth.
     */
    @Test
    void R_REPORTS_aFactThatWaitedAWeekForTheRegisterKeepsOnbekendAndIsNoLongerLinkedToTheYouth() {
        String region = fixtures.region(false);
        Professional one = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional two = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        String home = fixtures.municipality(region);
        String bsn = livingIn(home, "Wachttijd", "0308020000");
        register.goDown(PersonRegisterUnavailable.Reason.TIMEOUT);
        try {
            bothRegister(region, bsn, one, two);
            assertThat(waiting(region))
                    .as("the registrations and the match wait")
                    .isEqualTo(3);

            jdbc.sql("""
                            update report_fact_awaiting_municipality set waiting_since = now() - interval '8 days'
                            where fact_id in (select id from report_fact where region_code = :r and kind <> 'MATCH_MADE')""").param("r", region).update();
            scheduler.reschedule(TaskInstanceId.of("report-fact-wait-ends", RecurringTask.INSTANCE), Instant.now());
            scheduler.triggerCheckForDueExecutions();
            await().atMost(Duration.ofSeconds(20)).until(() -> waiting(region) == 1);
            assertThat(waitingMatchFacts(region))
                    .as("a wait of less than a week goes on")
                    .isOne();
        } finally {
            register.comeBack();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> matchFacts(region, home) == 1);
        assertThat(jdbc.sql("""
                        select count(*) from report_fact
                        where region_code = :r and kind = 'SIGNAL_REGISTERED' and municipality_code is null""").param("r", region).query(Long.class).single())
                .as("Onbekend")
                .isEqualTo(2);
    }

    /** A youth the register places in {@code municipality}, at an address of its own. @return the BSN */
    /** Two municipalities in the region; @return the one that is not its default case municipality (the lowest code) */
    private String notTheDefault(String region) {
        List<String> codes = new ArrayList<>(List.of(fixtures.municipality(region), fixtures.municipality(region)));
        codes.sort(String::compareTo);
        return codes.get(1);
    }

    private String livingIn(String municipality, String surname, String addressPrefix) {
        String bsn = TestBsns.random();
        register.put(PersonRegisterDouble.child(
                bsn,
                LocalDate.parse(BIRTH),
                surname,
                PersonRegisterDouble.address(
                        addressPrefix + "%06d".formatted(Math.abs(bsn.hashCode()) % 1_000_000), municipality)));
        return bsn;
    }

    /** Both register the youth (while the register is down): one match, whose fact waits. */
    private void bothRegister(String region, String bsn, Professional one, Professional two) {
        for (Professional p : List.of(one, two)) {
            assertThat(api.post(p.signalsPath(), p.token(), Api.registration(bsn, BIRTH))
                            .status())
                    .isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> waitingMatchFacts(region) == 1);
    }

    private long waiting(String region) {
        return jdbc.sql("""
                        select count(*) from report_fact f join report_fact_awaiting_municipality a on a.fact_id = f.id
                        where f.region_code = :r""").param("r", region).query(Long.class).single();
    }

    private long matchFacts(String region) {
        return jdbc.sql("select count(*) from report_fact where region_code = :r and kind = 'MATCH_MADE'")
                .param("r", region)
                .query(Long.class)
                .single();
    }

    private long matchFacts(String region, String municipality) {
        return jdbc.sql("""
                        select count(*) from report_fact where region_code = :r and kind = 'MATCH_MADE'
                        and municipality_code is not distinct from cast(:m as text)""")
                .param("r", region)
                .param("m", municipality)
                .query(Long.class)
                .single();
    }

    private long waitingMatchFacts(String region) {
        return jdbc.sql("""
                        select count(*) from report_fact f join report_fact_awaiting_municipality a on a.fact_id = f.id
                        where f.region_code = :r and f.kind = 'MATCH_MADE'""").param("r", region).query(Long.class).single();
    }
}
