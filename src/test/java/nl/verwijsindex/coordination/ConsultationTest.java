// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import tools.jackson.databind.JsonNode;

/** R-CONSULTED: the director ticks off the consultation with an outcome category only; the others confirm. */
@IntegrationTest
class ConsultationTest {

    private static final String CHILD = LocalDate.now().minusYears(11).toString();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Fixtures fixtures;
    Professional team;
    Professional school;
    String bsn;
    String caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        bsn = TestBsns.random();
        register(team);
        register(school);
        caseId = awaitCases(team, 1).get(0).at("/matchCaseId").asString();
    }

    @Test
    void R_CONSULTED_theDirectorTicksOffWithAnOutcomeEveryoneSeesItAndTheOthersConfirm() {
        Response byOther = api.post(path(school) + "/consultation", school.token(), "{}");
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(byOther.json().at("/code").asString()).isEqualTo("not-the-director");
        Response early = api.post(path(school) + "/consultation/confirm", school.token(), "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().at("/code").asString()).isEqualTo("no-consultation");

        Response consulted = api.post(path(team) + "/consultation", team.token(), "{\"outcome\":\"EARLY_ALIGNMENT\"}");
        assertThat(consulted.status()).as(consulted.body()).isEqualTo(200);
        assertThat(consulted.json().at("/state").asString()).isEqualTo("CONSULTED");
        assertThat(consulted.json().at("/deadline").isNull()).isTrue();
        assertThat(consulted.json().at("/consultation/outcome").asString()).isEqualTo("EARLY_ALIGNMENT");

        JsonNode seenBySchool = api.get(path(school), school.token()).json();
        assertThat(seenBySchool.at("/state").asString()).isEqualTo("CONSULTED");
        assertThat(seenBySchool.at("/consultation/confirmedBy")).isEmpty();
        Response confirmed = api.post(path(school) + "/consultation/confirm", school.token(), "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().at("/consultation/confirmedBy/0").asString())
                .isEqualTo(school.id().toString());
        assertThat(api.post(path(school) + "/consultation/confirm", school.token(), "")
                        .status())
                .as("idempotent")
                .isEqualTo(200);
        assertThat(api.post(path(team) + "/consultation/confirm", team.token(), "")
                        .json()
                        .at("/code")
                        .asString())
                .isEqualTo("recorded-by-you");
        Response again = api.post(path(team) + "/consultation", team.token(), "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/code").asString()).isEqualTo("already-consulted");

        assertThat(jdbc.sql(
                                "select consulted_working_days from coordination_match where match_case_id = cast(:c as uuid)")
                        .param("c", caseId)
                        .query(Integer.class)
                        .single())
                .as("consulted the same day")
                .isZero();
        Logbook logbook = context.getBean(Logbook.class);
        assertThat(logbook.entriesForProfessional(team.id().value(), 50))
                .anySatisfy(e -> assertThat(e.entry().action()).isEqualTo(Action.CONSULTATION_RECORDED));
        assertThat(logbook.entriesForProfessional(school.id().value(), 50))
                .anySatisfy(e -> assertThat(e.entry().action()).isEqualTo(Action.CONSULTATION_CONFIRMED));
    }

    @Test
    void R_CONSULTED_noFreeTextAndOnlyTheListedOutcomes() {
        Response note = api.post(
                path(team) + "/consultation",
                team.token(),
                "{\"outcome\":\"MORE_INSIGHT\",\"note\":\"moeder drinkt\"}");
        assertThat(note.status()).isEqualTo(400);
        assertThat(note.json().at("/code").asString()).isEqualTo("unknown-field");
        Response freeOutcome = api.post(path(team) + "/consultation", team.token(), "{\"outcome\":\"moeder drinkt\"}");
        assertThat(freeOutcome.status()).isEqualTo(400);
        assertThat(api.get(path(team), team.token()).json().at("/state").asString())
                .isEqualTo("OPEN");
        assertThat(api.post(path(team) + "/consultation", team.token(), "{}")
                        .json()
                        .at("/consultation/outcome")
                        .isNull())
                .as("the outcome is optional")
                .isTrue();
    }

    @Test
    void R_CONSULTED_aNewProfessionalJoiningAfterTheConsultationOpensTheCaseAgainWithItsOwnDeadline() {
        assertThat(api.post(path(team) + "/consultation", team.token(), "{\"outcome\":\"NOTHING_CONCRETE\"}")
                        .status())
                .isEqualTo(200);
        Professional police = fixtures.professional(fixtures.organisation(fixtures.region(false), "POLICE"));
        register(police);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(path(team), team.token())
                        .json()
                        .at("/state")
                        .asString()
                        .equals("OPEN"));
        JsonNode seen = api.get(path(team), team.token()).json();
        assertThat(seen.at("/deadline").isNull()).isFalse();
        assertThat(seen.at("/youDirect").asBoolean()).as("the director stays").isTrue();
        assertThat(seen.at("/consultation/outcome").asString())
                .as("the earlier consultation still shows")
                .isEqualTo("NOTHING_CONCRETE");
        assertThat(api.post(path(team) + "/consultation", team.token(), "{}")
                        .json()
                        .at("/state")
                        .asString())
                .isEqualTo("CONSULTED");
    }

    private String path(Professional p) {
        return "/api/v1/professionals/" + p.id() + "/match-cases/" + caseId;
    }

    private void register(Professional p) {
        assertThat(api.post(p.signalsPath(), p.token(), Api.registration(bsn, CHILD))
                        .status())
                .isEqualTo(201);
    }

    private java.util.List<JsonNode> awaitCases(Professional p, int n) {
        String cases = "/api/v1/professionals/" + p.id() + "/match-cases";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(cases, p.token()).json().size() == n);
        java.util.List<JsonNode> list = new java.util.ArrayList<>();
        api.get(cases, p.token()).json().forEach(list::add);
        return list;
    }
}
