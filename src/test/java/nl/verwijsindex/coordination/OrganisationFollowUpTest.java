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

import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.coordination.OrganisationFollowUp.FollowUp;
import nl.verwijsindex.coordination.OrganisationFollowUp.Task;

/**
 * R-COORDINATOR (issue 17, docs/adr/0050): the organisation coordinator's lists come from one query on the
 * organisation's matches not consulted. A case that is over (one of its two signals ended) is left out; a long list
 * shows its earliest deadlines and says that there are more; who directs is named only when it is one of the
 * organisation's own professionals.
 */
@IntegrationTest
class OrganisationFollowUpTest extends IntegrationTestBase {

    private static final String CHILD = LocalDate.now().minusYears(13).toString();

    @Autowired
    OrganisationFollowUp followUp;

    @Test
    void R_COORDINATOR_aLongListShowsItsEarliestDeadlinesAndThatThereAreMoreAndLeavesOutCasesThatAreOver() {
        String region = fixtures.region(false);
        fixtures.municipality(region);
        Organisation teamOrg = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Organisation schoolOrg = fixtures.organisation(region, "SECONDARY_EDUCATION");
        LocalDate today = LocalDate.now();
        List<Professional> schools = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Professional team = fixtures.professional(teamOrg);
            Professional school = fixtures.professional(schoolOrg);
            schools.add(school);
            String caseId = IntegrationTestBase.matchCase(api, team, school, CHILD);
            // deadlines 10, 9, 8 and 7 days ago
            jdbc.sql("update coordination_match set due_on = :due where match_case_id = cast(:c as uuid)")
                    .param("due", today.minusDays(10 - i))
                    .param("c", caseId)
                    .update();
        }
        // The first case (the earliest deadline) is over: the school's signal ends.
        Professional leaving = schools.get(0);
        UUID signal = jdbc.sql("select id from signal where professional_id = :p")
                .param("p", leaving.id().value())
                .query(UUID.class)
                .single();
        assertThat(api.post(
                                leaving.signalsPath() + "/" + signal + "/end",
                                leaving.token(),
                                "{\"reason\":\"RISK_GONE\"}")
                        .status())
                .isBetween(200, 299);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            FollowUp all = followUp.of(teamOrg.id());
            assertThat(all.overdue())
                    .as("the three cases still going on, the earliest deadline first")
                    .extracting(Task::dueOn)
                    .containsExactly(today.minusDays(9), today.minusDays(8), today.minusDays(7));
            assertThat(all.overdueMore()).isFalse();
            assertThat(followUp.of(teamOrg.id(), 3).overdueMore())
                    .as("exactly three")
                    .isFalse();

            FollowUp two = followUp.of(teamOrg.id(), 2);
            assertThat(two.overdue()).extracting(Task::dueOn).containsExactly(today.minusDays(9), today.minusDays(8));
            assertThat(two.overdueMore()).isTrue();
            assertThat(two.ownDirecting())
                    .containsExactlyElementsOf(all.ownDirecting()
                            .subList(0, Math.min(2, all.ownDirecting().size())));
            assertThat(two.ownDirectingMore()).isEqualTo(all.ownDirecting().size() > 2);
            FollowUp one = followUp.of(teamOrg.id(), 1);
            assertThat(one.overdue()).extracting(Task::dueOn).containsExactly(today.minusDays(9));
            assertThat(one.ownDirectingMore()).isEqualTo(all.ownDirecting().size() > 1);

            // Each of the three is directed by the team or by the school: the one list has each case once.
            FollowUp school = followUp.of(schoolOrg.id());
            assertThat(all.ownDirecting().size() + school.ownDirecting().size()).isEqualTo(3);
            for (Task t : all.overdue()) {
                assertThat(t.directorName()).isEqualTo(t.ownDirector() ? nameOf(t) : "");
            }
        });
    }

    private String nameOf(Task task) {
        return jdbc.sql("select name from professional where id = :p")
                .param("p", task.director().value())
                .query(String.class)
                .single();
    }
}
