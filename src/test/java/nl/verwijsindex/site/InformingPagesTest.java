// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;

/** R-INFORM on the signal's page: recording informing or a postponement, and a failed form that keeps its input. */
@IntegrationTest
class InformingPagesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    MockMvc mvc;
    Fixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
        api = new Api(port);
    }

    @Test
    void R_INFORM_theProfessionalRecordsOnTheSignalsPageThatTheyInformed() throws Exception {
        Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String signal = register(professional);

        assertThat(page(professional, signal)).contains("U hebt nog niet vastgelegd");
        mvc.perform(post("/signalen/" + signal + "/informeren")
                        .with(WebTests.professional(professional))
                        .with(csrf())
                        .param("keuze", "geinformeerd")
                        .param("geinformeerdOp", LocalDate.now().toString())
                        .param("hoe", "PHONE"))
                .andExpect(redirectedUrl("/signalen/" + signal));
        assertThat(page(professional, signal))
                .contains("U hebt geïnformeerd op")
                .contains("Telefonisch");
    }

    @Test
    void R_INFORM_aFailedFormSaysWhatIsMissingKeepsTheInputAndRecordsNothing() throws Exception {
        Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String signal = register(professional);

        String failed = mvc.perform(post("/signalen/" + signal + "/informeren")
                        .with(WebTests.professional(professional))
                        .with(csrf())
                        .param("keuze", "uitgesteld")
                        .param("opnieuwKijken", LocalDate.now().plusMonths(5).toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(failed)
                .contains("Kies waarom u het informeren uitstelt.")
                .contains("value=\"" + LocalDate.now().plusMonths(5) + "\"");
        assertThat(jdbc.sql("select count(*) from signal_informing where signal_id = :s::uuid")
                        .param("s", signal)
                        .query(Integer.class)
                        .single())
                .isZero();

        String tooLate = mvc.perform(post("/signalen/" + signal + "/informeren")
                        .with(WebTests.professional(professional))
                        .with(csrf())
                        .param("keuze", "uitgesteld")
                        .param("reden", "YOUTH_SAFETY")
                        .param("opnieuwKijken", LocalDate.now().plusMonths(5).toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLate).contains("binnen 3 maanden");
    }

    private String page(Professional professional, String signal) throws Exception {
        return mvc.perform(get("/signalen/" + signal).with(WebTests.professional(professional)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String register(Professional professional) {
        Api.Response created = api.post(
                professional.signalsPath(),
                professional.token(),
                Api.registration(
                        TestBsns.random(), LocalDate.now().minusYears(10).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/signal/id").asString();
    }
}
