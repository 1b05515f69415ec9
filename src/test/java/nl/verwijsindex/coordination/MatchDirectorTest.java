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

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import tools.jackson.databind.JsonNode;

/** R-DIRECTOR: appointed on a new match by the region's rules, handed over, re-appointed when their signal ends. */
@IntegrationTest
class MatchDirectorTest {

    private static final String CHILD = LocalDate.now().minusYears(9).toString();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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
    void R_DIRECTOR_theYouthTeamDirectsByDefaultEvenWhenTheSchoolSignalledFirstAndEveryoneSeesWho() {
        Professional school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        String bsn = TestBsns.random();
        register(school, bsn);
        register(team, bsn);

        JsonNode seenBySchool = awaitCase(school);
        assertThat(seenBySchool.at("/state").asString()).isEqualTo("OPEN");
        assertThat(seenBySchool.at("/youDirect").asBoolean()).isFalse();
        assertThat(seenBySchool.at("/director/professional/name").asString()).isEqualTo(team.name());
        assertThat(seenBySchool.at("/director/professional/email").asString()).isEqualTo(team.email());
        assertThat(seenBySchool.at("/director/appointedBy").asString()).isEqualTo("CATEGORY_PRIORITY");
        assertThat(LocalDate.parse(seenBySchool.at("/deadline").asString()))
                .as("R-DEADLINE: 5 working days")
                .isEqualTo(new DutchCalendar(LiberationDay.EVERY_FIVE_YEARS).workingDaysAfter(LocalDate.now(), 5));
        JsonNode seenByTeam = awaitCase(team);
        assertThat(seenByTeam.at("/youDirect").asBoolean()).isTrue();
        assertThat(seenByTeam.at("/others/0/name").asString()).isEqualTo(school.name());
        assertThat(seenByTeam.at("/matchCaseId").asString())
                .isEqualTo(seenBySchool.at("/matchCaseId").asString());
    }

    @Test
    void R_DIRECTOR_theDirectorHandsOverToAnotherProfessionalInTheMatchAndItIsLogged() {
        Professional school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional outsider = fixtures.professional(fixtures.organisation(region, "POLICE"));
        String bsn = TestBsns.random();
        register(school, bsn);
        register(team, bsn);
        String caseId = awaitCase(team).at("/matchCaseId").asString();
        String caseOf = "/match-cases/" + caseId;

        Response notDirector =
                api.post(casesPath(school) + "/" + caseId + "/hand-over", school.token(), handOverTo(team));
        assertThat(notDirector.status()).isEqualTo(403);
        assertThat(notDirector.json().at("/code").asString()).isEqualTo("not-the-director");
        Response toOutsider =
                api.post(casesPath(team) + "/" + caseId + "/hand-over", team.token(), handOverTo(outsider));
        assertThat(toOutsider.status()).isEqualTo(422);
        assertThat(toOutsider.json().at("/code").asString()).isEqualTo("not-in-this-match");
        Response byOutsider =
                api.post(casesPath(outsider) + "/" + caseId + "/hand-over", outsider.token(), handOverTo(team));
        assertThat(byOutsider.status())
                .as("R-VISIBLE: not even that the case exists")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/professionals/" + outsider.id() + caseOf, outsider.token())
                        .status())
                .isEqualTo(404);

        Response handedOver = api.post(casesPath(team) + "/" + caseId + "/hand-over", team.token(), handOverTo(school));
        assertThat(handedOver.status()).isEqualTo(200);
        assertThat(handedOver.json().at("/youDirect").asBoolean()).isFalse();
        assertThat(handedOver.json().at("/director/professional/name").asString())
                .isEqualTo(school.name());
        assertThat(handedOver.json().at("/director/appointedBy").asString()).isEqualTo("HAND_OVER");
        assertThat(api.get(casesPath(school) + "/" + caseId, school.token())
                        .json()
                        .at("/youDirect")
                        .asBoolean())
                .isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> hasNotice(school, "DIRECTOR_APPOINTED", caseId));
        assertThat(context.getBean(Logbook.class)
                        .entriesForProfessional(team.id().value(), 20))
                .anySatisfy(e -> {
                    assertThat(e.entry().action()).isEqualTo(Action.DIRECTOR_HANDED_OVER);
                    assertThat(e.entry().subjectId()).isEqualTo(caseId);
                });
    }

    @Test
    void R_DIRECTOR_whenTheDirectorsSignalEndsTheRulesAppointANewOneAndWhenOnlyOneRemainsTheCaseCloses() {
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional jgz = fixtures.professional(fixtures.organisation(region, "YOUTH_HEALTH_CARE"));
        Professional school = fixtures.professional(fixtures.organisation(region, "PRIMARY_EDUCATION"));
        String bsn = TestBsns.random();
        register(school, bsn);
        String teamSignal = register(team, bsn);
        String jgzSignal = register(jgz, bsn);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> awaitCase(school).at("/others").size() == 2);
        assertThat(awaitCase(school).at("/director/professional/name").asString())
                .isEqualTo(team.name());

        end(team, teamSignal, "RISK_GONE");
        // Default rules: youth care before youth health care before the rest, so JGZ now, though the school was first.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jgz.name()
                        .equals(awaitCase(school)
                                .at("/director/professional/name")
                                .asString()));
        JsonNode seen = awaitCase(jgz);
        assertThat(seen.at("/youDirect").asBoolean()).isTrue();
        assertThat(seen.at("/director/appointedBy").asString()).isEqualTo("DOMAIN_PRIORITY");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> hasNotice(
                        jgz, "DIRECTOR_APPOINTED", seen.at("/matchCaseId").asString()));

        end(jgz, jgzSignal, "UNJUSTIFIED");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> awaitCase(school).at("/state").asString().equals("CLOSED"));
        assertThat(awaitCase(school).at("/director").isNull()).isTrue();
    }

    @Test
    void R_DIRECTOR_theRegionSetsItsOwnRulesAsDataAndTheyDecide() {
        String coordinator = regionCoordinator();
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Fixtures.Organisation namedOrganisation = fixtures.organisation(region, "GENERAL_PRACTITIONER");
        Professional gp = fixtures.professional(namedOrganisation);
        Response put =
                api.put("/api/v1/region/coordination-settings", coordinator, """
                {"deadlineWorkingDays": 3, "liberationDay": "YEARLY", "directorRules": [
                  {"kind": "ORGANISATION_PRIORITY", "ranking": ["%s"]},
                  {"kind": "LATEST_SIGNAL"}]}""".formatted(namedOrganisation.id()));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().at("/ownDirectorRules").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/region/coordination-settings", coordinator)
                        .json()
                        .at("/directorRules/1/kind")
                        .asString())
                .isEqualTo("LATEST_SIGNAL");

        String bsn = TestBsns.random();
        register(gp, bsn);
        register(team, bsn);
        JsonNode seen = awaitCase(team);
        assertThat(seen.at("/director/professional/name").asString()).isEqualTo(gp.name());
        assertThat(seen.at("/director/appointedBy").asString()).isEqualTo("ORGANISATION_PRIORITY");
        assertThat(LocalDate.parse(seen.at("/deadline").asString()))
                .isEqualTo(new DutchCalendar(LiberationDay.YEARLY).workingDaysAfter(LocalDate.now(), 3));
    }

    @Test
    void R_DIRECTOR_rulesThatDoNotFitAreRefusedWithACodeAndChangeNothing() {
        String coordinator = regionCoordinator();
        Response unknownCategory = api.put("/api/v1/region/coordination-settings", coordinator, """
                {"deadlineWorkingDays": 5, "liberationDay": "EVERY_FIVE_YEARS",
                 "directorRules": [{"kind": "CATEGORY_PRIORITY", "ranking": ["NO_SUCH_CATEGORY"]}]}""");
        assertThat(unknownCategory.status()).isEqualTo(422);
        assertThat(unknownCategory.json().at("/code").asString()).isEqualTo("unknown-director-rule-item");
        Response emptyList = api.put("/api/v1/region/coordination-settings", coordinator, """
                {"deadlineWorkingDays": 5, "liberationDay": "EVERY_FIVE_YEARS",
                 "directorRules": [{"kind": "DOMAIN_PRIORITY", "ranking": []}]}""");
        assertThat(emptyList.json().at("/code").asString()).isEqualTo("director-rule-needs-list");
        Response unknownKind = api.put("/api/v1/region/coordination-settings", coordinator, """
                {"deadlineWorkingDays": 5, "liberationDay": "EVERY_FIVE_YEARS", "directorRules": [{"kind": "LOUDEST"}]}""");
        assertThat(unknownKind.status()).isEqualTo(400);
        Response tooLong = api.put("/api/v1/region/coordination-settings", coordinator, """
                {"deadlineWorkingDays": 31, "liberationDay": "EVERY_FIVE_YEARS"}""");
        assertThat(tooLong.status()).isEqualTo(400);
        JsonNode settings =
                api.get("/api/v1/region/coordination-settings", coordinator).json();
        assertThat(settings.at("/ownDirectorRules").asBoolean()).isFalse();
        assertThat(settings.at("/deadlineWorkingDays").asInt()).isEqualTo(5);
        assertThat(api.get(
                                "/api/v1/region/coordination-settings",
                                fixtures.professional(fixtures.organisation(region))
                                        .token())
                        .status())
                .as("an organisation's token is no region coordinator's")
                .isEqualTo(401);
    }

    private String regionCoordinator() {
        return api.post(
                        "/api/v1/admin/regions/" + region + "/coordinators",
                        "demo-admin-secret-not-for-production",
                        "{\"name\":\"Regiocoördinator\"}")
                .json()
                .at("/token")
                .asString();
    }

    private String register(Professional p, String bsn) {
        Response response = api.post(p.signalsPath(), p.token(), Api.registration(bsn, CHILD));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/signal/id").asString();
    }

    private void end(Professional p, String signalId, String reason) {
        Response ended =
                api.post(p.signalsPath() + "/" + signalId + "/end", p.token(), "{\"reason\":\"" + reason + "\"}");
        assertThat(ended.status()).as(ended.body()).isIn(200, 204);
    }

    private JsonNode awaitCase(Professional p) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(casesPath(p), p.token()).json().size() == 1);
        return api.get(casesPath(p), p.token()).json().get(0);
    }

    private boolean hasNotice(Professional p, String kind, String caseId) {
        for (JsonNode n : api.get(p.inboxPath(), p.token()).json()) {
            if (n.at("/kind").asString().equals(kind)
                    && n.at("/matchCaseId").asString().equals(caseId)) {
                return true;
            }
        }
        return false;
    }

    private static String casesPath(Professional p) {
        return "/api/v1/professionals/" + p.id() + "/match-cases";
    }

    private static String handOverTo(Professional p) {
        return "{\"professionalId\":\"" + p.id() + "\"}";
    }
}
