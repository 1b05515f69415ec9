// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.reporting.Report.Row;
import tools.jackson.databind.JsonNode;

/**
 * R-REPORTS: the facts are written as things happen, in their transaction, and the reports read only them, so a
 * period does not shrink when signals are deleted; organisations of one or two professionals are merged into
 * "other"; the API gives the published figures as JSON, CSV and spreadsheet to the region coordinator, the municipal
 * supervisor and the administrator. R-CONSULTED: outcomes are multiple choice.
 */
@IntegrationTest
class ReportsTest {

    private static final String ADMIN = "demo-admin-secret-not-for-production";
    private static final String CHILD = LocalDate.now().minusYears(10).toString();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reports reports;

    @Test
    void R_REPORTS_factsAreWrittenAsThingsHappenAndAPeriodDoesNotShrinkWhenSignalsAreDeleted() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        fixtures.municipality(region);
        Organisation teamOrg = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Organisation schoolOrg = fixtures.organisation(region, "SECONDARY_EDUCATION");
        Organisation gpOrg = fixtures.organisation(region, "GENERAL_PRACTITIONER");
        Professional team = fixtures.professional(teamOrg);
        fixtures.professional(teamOrg);
        fixtures.professional(teamOrg);
        Professional school = fixtures.professional(schoolOrg);
        fixtures.professional(schoolOrg);
        fixtures.professional(schoolOrg);
        Professional gp = fixtures.professional(gpOrg);

        String youth = TestBsns.random();
        register(api, team, youth);
        register(api, school, youth);
        String other = register(api, team, TestBsns.random());
        String gpSignal = register(api, gp, TestBsns.random());
        await().atMost(Duration.ofSeconds(20)).until(() -> facts(region, "MATCH_MADE") == 1);
        assertThat(facts(region, "SIGNAL_REGISTERED")).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from report_fact where region_code = :r and first_of_youth")
                        .param("r", region)
                        .query(Integer.class)
                        .single())
                .as("three youths newly signalled")
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'report_fact'"
                                + " and column_name in ('youth_id', 'professional_id', 'signal_id', 'bsn_index')")
                        .query(Integer.class)
                        .single())
                .as("no youth, professional or pseudonym in a fact")
                .isZero();

        // R-CONSULTED: more than one outcome of table 4.1.
        String caseId = api.get("/api/v1/professionals/" + team.id() + "/match-cases", team.token())
                .json()
                .at("/0/matchCaseId")
                .asString();
        String director = directorOf(api, caseId, team, school);
        Professional directing = director.equals(team.id().toString()) ? team : school;
        Response consulted = api.post(
                "/api/v1/professionals/" + directing.id() + "/match-cases/" + caseId + "/consultation",
                directing.token(),
                "{\"outcomes\":[\"MORE_INSIGHT\",\"DONT_KNOW\"]}");
        assertThat(consulted.status()).as(consulted.body()).isEqualTo(200);
        assertThat(consulted.json().at("/consultation/outcomes").toString())
                .isEqualTo("[\"MORE_INSIGHT\",\"DONT_KNOW\"]");
        assertThat(facts(region, "CONSULTATION_OUTCOME")).isEqualTo(2);
        assertThat(facts(region, "MATCH_CONSULTED")).isEqualTo(1);

        // Ended as unjustified (deleted at once) and deleted by the region coordinator: the signals are gone.
        assertThat(api.post(team.signalsPath() + "/" + other + "/end", team.token(), "{\"reason\":\"UNJUSTIFIED\"}")
                        .status())
                .isEqualTo(200);
        String coordinator = api.post("/api/v1/admin/regions/" + region + "/coordinators", ADMIN, "{\"name\":\"RC\"}")
                .json()
                .at("/token")
                .asString();
        assertThat(api.post(
                                "/api/v1/region/signals/" + gpSignal + "/delete",
                                coordinator,
                                "{\"decisionReference\":\"BZ-2026-0142\",\"reason\":\"OBJECTION_GRANTED\"}")
                        .status())
                .isLessThan(300);

        int year = LocalDate.now().getYear();
        Report report = reports.report(ReportScope.region(region), year, Granularity.QUARTER, Dimension.MUNICIPALITY);
        Row total = report.total();
        int yearColumn = report.periods().size() - 1;
        assertThat(total.count(yearColumn, Measure.SIGNALS))
                .as("the four signals registered this year, though two are deleted")
                .isEqualTo(4);
        assertThat(total.count(yearColumn, Measure.YOUTHS_NEWLY_SIGNALLED)).isEqualTo(3);
        assertThat(total.count(yearColumn, Measure.YOUTH_MATCHES_WITHIN)).isEqualTo(1);
        assertThat(total.count(yearColumn, Measure.CONSULTED_IN_TIME)).isEqualTo(1);
        assertThat(total.count(yearColumn, Measure.CONSULTATIONS)).isEqualTo(1);
        assertThat(total.count(yearColumn, Measure.OUTCOME_MORE_INSIGHT)).isEqualTo(1);
        assertThat(total.count(yearColumn, Measure.OUTCOME_DONT_KNOW)).isEqualTo(1);
        assertThat(total.count(yearColumn, Measure.ENDED_UNJUSTIFIED)).isEqualTo(1);
        assertThat(total.count(yearColumn, Measure.DELETED_REGION_DECISION)).isEqualTo(1);
        int quarter = (LocalDate.now().getMonthValue() - 1) / 3;
        assertThat(total.count(quarter, Measure.SIGNALS)).isEqualTo(4);

        Report byOrganisation =
                reports.report(ReportScope.region(region), year, Granularity.YEAR, Dimension.ORGANISATION);
        List<String> keys = new ArrayList<>();
        byOrganisation.rows().forEach(r -> keys.add(r.key()));
        assertThat(keys)
                .as("R-REPORTS: the GP's practice of one professional is merged into 'other'")
                .contains(
                        teamOrg.id().value().toString(), schoolOrg.id().value().toString(), "OTHER", "TOTAL")
                .doesNotContain(gpOrg.id().value().toString());
        Row team3 = byOrganisation.rows().get(keys.indexOf(teamOrg.id().value().toString()));
        assertThat(team3.count(0, Measure.YOUTH_MATCHES_WITHIN))
                .as("a match counts for each organisation in it")
                .isEqualTo(1);
        assertThat(byOrganisation.total().count(0, Measure.YOUTH_MATCHES_WITHIN))
                .isEqualTo(1);

        // The API publishes: 4 is shown as <5, in JSON, CSV and spreadsheet alike.
        String query = "?year=" + year + "&period=YEAR&by=ORGANISATION";
        JsonNode shown = api.get("/api/v1/region/reports" + query, coordinator).json();
        JsonNode totalRow = shown.at("/rows/" + (shown.at("/rows").size() - 1));
        assertThat(totalRow.at("/kind").asString()).isEqualTo("TOTAL");
        assertThat(totalRow.at("/cells/0/" + Measure.SIGNALS.ordinal() + "/text")
                        .asString())
                .isEqualTo("<5");
        assertThat(shown.toString()).doesNotContain(gpOrg.id().value().toString());
        Response csv = api.get("/api/v1/region/reports.csv" + query, coordinator);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("Periode;Organisatie;Meldingen", "Totaal", "<5", "Overige organisaties");
        Response xlsx = api.get("/api/v1/region/reports.xlsx" + query, coordinator);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).contains(".xlsx");

        JsonNode deployment =
                api.get("/api/v1/admin/reports?year=" + year, ADMIN).json();
        assertThat(deployment.at("/dimension").asString()).isEqualTo("REGION");
        assertThat(deployment.toString()).contains(region);
        assertThat(api.get("/api/v1/region/reports?year=1900", coordinator)
                        .json()
                        .at("/code")
                        .asString())
                .isEqualTo("invalid-report-year");
        assertThat(api.get("/api/v1/region/reports?by=REGION", coordinator)
                        .json()
                        .at("/code")
                        .asString())
                .isEqualTo("invalid-report-dimension");
    }

    @Test
    void R_REPORTS_theReportPagesAndTheirDownloadsShowThePublishedFiguresToEachRoleOnly() throws Exception {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        Organisation teamOrg = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Professional team = fixtures.professional(teamOrg);
        fixtures.professional(teamOrg);
        fixtures.professional(teamOrg);
        for (int i = 0; i < 6; i++) {
            register(api, team, TestBsns.random());
        }
        register(api, fixtures.professional(fixtures.organisation(region, "GENERAL_PRACTITIONER")), TestBsns.random());
        MockMvc mvc = WebTests.mockMvc(context);
        SignedInAccount coordinator = new SignedInAccount(
                UUID.randomUUID(), "rc", "Regiocoördinator", Role.REGION_COORDINATOR, null, null, null, region);
        int year = LocalDate.now().getYear();
        String page = mvc.perform(get("/regio/rapportage?jaar=" + year + "&periode=YEAR&per=ORGANISATION")
                        .with(WebTests.signedIn(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Rapportage " + year, "Meldingen", teamOrg.name(), "Overige organisaties", "Totaal")
                .contains("<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">7</td>")
                .contains("rapportage.csv?jaar=" + year, "rapportage.xlsx?jaar=" + year);
        byte[] csvFile = mvc.perform(get("/regio/rapportage.csv?jaar=" + year + "&periode=YEAR&per=ORGANISATION")
                        .with(WebTests.signedIn(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String csv = new String(csvFile, StandardCharsets.UTF_8);
        assertThat(csv)
                .as("the team's 6 is hidden too: the total 7 minus it would give the <5 of 'other' away")
                .contains(
                        "Periode;Organisatie;Meldingen", teamOrg.name() + ";-", "Overige organisaties;<5", "Totaal;7");
        mvc.perform(get("/regio/rapportage.xlsx").with(WebTests.signedIn(coordinator)))
                .andExpect(status().isOk());
        byte[] spreadsheet = mvc.perform(get("/regio/rapportage.xlsx?jaar=" + year + "&periode=YEAR&per=ORGANISATION")
                        .with(WebTests.signedIn(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith(ReportDownloads.XLSX)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ReportFileCells.ofSpreadsheet(spreadsheet, "Verwijsindex: cijfers " + year, "Cijfers " + year))
                .as("the spreadsheet holds the CSV's cells, the hidden '-' and the '<5' among them (docs/adr/0054)")
                .isEqualTo(ReportFileCells.ofCsv(csvFile));
        SignedInAccount supervisor = new SignedInAccount(
                UUID.randomUUID(), "r", "Regievoerder", Role.MUNICIPAL_SUPERVISOR, null, null, municipality, null);
        mvc.perform(get("/regio/rapportage").with(WebTests.signedIn(supervisor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/regie/rapportage").with(WebTests.signedIn(supervisor)))
                .andExpect(status().isOk());
    }

    private String register(Api api, Professional p, String bsn) {
        Response r = api.post(p.signalsPath(), p.token(), Api.registration(bsn, CHILD));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/signal/id").asString();
    }

    private String directorOf(Api api, String caseId, Professional... professionals) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !api.get(
                                "/api/v1/professionals/" + professionals[0].id() + "/match-cases/" + caseId,
                                professionals[0].token())
                        .json()
                        .at("/director/professional/professionalId")
                        .asString()
                        .isEmpty());
        return api.get(
                        "/api/v1/professionals/" + professionals[0].id() + "/match-cases/" + caseId,
                        professionals[0].token())
                .json()
                .at("/director/professional/professionalId")
                .asString();
    }

    private int facts(String region, String kind) {
        return jdbc.sql("select count(*) from report_fact where region_code = :r and kind = :k")
                .param("r", region)
                .param("k", kind)
                .query(Integer.class)
                .single();
    }
}
