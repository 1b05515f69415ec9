// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
 * The professional's pages without a browser: who may open what (R-NOSEARCH, R-VISIBLE), the BSN only in the
 * POST body, form errors next to the fields with the input kept, the archive hit shown once (R-ARCHIVE-HIT).
 */
@IntegrationTest
class ProfessionalPagesTest {

    private static final String CHILD = LocalDate.now().minusYears(9).toString();

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    MockMvc mvc;
    Fixtures fixtures;
    Api api;
    String region;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
        api = new Api(port);
        region = fixtures.region(false);
    }

    @Test
    void R_NOSEARCH_aProfessionalCannotOpenOrEndAnotherProfessionalsSignal() throws Exception {
        Professional mine = fixtures.professional(fixtures.organisation(region));
        Professional other = fixtures.professional(fixtures.organisation(region));
        String id = api.post(other.signalsPath(), other.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();

        mvc.perform(get("/signalen/" + id).with(as(mine))).andExpect(status().isNotFound());
        mvc.perform(post("/signalen/" + id + "/beeindigen")
                        .with(as(mine))
                        .with(csrf())
                        .param("reden", "UNJUSTIFIED"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/signalen/" + id + "/verlengen").with(as(mine)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(api.get(other.signalsPath() + "/" + id, other.token())
                        .json()
                        .at("/status")
                        .asString())
                .isEqualTo("ACTIVE");
        mvc.perform(get("/signalen/not-an-id").with(as(mine))).andExpect(status().isNotFound());
    }

    @Test
    void otherRolesCannotOpenTheProfessionalsPagesAndAnonymousVisitorsGoToTheLogin() throws Exception {
        RequestPostProcessor coordinator = WebTests.signedIn(new SignedInAccount(
                UUID.randomUUID(),
                "c",
                "C",
                Role.ORGANISATION_COORDINATOR,
                null,
                fixtures.organisation(region).id().value(),
                null,
                null));
        for (String page : List.of("/signalen", "/signalen/nieuw", "/matches", "/berichten")) {
            mvc.perform(get(page).with(coordinator)).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/inloggen"));
        }
        mvc.perform(get("/").with(coordinator)).andExpect(status().isOk());
        // A professional's page without a CSRF token in the form is refused.
        Professional mine = fixtures.professional(fixtures.organisation(region));
        mvc.perform(post("/signalen/nieuw").with(as(mine)).param("vermoeden", "ja"))
                .andExpect(status().isForbidden());
    }

    @Test
    void R_GROUNDS_theFormComesOnlyAfterTheConfirmationAndAFailedSubmitKeepsTheInputWithMessagesAtTheFields()
            throws Exception {
        Professional mine = fixtures.professional(fixtures.organisation(region));
        MockHttpSession session = new MockHttpSession();
        RequestPostProcessor me = WebTests.professional(context, mine);
        mvc.perform(get("/signalen/nieuw/gegevens").session(session).with(me))
                .andExpect(redirectedUrl("/signalen/nieuw"));
        String refused = mvc.perform(
                        post("/signalen/nieuw").session(session).with(me).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Vink aan dat u een redelijk vermoeden heeft", "href=\"#vermoeden\"");

        mvc.perform(post("/signalen/nieuw")
                        .session(session)
                        .with(me)
                        .with(csrf())
                        .param("vermoeden", "ja"))
                .andExpect(redirectedUrl("/signalen/nieuw/gegevens"));
        String page = mvc.perform(post("/signalen/nieuw/gegevens")
                        .session(session)
                        .with(me)
                        .with(csrf())
                        .param("bsn", "123456789")
                        .param("dag", "31")
                        .param("maand", "2")
                        .param("jaar", "2015"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Dit BSN bestaat niet: het klopt niet met de elfproef",
                        "Deze datum bestaat niet",
                        "href=\"#bsn\"",
                        "href=\"#geboortedatum\"",
                        "value=\"123456789\"",
                        "value=\"31\"",
                        "value=\"2015\"",
                        "aria-invalid=\"true\"",
                        "<title>Fout: ");

        String tooOld = mvc.perform(post("/signalen/nieuw/gegevens")
                        .session(session)
                        .with(me)
                        .with(csrf())
                        .param("bsn", TestBsns.random())
                        .param("dag", "1")
                        .param("maand", "1")
                        .param("jaar", "1990"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooOld).contains("23 jaar of ouder");
        assertThat(api.get(mine.signalsPath(), mine.token()).json()).isEmpty();
    }

    @Test
    void R_ARCHIVE_HIT_theBsnOnlyInTheBodyAndTheResultWithTheArchiveHitShownOnce() throws Exception {
        String bsn = TestBsns.random();
        Professional earlier = fixtures.professional(fixtures.organisation(region));
        String archived = api.post(earlier.signalsPath(), earlier.token(), Api.registration(bsn, CHILD))
                .json()
                .at("/signal/id")
                .asString();
        api.post(earlier.signalsPath() + "/" + archived + "/end", earlier.token(), "{\"reason\":\"RISK_GONE\"}");

        Professional mine = fixtures.professional(fixtures.organisation(region));
        MockHttpSession session = new MockHttpSession();
        RequestPostProcessor me = WebTests.professional(context, mine);
        mvc.perform(
                post("/signalen/nieuw").session(session).with(me).with(csrf()).param("vermoeden", "ja"));
        LocalDate birth = LocalDate.parse(CHILD);
        MvcResult registered = mvc.perform(post("/signalen/nieuw/gegevens")
                        .session(session)
                        .with(me)
                        .with(csrf())
                        .param("bsn", bsn.substring(0, 4) + " " + bsn.substring(4))
                        .param("dag", "" + birth.getDayOfMonth())
                        .param("maand", "" + birth.getMonthValue())
                        .param("jaar", "" + birth.getYear()))
                .andExpect(redirectedUrlPattern("/signalen/*/vastgelegd"))
                .andReturn();
        String location = registered.getResponse().getRedirectedUrl();
        assertThat(location).doesNotContain(bsn);

        String result = mvc.perform(get(location).session(session).with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(result)
                .contains(
                        "Signaal vastgelegd",
                        "Eerder signaal in het archief",
                        earlier.name(),
                        "de wettelijk vertegenwoordiger (meestal de ouders), omdat de jeugdige jonger is dan 12 jaar");
        assertThat(result).doesNotContain(bsn);

        String signalId = location.split("/")[2];
        mvc.perform(get(location).session(session).with(me)).andExpect(redirectedUrl("/signalen/" + signalId));
        String signalPage = mvc.perform(
                        get("/signalen/" + signalId).session(session).with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(signalPage).contains(bsn).doesNotContain(earlier.name());
        assertThat(signalPage.substring(signalPage.indexOf("<title>"), signalPage.indexOf("</title>")))
                .doesNotContain(bsn);
    }

    @Test
    void R_END_endingWithoutAReasonAsksForOneAndEndingAsUnjustifiedDeletes() throws Exception {
        Professional mine = fixtures.professional(fixtures.organisation(region));
        String id = api.post(mine.signalsPath(), mine.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        String page = mvc.perform(
                        post("/signalen/" + id + "/beeindigen").with(as(mine)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Kies waarom u het signaal beëindigt", "href=\"#reden\"");
        // Issue 16 item 6: deleting is confirmed on a page of its own first.
        mvc.perform(post("/signalen/" + id + "/beeindigen")
                        .with(as(mine))
                        .with(csrf())
                        .param("reden", "UNJUSTIFIED"))
                .andExpect(redirectedUrl("/signalen/" + id + "/beeindigen/onterecht"));
        assertThat(api.get(mine.signalsPath() + "/" + id, mine.token()).status())
                .isEqualTo(200);
        mvc.perform(post("/signalen/" + id + "/beeindigen/onterecht")
                        .with(as(mine))
                        .with(csrf())
                        .param("bevestigd", "ja"))
                .andExpect(redirectedUrl("/signalen"));
        assertThat(api.get(mine.signalsPath() + "/" + id, mine.token()).status())
                .isEqualTo(404);
    }

    private static RequestPostProcessor as(Professional professional) {
        return WebTests.professional(professional);
    }
}
