// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;

/**
 * Issue 16 (messages say what happened): every notice in the professional's inbox has the text of its own kind; the
 * match director's appointment is not announced as "a new match"; the menu shows how many are unread.
 */
@IntegrationTest
class InboxTextsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void R_NOTICE_eachKindOfNoticeSaysWhatHappened() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        Api api = new Api(port);
        String region = fixtures.region(false);
        Professional first = fixtures.professional(fixtures.organisation(region), true);
        Professional second = fixtures.professional(fixtures.organisation(region), true);
        String bsn = TestBsns.random();
        String child = LocalDate.now().minusYears(10).toString();
        assertThat(api.post(first.signalsPath(), first.token(), Api.registration(bsn, child))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(second.signalsPath(), second.token(), Api.registration(bsn, child))
                        .status())
                .isEqualTo(201);

        String cases = "/api/v1/professionals/" + first.id() + "/match-cases";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(cases, first.token()).json().size() == 1);
        String caseId =
                api.get(cases, first.token()).json().at("/0/matchCaseId").asString();
        // Whoever directs hands the case over to the other, who is appointed.
        Professional director = first;
        Professional appointed = second;
        Api.Response handedOver = api.post(
                cases + "/" + caseId + "/hand-over", first.token(), "{\"professionalId\":\"" + second.id() + "\"}");
        if (handedOver.status() == 403) {
            director = second;
            appointed = first;
            handedOver = api.post(
                    "/api/v1/professionals/" + second.id() + "/match-cases/" + caseId + "/hand-over",
                    second.token(),
                    "{\"professionalId\":\"" + first.id() + "\"}");
        }
        assertThat(handedOver.status()).as(handedOver.toString()).isBetween(200, 204);
        Professional newDirector = appointed;
        await().atMost(Duration.ofSeconds(30))
                .until(() -> kinds(newDirector).containsAll(List.of("MATCH", "DIRECTOR_APPOINTED")));
        director = newDirector;

        String inbox = WebTests.mockMvc(context)
                .perform(get("/berichten").with(WebTests.professional(director)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inbox)
                .contains("U heeft een nieuwe match. Bekijk uw matches voor de contactgegevens.")
                .contains("U bent nu matchregisseur. Neem contact op met de andere betrokken professionals.");
        assertThat(inbox)
                .as("the menu counts the unread messages")
                .contains("Berichten (" + kinds(director).size() + " nieuw)");
        assertThat(inbox.split("U heeft een nieuwe match", -1))
                .as("one notice of a new match, not two")
                .hasSize(2);
    }

    private List<String> kinds(Professional professional) {
        return jdbc.sql("select kind from notice where professional_id = :p")
                .param("p", professional.id().value())
                .query(String.class)
                .list();
    }
}
