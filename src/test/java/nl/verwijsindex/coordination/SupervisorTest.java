// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.coordination.internal.CaseOpening;
import nl.verwijsindex.coordination.internal.DeadlineWatch;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.standalone.InProcessMailServer;
import tools.jackson.databind.JsonNode;

/**
 * R-SUPERVISE, R-VISIBLE: the supervisor of a municipality sees the overdue and escalated match cases of that
 * municipality only, with the director's contact details and nothing about the youth, and records a follow-up.
 */
@IntegrationTest
class SupervisorTest extends IntegrationTestBase {

    private static final String ADMIN = "demo-admin-secret-not-for-production";
    private static final String CHILD = LocalDate.now().minusYears(13).toString();

    @Autowired
    DeadlineWatch deadlines;

    @Autowired
    CaseOpening opening;

    @Autowired
    InProcessMailServer mail;

    @Test
    void R_SUPERVISE_aSupervisorSeesTheOverdueCasesOfTheirMunicipalityAndNothingOfAnother() {
        String regionA = fixtures.region(false);
        String municipalityA = fixtures.municipality(regionA);
        String regionB = fixtures.region(false);
        String municipalityB = fixtures.municipality(regionB);
        Supervisor supervisorA = supervisor(municipalityA);
        Supervisor supervisorB = supervisor(municipalityB);

        Professional team = fixtures.professional(fixtures.organisation(regionA, "MUNICIPAL_YOUTH_TEAM"));
        Professional school = fixtures.professional(fixtures.organisation(regionA, "SECONDARY_EDUCATION"));
        String caseA = overdueCase(team, school);
        Professional police = fixtures.professional(fixtures.organisation(regionB, "POLICE"));
        Professional gp = fixtures.professional(fixtures.organisation(regionB, "GENERAL_PRACTITIONER"));
        String caseB = overdueCase(police, gp);

        JsonNode listA =
                api.get("/api/v1/supervisor/work-list", supervisorA.token()).json();
        assertThat(ids(listA)).contains(caseA).doesNotContain(caseB);
        JsonNode item = find(listA, caseA);
        assertThat(item.at("/state").asString()).isEqualTo("OVERDUE");
        assertThat(item.at("/missedDeadline").asString())
                .isEqualTo(LocalDate.now().minusDays(1).toString());
        assertThat(item.at("/escalatedAt").isNull()).isFalse();
        assertThat(item.at("/professionalsInvolved").asInt()).isEqualTo(2);
        assertThat(item.at("/director/name").asString()).isEqualTo(team.name());
        assertThat(item.at("/director/phone").asString()).isNotBlank();
        List<String> fields = new ArrayList<>(item.propertyNames());
        assertThat(fields)
                .as("only what the task needs, nothing about the youth")
                .containsExactlyInAnyOrder(
                        "matchCaseId",
                        "state",
                        "missedDeadline",
                        "escalatedAt",
                        "professionalsInvolved",
                        "director",
                        "followedUpAt");
        assertThat(ids(api.get("/api/v1/supervisor/work-list", supervisorB.token())
                        .json()))
                .contains(caseB)
                .doesNotContain(caseA);

        // The escalation reached supervisor A only, and its e-mail says nothing (R-MAIL-EMPTY).
        await().atMost(Duration.ofSeconds(20))
                .until(() -> noticesOfKind(supervisorA, "CONSULTATION_OVERDUE").contains(caseA));
        assertThat(noticesOfKind(supervisorB, "CONSULTATION_OVERDUE")).doesNotContain(caseA);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mail.received().stream().anyMatch(m -> m.to().equals(supervisorA.email())));
        assertThat(mail.received().stream()
                        .filter(m -> m.to().equals(supervisorA.email()))
                        .findFirst()
                        .orElseThrow()
                        .body())
                .doesNotContain(caseA)
                .doesNotContain(team.name())
                .contains("Log in");

        Response crossing = api.post("/api/v1/supervisor/match-cases/" + caseA + "/follow-up", supervisorB.token(), "");
        assertThat(crossing.status())
                .as("another municipality's case does not exist for B")
                .isEqualTo(404);
        Response followed = api.post("/api/v1/supervisor/match-cases/" + caseA + "/follow-up", supervisorA.token(), "");
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().at("/followedUpAt").isNull()).isFalse();
        assertThat(jdbc.sql(
                                "select count(*) from logbook_entry where action = 'SUPERVISOR_FOLLOWED_UP' and subject_id = :c")
                        .param("c", caseA)
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThat(find(
                                api.get("/api/v1/supervisor/work-list", supervisorA.token())
                                        .json(),
                                caseA)
                        .at("/state")
                        .asString())
                .as("still overdue, so still on the list")
                .isEqualTo("OVERDUE");

        // Consulted late: after the follow-up it leaves the list.
        api.post("/api/v1/professionals/" + team.id() + "/match-cases/" + caseA + "/consultation", team.token(), "{}");
        assertThat(ids(api.get("/api/v1/supervisor/work-list", supervisorA.token())
                        .json()))
                .doesNotContain(caseA);
    }

    @Test
    void R_SUPERVISE_credentialsOfOneKindDoNotOpenAnotherAndARemovedSupervisorIsLockedOut() {
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        Supervisor supervisor = supervisor(municipality);
        Professional professional = fixtures.professional(fixtures.organisation(region));

        assertThat(api.get("/api/v1/supervisor/work-list", supervisor.token()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/supervisor/work-list", professional.token()).status())
                .isEqualTo(401);
        assertThat(api.get(professional.matchesPath(), supervisor.token()).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/region/coordination-settings", supervisor.token())
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/admin/municipalities/" + municipality + "/supervisors", ADMIN)
                        .json()
                        .at("/0/email")
                        .asString())
                .isEqualTo(supervisor.email());

        assertThat(api.delete("/api/v1/admin/municipalities/" + municipality + "/supervisors/" + supervisor.id(), ADMIN)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/supervisor/work-list", supervisor.token()).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/admin/municipalities/" + municipality + "/supervisors", ADMIN)
                        .json())
                .isEmpty();
        assertThat(api.post(
                                "/api/v1/admin/municipalities/GM0000/supervisors",
                                ADMIN,
                                "{\"name\":\"X\",\"email\":\"x@example.org\",\"phone\":\"1\"}")
                        .status())
                .isEqualTo(404);
    }

    /**
     * R-NOTICE (docs/adr/0058): the supervisors of the case's municipality hear of its new matches with the
     * professionals, in the case opening's transaction. The same match handed over again (after a restart, say) tells
     * the professionals again where their notices are gone, as making them is idempotent, but not the supervisors:
     * nothing was new to the case.
     */
    @Test
    void R_NOTICE_theSupervisorsHearOfANewMatchWithTheProfessionalsAndNotAgainWhenItIsHandedOverAgain() {
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        Supervisor supervisor = supervisor(municipality);
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        String caseId = matchCase(api, team, school, CHILD);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> noticesOfKind(supervisor, "NEW_MATCH").contains(caseId));
        List<UUID> pairs = jdbc.sql("select id from match_pair where match_case_id = cast(:c as uuid)")
                .param("c", caseId)
                .query(UUID.class)
                .list();
        await().atMost(Duration.ofSeconds(20)).until(() -> pairNotices(pairs) == 2);
        jdbc.sql("""
                        delete from notice
                        where match_pair_id = any(:pairs) or (match_case_id = cast(:c as uuid) and kind = 'NEW_MATCH')""")
                .param("pairs", pairs.toArray(UUID[]::new))
                .param("c", caseId)
                .update();

        opening.open(new MatchesFound(UUID.fromString(caseId), pairs));

        assertThat(pairNotices(pairs)).as("each professional is told again").isEqualTo(2);
        assertThat(noticesOfKind(supervisor, "NEW_MATCH"))
                .as("the supervisors are not: no match was new to the case")
                .doesNotContain(caseId);
    }

    private int pairNotices(List<UUID> pairs) {
        return jdbc.sql("select count(*) from notice where match_pair_id = any(:pairs)")
                .param("pairs", pairs.toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }

    private List<String> noticesOfKind(Supervisor supervisor, String kind) {
        List<String> cases = new ArrayList<>();
        api.get("/api/v1/supervisor/inbox", supervisor.token()).json().forEach(n -> {
            if (n.at("/kind").asString().equals(kind)) {
                cases.add(n.at("/matchCaseId").asString());
            }
        });
        return cases;
    }

    /** A match whose deadline was yesterday, escalated as the escalation task does when the day is over. */
    private String overdueCase(Professional director, Professional other) {
        String caseId = matchCase(api, director, other, CHILD);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        jdbc.sql("update coordination_match set due_on = :due where match_case_id = cast(:c as uuid)")
                .param("due", yesterday)
                .param("c", caseId)
                .update();
        deadlines.escalate(new MatchCaseId(UUID.fromString(caseId)), yesterday);
        return caseId;
    }

    private Supervisor supervisor(String municipality) {
        NewSupervisor added = newSupervisor(municipality);
        return new Supervisor(added.clientId(), added.token(), added.email());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.at("/matchCaseId").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode list, String caseId) {
        for (JsonNode n : list) {
            if (n.at("/matchCaseId").asString().equals(caseId)) {
                return n;
            }
        }
        throw new AssertionError("not on the list: " + caseId);
    }

    private record Supervisor(String id, String token, String email) {}
}
