// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.person.PersonRegisterDouble;

/**
 * R-SUPERVISE: a match case is followed by the supervisor of the municipality where the youth is registered
 * in the person register, also when the professionals work under another covenant; without that knowledge,
 * by the region's default.
 */
@IntegrationTest
class CaseMunicipalityTest extends IntegrationTestBase {

    @Test
    void R_SUPERVISE_theCaseBelongsToTheYouthsMunicipalityInThePersonRegister() {
        String signalling = fixtures.region(false);
        String living = fixtures.region(false);
        String home = fixtures.municipality(living);
        String bsn = TestBsns.random();
        register.put(PersonRegisterDouble.child(
                bsn,
                LocalDate.of(2012, 6, 1),
                "Woonplaats",
                PersonRegisterDouble.address("0307010000%06d".formatted(Math.abs(bsn.hashCode()) % 1_000_000), home)));
        Professional one = fixtures.professional(fixtures.organisation(signalling));
        Professional two = fixtures.professional(fixtures.organisation(signalling));

        api.post(one.signalsPath(), one.token(), Api.registration(bsn, "2012-06-01"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                        select count(*) from youth_person yp join youth y on y.id = yp.youth_id
                        where yp.municipality_code = :home""").param("home", home).query(Long.class).single() == 1);
        String signal = api.post(two.signalsPath(), two.token(), Api.registration(bsn, "2012-06-01"))
                .json()
                .at("/signal/id")
                .asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> !caseOf(signal).isEmpty());
        assertThat(caseOf(signal))
                .containsEntry("municipality_code", home)
                .containsEntry("municipality_basis", "PERSON_REGISTER");
    }

    @Test
    void withoutTheRegistersAnswerTheRegionDefaultApplies() {
        String region = fixtures.region(false);
        String first = fixtures.municipality(region);
        String bsn = TestBsns.random();
        Professional one = fixtures.professional(fixtures.organisation(region));
        Professional two = fixtures.professional(fixtures.organisation(region));
        api.post(one.signalsPath(), one.token(), Api.registration(bsn, "2012-06-01"));
        String signal = api.post(two.signalsPath(), two.token(), Api.registration(bsn, "2012-06-01"))
                .json()
                .at("/signal/id")
                .asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> !caseOf(signal).isEmpty());
        assertThat(caseOf(signal))
                .containsEntry("municipality_code", first)
                .containsEntry("municipality_basis", "REGION_DEFAULT");
    }

    private Map<String, Object> caseOf(String signalId) {
        return jdbc.sql("""
                        select cc.municipality_code, cc.municipality_basis from coordination_case cc
                        join match_participant mp on mp.match_case_id = cc.match_case_id
                        where mp.signal_id = cast(:s as uuid)""")
                .param("s", signalId)
                .query((rs, n) -> Map.<String, Object>of(
                        "municipality_code",
                        String.valueOf(rs.getString(1)).trim(),
                        "municipality_basis",
                        rs.getString(2)))
                .optional()
                .orElse(Map.of());
    }
}
