// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.DemoRun;
import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.coordination.SmallCountSuppression.Cell;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.covenant.RegionCategory;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.reporting.Dimension;
import nl.verwijsindex.reporting.Granularity;
import nl.verwijsindex.reporting.Publication;
import nl.verwijsindex.reporting.Publication.Published;
import nl.verwijsindex.reporting.Publication.PublishedRow;
import nl.verwijsindex.reporting.ReportScope;
import nl.verwijsindex.reporting.Reports;
import nl.verwijsindex.standalone.HistoryPlan.PlannedMatch;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.standalone.brp.StandInBrp.Resident;
import nl.verwijsindex.youth.Bsn;

/**
 * The demo history, in the application the browser tests use: loaded once (loading again, as a restart on the
 * same database does, adds nothing and does not fail), spread over the months, with the deadlines and escalations
 * the coordination module itself would have given (R-DEADLINE), so the follow-up figures count real numbers
 * (R-REPORTS). None of its youths is a person of the stand-in BRP.
 */
@DemoRun
class DemoHistoryTest {

    private static final String HISTORY = """
            select cm.matched_on, cm.due_on, cm.consulted_at, cm.consulted_working_days, cm.escalated_at, cc.municipality_code,
                   (select count(*) from scheduled_tasks t where t.task_instance like cm.match_case_id || '/%') as tasks
            from coordination_match cm join coordination_case cc on cc.match_case_id = cm.match_case_id
            join match_pair mp on mp.id = cm.pair_id join signal s on s.id = mp.signal_a
            where s.professional_id in (select id from professional where name in
                ('Wendy Bosman', 'Youssef Haddou', 'Karin Vos', 'Thijs Willems', 'Mirjam de Boer'))""";

    @Autowired
    ConfigurableApplicationContext app;

    @Test
    void R_DEADLINE_R_REPORTS_theHistoryIsLoadedOnceWithTheDeadlinesAndEscalationsOfTheDutchCalendar() {
        List<Row> history = history(app);
        ZoneId zone = app.getBean(Clock.class).getZone();
        LocalDate today = LocalDate.now(zone);
        DutchCalendar calendar = new DutchCalendar(LiberationDay.EVERY_FIVE_YEARS);
        assertThat(history).hasSize(HistoryPlan.MATCHES + HistoryPlan.MADE_TODAY);
        for (Row m : history) {
            assertThat(m.dueOn()).isEqualTo(calendar.workingDaysAfter(m.matchedOn(), 5));
            LocalDate consultedOn = m.consultedAt() == null
                    ? null
                    : m.consultedAt().atZoneSameInstant(zone).toLocalDate();
            if (consultedOn != null) {
                assertThat(m.consultedWorkingDays()).isEqualTo(calendar.workingDaysBetween(m.matchedOn(), consultedOn));
                assertThat(consultedOn).isAfterOrEqualTo(m.matchedOn()).isBefore(today);
            }
            boolean missed = consultedOn == null ? m.dueOn().isBefore(today) : consultedOn.isAfter(m.dueOn());
            assertThat(m.escalatedAt() != null)
                    .as("escalated when the deadline was missed")
                    .isEqualTo(missed);
            if (m.escalatedAt() != null) {
                assertThat(m.escalatedAt().atZoneSameInstant(zone).toLocalDate())
                        .isEqualTo(m.dueOn().plusDays(1));
            }
            // Old matches have no deadline tasks left; today's keep theirs.
            assertThat(m.tasks() > 0).isEqualTo(m.matchedOn().equals(today));
        }
        assertThat(history.stream().filter(m -> m.matchedOn().equals(today))).hasSize(HistoryPlan.MADE_TODAY);
        assertThat(history.stream().map(m -> m.matchedOn().withDayOfMonth(1)).distinct())
                .hasSizeGreaterThanOrEqualTo(11);
        assertThat(history.stream().filter(m -> m.consultedAt() != null && m.escalatedAt() == null))
                .hasSizeGreaterThan(50);
        assertThat(history.stream().filter(m -> m.consultedAt() != null && m.escalatedAt() != null))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(history.stream().filter(m -> m.consultedAt() == null && m.escalatedAt() != null))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(history.stream().map(Row::municipalityCode).distinct())
                .containsExactlyInAnyOrder("GM0307", "GM0308", "GM0342");
        assertThat(app.getBean(JdbcClient.class).sql("""
                select count(*) from signal s join professional p on p.id = s.professional_id
                where p.id::text like '22222222-0000-4000-8000-0000000002%' and s.status = 'ARCHIVED'""").query(Integer.class).single())
                .as("some cases ended")
                .isPositive();

        // What a restart on the same database runs again: the demo data and the history find themselves loaded.
        app.getBean(DemoData.class).run(new DefaultApplicationArguments());
        app.getBean(DemoHistory.class).load();
        assertThat(history(app)).as("loading again adds nothing").hasSize(history.size());
    }

    @Test
    void R_REPORTS_theDemoDashboardsOfRegioEemlandShowPlausiblePublishedFigures() {
        RegionSettings eemland = app.getBean(RegionSettingsKeeper.class).of("eemland");
        assertThat(eemland.ownCategories())
                .extracting(RegionCategory::name)
                .containsExactlyInAnyOrder("Kinderopvang", "Verloskundigen", "Peuterspeelzalen", "Jongerenwerk");
        assertThat(eemland.registrationGuidance()).contains("Let op de kleintjes");
        LocalDate today = LocalDate.now(app.getBean(Clock.class).getZone());
        // The history covers the past eleven months: most of it is in this year, early in a year in the last.
        int year = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
        Reports reports = app.getBean(Reports.class);
        for (Dimension dimension : List.of(Dimension.MUNICIPALITY, Dimension.CATEGORY, Dimension.ORGANISATION)) {
            Published published =
                    Publication.of(reports.report(ReportScope.region("eemland"), year, Granularity.QUARTER, dimension));
            PublishedRow total = published.rows().get(published.rows().size() - 1);
            List<Cell> wholeYear = total.cells().get(total.cells().size() - 1);
            List<Integer> shown = wholeYear.stream()
                    .filter(c -> c.value() != null)
                    .map(c -> c.value().intValue())
                    .toList();
            assertThat(shown)
                    .as("%s: the year's totals are published, not all suppressed or zero", dimension)
                    .hasSizeGreaterThanOrEqualTo(3)
                    .anySatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(20));
            assertThat(shown.stream().distinct())
                    .as("%s: the measures differ", dimension)
                    .hasSizeGreaterThan(2);
            long groupsWithFigures = published.rows().stream()
                    .filter(r -> r.kind().equals("GROUP") || r.kind().equals("OTHER"))
                    .filter(r -> r.cells().get(r.cells().size() - 1).stream()
                            .anyMatch(c -> c.value() != null && c.value().intValue() > 0))
                    .count();
            assertThat(groupsWithFigures)
                    .as("%s: more than one row shows a published figure", dimension)
                    .isGreaterThanOrEqualTo(2);
            long quartersWithFigures = total.cells().subList(0, 4).stream()
                    .filter(q -> q.stream()
                            .anyMatch(c -> c.value() != null && c.value().intValue() > 0))
                    .count();
            assertThat(quartersWithFigures)
                    .as("%s: figures in more than one quarter", dimension)
                    .isGreaterThan(1);
        }
    }

    /**
     * R-REPORTS in the demo: the history's youths are no persons of the fixture, but the demo's stand-in BRP holds
     * each of them (HistoryResidents) in a municipality of Regio Eemland, with the birth date they are registered
     * with, so the reports count them where they live.
     */
    @Test
    void R_REPORTS_theHistorysYouthsLiveInTheDemosStandInBrpInTheRegionsMunicipalities() throws IOException {
        String fixture = Files.readString(Path.of("src/main/resources/standalone/brp-fixture.json"));
        List<Bsn> youths = HistoryPlan.youths();
        assertThat(youths).hasSize(HistoryPlan.MATCHES + HistoryPlan.MADE_TODAY).doesNotHaveDuplicates();
        youths.forEach(bsn -> {
            assertThat(Bsn.isValid(bsn.value())).isTrue();
            assertThat(fixture).doesNotContain(bsn.value());
        });
        List<Resident> residents = new HistoryResidents().residents();
        assertThat(residents).extracting(Resident::bsn).containsExactlyElementsOf(youths);
        assertThat(residents)
                .extracting(Resident::municipality)
                .containsOnly("0307", "0308", "0342")
                .contains("0307", "0308", "0342");
        List<PlannedMatch> plan = HistoryPlan.plan(LocalDate.now());
        for (int i = 0; i < residents.size(); i++) {
            assertThat(residents.get(i).birthDate()).isEqualTo(plan.get(i).born());
            assertThat("GM" + residents.get(i).municipality())
                    .isEqualTo(plan.get(i).municipalityCode());
        }
        StandInBrp standIn = new StandInBrp(0, null, Clock.systemUTC(), residents);
        assertThat(standIn.bsns())
                .as("the fixture's persons and the residents, checked as the fixture is")
                .hasSize(new StandInBrp(0, null, Clock.systemUTC()).bsns().size() + residents.size());
    }

    private static List<Row> history(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class)
                .sql(HISTORY)
                .query((rs, n) -> new Row(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, OffsetDateTime.class),
                        (Integer) rs.getObject(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6),
                        rs.getInt(7)))
                .list();
    }

    private record Row(
            LocalDate matchedOn,
            LocalDate dueOn,
            OffsetDateTime consultedAt,
            Integer consultedWorkingDays,
            OffsetDateTime escalatedAt,
            String municipalityCode,
            int tasks) {}
}
