// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;

/**
 * R-REQUEST in the browser's pages: the privacy desk takes a request from intake to decision, a failed form keeps
 * its input, another municipality's request is not found, and the professional gives advice on their page.
 */
@IntegrationTest
class PrivacyDeskPagesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    MockMvc mvc;
    Fixtures fixtures;
    Api api;
    String region;
    String municipality;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
        api = new Api(port);
        region = fixtures.region(false);
        municipality = fixtures.municipality(region);
    }

    @Test
    void R_REQUEST_theDeskTakesARequestFromIntakeToDecisionAndTheProfessionalAdvisesOnTheirPage() throws Exception {
        Professional professional = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String birth = LocalDate.now().minusYears(17).minusDays(3).toString();
        String signal = api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, birth))
                .json()
                .at("/signal/id")
                .asString();
        RequestPostProcessor desk = desk(municipality);

        assertThat(html(get("/privacyloket/nieuw").with(desk))).contains("Nieuw verzoek vastleggen");
        String location = mvc.perform(post("/privacyloket/nieuw")
                        .with(desk)
                        .with(csrf())
                        .param("soort", "ERASURE")
                        .param("aanvrager", "YOUTH")
                        .param("identiteit", "ID_DOCUMENT_AT_DESK")
                        .param("bsn", bsn)
                        .param("geboortedatum", birth)
                        .param("ontvangen", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/privacyloket/");
        String id = location.substring("/privacyloket/".length());
        assertThat(html(get("/privacyloket").with(desk)))
                .contains("Verwijdering")
                .contains(id);
        String page = html(get(location).with(desk));
        assertThat(page)
                .contains("Verzoek: Verwijdering")
                .contains(professional.name())
                .doesNotContain(bsn);

        RequestPostProcessor asProfessional = WebTests.professional(context, professional);
        String advice = html(get("/adviezen").with(asProfessional));
        assertThat(advice)
                .contains("Verzoek: Verwijdering")
                .contains("/signalen/" + signal)
                .doesNotContain(bsn);
        mvc.perform(post("/adviezen/" + id)
                        .with(asProfessional)
                        .with(csrf())
                        .param("signaal", signal)
                        .param("advies", "GRANT"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(location).with(desk))).contains("Advies: Toekennen");

        mvc.perform(post(location + "/besluit")
                        .with(desk)
                        .with(csrf())
                        .param("besluit", "ERASED")
                        .param("reden", "De jeugdige wil niet in de verwijsindex staan en de zorg is afgerond."))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(location).with(desk))).contains("Toegekend: alle signalen verwijderd");
        assertThat(fixtures.count("signal where id = '" + signal + "'")).isZero();
    }

    @Test
    void R_REQUEST_aFailedIntakeSaysWhyKeepsEveryInputAndRecordsNothing() throws Exception {
        RequestPostProcessor desk = desk(municipality);
        String bsn = TestBsns.random();
        String birth = LocalDate.now().minusYears(8).toString();
        int before = fixtures.count("rights_request where municipality_code = '" + municipality + "'");

        String failed = mvc.perform(post("/privacyloket/nieuw")
                        .with(desk)
                        .with(csrf())
                        .param("soort", "ACCESS")
                        .param("aanvrager", "YOUTH")
                        .param("identiteit", "DIGID")
                        .param("bsn", bsn)
                        .param("geboortedatum", birth)
                        .param("ontvangen", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(failed)
                .contains("Voor een jeugdige onder de 12 jaar doet de wettelijk vertegenwoordiger het verzoek.")
                .contains("value=\"" + bsn + "\"")
                .contains("value=\"" + birth + "\"")
                .containsPattern("value=\"ACCESS\"\\s+checked")
                .containsPattern("value=\"DIGID\"\\s+checked");
        assertThat(fixtures.count("rights_request where municipality_code = '" + municipality + "'"))
                .isEqualTo(before);

        String missing = mvc.perform(
                        post("/privacyloket/nieuw").with(desk).with(csrf()).param("bsn", "12345"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing).contains("Kies wat er wordt gevraagd.").contains("value=\"12345\"");
        String invalid = mvc.perform(post("/privacyloket/nieuw")
                        .with(desk)
                        .with(csrf())
                        .param("soort", "ACCESS")
                        .param("aanvrager", "LEGAL_REPRESENTATIVE")
                        .param("identiteit", "DIGID")
                        .param("bsn", "123456789")
                        .param("geboortedatum", birth)
                        .param("ontvangen", "morgen"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(invalid).contains("Vul een datum in als dag-maand-jaar").contains("value=\"morgen\"");
    }

    @Test
    void R_REQUEST_anotherMunicipalitysRequestIsNotFoundAndOtherRolesCannotOpenTheDesk() throws Exception {
        RequestPostProcessor desk = desk(municipality);
        String location = mvc.perform(post("/privacyloket/nieuw")
                        .with(desk)
                        .with(csrf())
                        .param("soort", "ACCESS")
                        .param("aanvrager", "YOUTH")
                        .param("identiteit", "DIGID")
                        .param("bsn", TestBsns.random())
                        .param("geboortedatum", LocalDate.now().minusYears(18).toString())
                        .param("ontvangen", LocalDate.now().toString()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(html(get(location).with(desk))).contains("Niets geregistreerd");

        mvc.perform(get(location).with(desk(fixtures.municipality(region)))).andExpect(status().isNotFound());
        Professional professional = fixtures.professional(fixtures.organisation(region));
        mvc.perform(get("/privacyloket").with(WebTests.professional(professional)))
                .andExpect(status().isForbidden());
    }

    @Test
    void R_REQUEST_theOverviewAndTheDecisionLetterArePdfsWithThisYouthsDataTheAppealNoticeAndNoBsn() throws Exception {
        Professional professional = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String birth = LocalDate.now().minusYears(13).minusDays(3).toString();
        api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, birth));
        RequestPostProcessor desk = desk(municipality);
        String location = mvc.perform(post("/privacyloket/nieuw")
                        .with(desk)
                        .with(csrf())
                        .param("soort", "COPY")
                        .param("aanvrager", "YOUTH_AND_LEGAL_REPRESENTATIVE")
                        .param("identiteit", "ID_DOCUMENT_AT_DESK")
                        .param("bsn", bsn)
                        .param("geboortedatum", birth)
                        .param("ontvangen", LocalDate.now().toString()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String overview = pdfText(get(location + "/overzicht.pdf").with(desk));
        assertThat(overview)
                .contains("Wat de Verwijsindex over de jeugdige bewaart")
                .contains(professional.name())
                .contains(professional.organisation().name())
                .contains("SIGNAL_REGISTERED")
                .doesNotContain(bsn);
        mvc.perform(get(location + "/besluitbrief.pdf").with(desk)).andExpect(status().isConflict());

        mvc.perform(post(location + "/besluit")
                        .with(desk)
                        .with(csrf())
                        .param("besluit", "ACCESS_GIVEN")
                        .param("reden", "U krijgt een afschrift van alles wat over de jeugdige is vastgelegd."))
                .andExpect(status().is3xxRedirection());
        String letter = pdfText(get(location + "/besluitbrief.pdf").with(desk));
        assertThat(letter)
                .contains("Besluit op uw verzoek over de Verwijsindex")
                .contains("U krijgt een afschrift van alles wat over de jeugdige is vastgelegd.")
                .contains("bezwaar maken")
                .contains("zes weken")
                .doesNotContain(bsn);
    }

    private String pdfText(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private RequestPostProcessor desk(String municipalityCode) {
        return WebTests.signedIn(WebTests.realAccount(
                context,
                new SignedInAccount(
                        UUID.randomUUID(),
                        "d",
                        "Privacyloket",
                        Role.PRIVACY_DESK,
                        null,
                        null,
                        municipalityCode,
                        null)));
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
