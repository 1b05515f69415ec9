// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.person.PersonRegisterDouble;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.standalone.InProcessMailServer;

/**
 * Issue 13, defect 3 (R-SUPERVISE): two professionals signal a youth new to the index who lives in "Baarn", the
 * region's second municipality, before the register has answered; the case opens in the region's default
 * ("Amersfoort"). Once the register answers, the case moves to Baarn and both supervisors are told.
 */
@IntegrationTest
class CaseRelocationTest extends IntegrationTestBase {

    private static final String ADMIN = "demo-admin-secret-not-for-production";
    private static final String BIRTH_DATE = "2011-03-14";

    @Autowired
    InProcessMailServer mail;

    @Test
    void R_SUPERVISE_aCaseOpenedBeforeTheRegisterAnsweredMovesToTheYouthsMunicipalityAndBothSupervisorsAreTold() {
        String region = fixtures.region(false);
        List<String> codes = new ArrayList<>(List.of(fixtures.municipality(region), fixtures.municipality(region)));
        codes.sort(String::compareTo);
        String amersfoort = codes.get(0); // the lowest CBS code: the region's default case municipality
        String baarn = codes.get(1);
        Supervisor ofAmersfoort = supervisor(amersfoort);
        Supervisor ofBaarn = supervisor(baarn);
        String bsn = TestBsns.random();
        register.put(PersonRegisterDouble.child(
                bsn,
                LocalDate.parse(BIRTH_DATE),
                "Bakker",
                PersonRegisterDouble.address("0308010000%06d".formatted(Math.abs(bsn.hashCode()) % 1_000_000), baarn)));
        Professional one = fixtures.professional(fixtures.organisation(region));
        Professional two = fixtures.professional(fixtures.organisation(region));

        String caseId;
        register.goDown(PersonRegisterUnavailable.Reason.TIMEOUT);
        try {
            assertThat(api.post(one.signalsPath(), one.token(), Api.registration(bsn, BIRTH_DATE))
                            .status())
                    .isEqualTo(201);
            String signal = api.post(two.signalsPath(), two.token(), Api.registration(bsn, BIRTH_DATE))
                    .json()
                    .at("/signal/id")
                    .asString();
            await().atMost(Duration.ofSeconds(20)).until(() -> !caseOf(signal).isEmpty());
            assertThat(caseOf(signal))
                    .as("opened before the register answered")
                    .containsEntry("municipality_code", amersfoort)
                    .containsEntry("municipality_basis", "REGION_DEFAULT");
            caseId = caseOf(signal).get("match_case_id");
        } finally {
            register.comeBack();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> baarn.equals(caseById(caseId).get("municipality_code")));
        assertThat(caseById(caseId)).containsEntry("municipality_basis", "PERSON_REGISTER");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inbox(api, ofAmersfoort).contains("CASE_MOVED_OUT:" + caseId)
                        && inbox(api, ofBaarn).contains("CASE_MOVED_IN:" + caseId));
        assertThat(inbox(api, ofBaarn)).doesNotContain("CASE_MOVED_OUT:" + caseId);
        assertThat(inbox(api, ofAmersfoort)).doesNotContain("CASE_MOVED_IN:" + caseId);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mail.received().stream().anyMatch(m -> m.to().equals(ofBaarn.email())));
    }

    private Supervisor supervisor(String municipality) {
        NewSupervisor added = newSupervisor(municipality);
        return new Supervisor(added.token(), added.email());
    }

    /** Each notice as kind:matchCaseId. */
    private static List<String> inbox(Api api, Supervisor supervisor) {
        List<String> notices = new ArrayList<>();
        api.get("/api/v1/supervisor/inbox", supervisor.token())
                .json()
                .forEach(n -> notices.add(
                        n.at("/kind").asString() + ":" + n.at("/matchCaseId").asString()));
        return notices;
    }

    private Map<String, String> caseOf(String signalId) {
        return jdbc.sql("""
                        select cc.match_case_id from coordination_case cc
                        join match_participant mp on mp.match_case_id = cc.match_case_id
                        where mp.signal_id = cast(:s as uuid)""")
                .param("s", signalId)
                .query(UUID.class)
                .optional()
                .map(id -> caseById(id.toString()))
                .orElse(Map.of());
    }

    private Map<String, String> caseById(String caseId) {
        return jdbc.sql("""
                        select match_case_id, municipality_code, municipality_basis from coordination_case
                        where match_case_id = cast(:c as uuid)""")
                .param("c", caseId)
                .query((rs, n) -> Map.of(
                        "match_case_id", rs.getString(1),
                        "municipality_code", String.valueOf(rs.getString(2)).trim(),
                        "municipality_basis", rs.getString(3)))
                .single();
    }

    private record Supervisor(String token, String email) {}
}
