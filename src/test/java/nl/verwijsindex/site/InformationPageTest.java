// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;

/** R-INFORM, R-REQUEST: the public information page for youths and parents, without logging in. */
@IntegrationTest
class InformationPageTest {

    @Autowired
    ApplicationContext context;

    @Test
    void R_INFORM_anyoneReadsWhatTheIndexIsTheirRightsAndWhichMunicipalityToAsk() throws Exception {
        MockMvc mvc = WebTests.mockMvc(context);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);

        String page = mvc.perform(get("/informatie"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Informatie voor jongeren en ouders")
                .contains("Er staat <strong>niet</strong> in waarom")
                .contains("jonger dan 12, dan aan de ouders of voogd")
                .contains("ten hoogste 2 jaar")
                .contains("<span>5</span> jaar in een archief")
                .contains("Op de dag dat de jongere 23 wordt")
                .contains("binnen één maand")
                .contains("<li class=\"utrecht-unordered-list__item\">Gemeente " + municipality + "</li>")
                .doesNotContain("Inloggen</h1>");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("href=\"/informatie\"");
    }
}
