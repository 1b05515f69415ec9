// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.covenant.LiberationDay;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follow-up figures per municipality and organisation, with matches counted as table 3.1 of seed 003 counts them:
 * each pair of signals is one match, by kind and within or across covenant regions. The API shows them with small
 * counts suppressed (R-REPORTS).
 */
@IntegrationTest
class FollowUpFiguresTest extends IntegrationTestBase {

    private static final String ADMIN = "demo-admin-secret-not-for-production";
    private static final String CHILD = LocalDate.now().minusYears(10).toString();

    @Autowired
    FollowUpFigures figures;

    @Autowired
    JsonMapper json;

    @Test
    void matchesAreCountedPerPairWithinAndAcrossRegionsWithTheTimeToConsultation() {
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        String otherRegion = fixtures.region(false);
        String otherMunicipality = fixtures.municipality(otherRegion);
        Organisation teamOrg = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Organisation schoolOrg = fixtures.organisation(region, "SECONDARY_EDUCATION");
        Organisation gpOrg = fixtures.organisation(region, "GENERAL_PRACTITIONER");
        Organisation policeOrg = fixtures.organisation(otherRegion, "POLICE");
        Professional team = fixtures.professional(teamOrg);
        Professional school = fixtures.professional(schoolOrg);
        Professional gp = fixtures.professional(gpOrg);
        Professional police = fixtures.professional(policeOrg);

        // Youth 1: one match, consulted the same day.
        String case1 = match(api, team, school);
        consult(api, team, case1);
        // Youth 2: three signals are three matches (two across regions), none consulted and the deadline passed.
        String case2 = match(api, team, school, police);
        jdbc.sql("update coordination_match set due_on = :d where match_case_id = cast(:c as uuid)")
                .param("d", LocalDate.now().minusDays(1))
                .param("c", case2)
                .update();
        // Youth 3: one match made ten days ago with its deadline three days ago, consulted today: late.
        String case3 = match(api, school, gp);
        LocalDate matchedOn = LocalDate.now().minusDays(10);
        jdbc.sql("update coordination_match set matched_on = :on, due_on = :due where match_case_id = cast(:c as uuid)")
                .param("on", matchedOn)
                .param("due", LocalDate.now().minusDays(3))
                .param("c", case3)
                .update();
        consult(api, school, case3);
        int lateDays = new DutchCalendar(LiberationDay.EVERY_FIVE_YEARS).workingDaysBetween(matchedOn, LocalDate.now());

        String coordinator = api.post("/api/v1/admin/regions/" + region + "/coordinators", ADMIN, "{\"name\":\"RC\"}")
                .json()
                .at("/token")
                .asString();
        String period = "?from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now();
        // The exact figures from the module; the API shows them with small counts suppressed (below).
        JsonNode report =
                json.valueToTree(figures.ofRegion(region, LocalDate.now().minusDays(30), LocalDate.now()));
        JsonNode total = report.at("/total");
        assertThat(total.at("/matches").asInt()).isEqualTo(5);
        assertThat(total.at("/matchesByKind/0/kind").asString()).isEqualTo("YOUTH");
        assertThat(total.at("/matchesByKind/0/withinRegion").asInt()).isEqualTo(3);
        assertThat(total.at("/matchesByKind/0/acrossRegions").asInt()).isEqualTo(2);
        assertThat(total.at("/matchesByKind/1/kind").asString()).isEqualTo("FAMILY");
        assertThat(total.at("/matchesByKind/1/withinRegion").asInt()).isZero();
        assertThat(total.at("/consultedInTime").asInt()).isEqualTo(1);
        assertThat(total.at("/consultedLate").asInt()).isEqualTo(1);
        assertThat(total.at("/overdue").asInt()).isEqualTo(3);
        assertThat(total.at("/open").asInt()).isZero();
        assertThat(total.at("/medianWorkingDays").asDouble()).isEqualTo(lateDays / 2.0);
        assertThat(total.at("/p90WorkingDays").asDouble())
                .isCloseTo(lateDays * 0.9, org.assertj.core.data.Offset.offset(1e-9));

        assertThat(report.at("/byMunicipality")).hasSize(1);
        assertThat(report.at("/byMunicipality/0/key").asString()).isEqualTo(municipality);
        assertThat(report.at("/byMunicipality/0/figures/matches").asInt()).isEqualTo(5);
        assertThat(matchesOf(report, teamOrg)).isEqualTo(3);
        assertThat(matchesOf(report, schoolOrg)).isEqualTo(4);
        assertThat(matchesOf(report, gpOrg)).isEqualTo(1);
        assertThat(matchesOf(report, policeOrg))
                .as("an organisation of another region in a case of this one")
                .isEqualTo(2);
        assertThat(report.at("/byOrganisation/0/name").asString()).isNotBlank();

        JsonNode shown = api.get("/api/v1/region/follow-up-figures" + period, coordinator)
                .json();
        assertThat(shown.at("/total/matches/value").asInt()).isEqualTo(5);
        assertThat(shown.at("/total/matches/text").asString()).isEqualTo("5");
        assertThat(shown.at("/total/consultedLate/text").asString())
                .as("R-REPORTS: 1 to 4 as <5")
                .isEqualTo("<5");
        assertThat(shown.at("/total/consultedLate/value").isNull()).isTrue();
        assertThat(shown.at("/total/medianWorkingDays/text").asString())
                .as("from 2 consultations only")
                .isEqualTo("-");
        assertThat(shown.at("/byMunicipality/0/figures/matches/text").asString())
                .isEqualTo("5");

        String supervisor = api.post(
                        "/api/v1/admin/municipalities/" + municipality + "/supervisors",
                        ADMIN,
                        "{\"name\":\"R\",\"email\":\"r@gemeente.example\",\"phone\":\"14\"}")
                .json()
                .at("/token")
                .asString();
        assertThat(api.get("/api/v1/supervisor/follow-up-figures" + period, supervisor)
                        .json()
                        .at("/total/matches/value")
                        .asInt())
                .isEqualTo(5);
        String otherSupervisor = api.post(
                        "/api/v1/admin/municipalities/" + otherMunicipality + "/supervisors",
                        ADMIN,
                        "{\"name\":\"R\",\"email\":\"r2@gemeente.example\",\"phone\":\"14\"}")
                .json()
                .at("/token")
                .asString();
        JsonNode other = api.get("/api/v1/supervisor/follow-up-figures" + period, otherSupervisor)
                .json();
        assertThat(other.at("/total/matches/value").asInt())
                .as("nothing of another municipality")
                .isZero();
        assertThat(other.at("/byOrganisation")).isEmpty();
        assertThat(api.get("/api/v1/region/follow-up-figures?from=2026-02-01&to=2026-01-01", coordinator)
                        .json()
                        .at("/code")
                        .asString())
                .isEqualTo("invalid-period");
    }

    private String match(Api api, Professional... professionals) {
        String bsn = TestBsns.random();
        for (Professional p : professionals) {
            assertThat(api.post(p.signalsPath(), p.token(), Api.registration(bsn, CHILD))
                            .status())
                    .isEqualTo(201);
        }
        int pairs = professionals.length * (professionals.length - 1) / 2;
        Professional first = professionals[0];
        String cases = "/api/v1/professionals/" + first.id() + "/match-cases";
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode c : api.get(cases, first.token()).json()) {
                String id = c.at("/matchCaseId").asString();
                if (jdbc.sql("select count(*) from coordination_match where match_case_id = cast(:c as uuid)")
                                        .param("c", id)
                                        .query(Integer.class)
                                        .single()
                                == pairs
                        && c.at("/others").size() == professionals.length - 1
                        // this youth's case: the first professional may have an earlier one of the same size
                        && isCaseOf(c, professionals)) {
                    return true;
                }
            }
            return false;
        });
        for (JsonNode c : api.get(cases, first.token()).json()) {
            if (c.at("/others").size() == professionals.length - 1 && isCaseOf(c, professionals)) {
                return c.at("/matchCaseId").asString();
            }
        }
        throw new AssertionError("no case");
    }

    private static boolean isCaseOf(JsonNode c, Professional... professionals) {
        for (int i = 1; i < professionals.length; i++) {
            boolean found = false;
            for (JsonNode other : c.at("/others")) {
                found |= other.at("/professionalId")
                        .asString()
                        .equals(professionals[i].id().toString());
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private void consult(Api api, Professional director, String caseId) {
        var response = api.post(
                "/api/v1/professionals/" + director.id() + "/match-cases/" + caseId + "/consultation",
                director.token(),
                "{\"outcome\":\"MORE_INSIGHT\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static int matchesOf(JsonNode report, Organisation organisation) {
        for (JsonNode group : report.at("/byOrganisation")) {
            if (group.at("/key").asString().equals(organisation.id().toString())) {
                return group.at("/figures/matches").asInt();
            }
        }
        return 0;
    }
}
