// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;

/**
 * R-INFORM: the printable information letter of a professional's own signal: per audience, with the
 * professional's contact, the index's name and the end date, and without the BSN unless asked for.
 */
@IntegrationTest
class InformationLetterTest {

    @Autowired
    ApplicationContext context;

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
    void R_INFORM_theLetterIsForTheChosenAudienceAndNamesTheProfessionalButNotTheBsn() throws Exception {
        Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();
        String signal = register(professional, bsn, LocalDate.now().minusYears(8));

        String parents = text(mvc.perform(get("/signalen/" + signal + "/informatiebrief")
                        .param("voor", "ouders")
                        .with(WebTests.professional(professional)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(parents)
                .contains("Beste ouder of verzorger")
                .contains("betrokken bij uw kind")
                .contains(professional.name())
                .contains(professional.organisation().name())
                .contains(professional.email())
                .contains("Uw rechten")
                .contains("/informatie")
                .doesNotContain(bsn);

        String youth = text(mvc.perform(get("/signalen/" + signal + "/informatiebrief")
                        .param("voor", "jongere")
                        .with(WebTests.professional(professional)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(youth).contains("Beste jongere,").contains("Jouw rechten").doesNotContain("ouder of verzorger");

        String withBsn = text(mvc.perform(get("/signalen/" + signal + "/informatiebrief")
                        .param("bsn", "ja")
                        .with(WebTests.professional(professional)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(withBsn).contains("Burgerservicenummer: " + bsn);
    }

    @Test
    void R_VISIBLE_anotherProfessionalGetsNotFoundForSomeoneElsesSignal() throws Exception {
        String region = fixtures.region(false);
        Professional owner = fixtures.professional(fixtures.organisation(region));
        Professional other = fixtures.professional(fixtures.organisation(region));
        String signal = register(owner, TestBsns.random(), LocalDate.now().minusYears(14));

        mvc.perform(get("/signalen/" + signal + "/informatiebrief").with(WebTests.professional(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/signalen/" + signal + "/informatiebrief")).andExpect(status().is3xxRedirection());
    }

    private String register(Professional professional, String bsn, LocalDate birthDate) {
        Api.Response created =
                api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, birthDate.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/signal/id").asString();
    }

    private static String text(MvcResult result) throws IOException {
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
