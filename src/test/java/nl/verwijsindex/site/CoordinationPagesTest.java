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
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.covenant.LiberationDay;

/**
 * The coordination pages without a browser: a professional's match cases with director, deadline and state, ticking
 * off, confirming and handing over (R-DIRECTOR, R-DEADLINE, R-CONSULTED); the supervisor's work list of their own
 * municipality only (R-SUPERVISE, R-VISIBLE); the figures of their own municipality or region with small counts
 * suppressed (R-REPORTS). Each role only its own pages, each form only with a CSRF token.
 */
@IntegrationTest
class CoordinationPagesTest {

    private static final String CHILD = LocalDate.now().minusYears(13).toString();

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
    void R_CONSULTED_theDirectorTicksOffWithAnOutcomeAndTheOtherConfirmsAndOutsidersGetNotFound() throws Exception {
        String region = fixtures.region(false);
        fixtures.municipality(region);
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        Professional outsider = fixtures.professional(fixtures.organisation(region));
        String caseId = matchCase(team, school);

        String page = page("/matches", as(team));
        assertThat(page)
                .contains(
                        "Regie en afstemming",
                        "U bent de matchregisseur",
                        "Open",
                        "Afstemmen uiterlijk op",
                        "Afgestemd: afvinken",
                        "Regie overdragen",
                        "De matchregisseur is niet de");
        String other = page("/matches", as(school));
        assertThat(other)
                .contains(team.name(), team.email(), "Aangewezen volgens de regels van de regio")
                .doesNotContain("Afgestemd: afvinken", "Afstemming bevestigen");

        mvc.perform(post("/matches/" + caseId + "/afgestemd").with(as(outsider)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/matches/" + caseId + "/afgestemd").with(as(team))).andExpect(status().isForbidden());
        String notDirector = mvc.perform(post("/matches/" + caseId + "/afgestemd")
                        .with(as(school))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(notDirector).contains("Alleen de matchregisseur kan dit doen.", "href=\"#uitkomst-" + caseId + "\"");
        String wrong = mvc.perform(post("/matches/" + caseId + "/afgestemd")
                        .with(as(team))
                        .with(csrf())
                        .param("uitkomst", "FREE TEXT"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).contains("Kies een of meer van de uitkomsten, of geen.", "<title>Fout: ");

        mvc.perform(post("/matches/" + caseId + "/afgestemd")
                        .with(as(team))
                        .with(csrf())
                        .param("uitkomst", "PLAN_ADJUSTED"))
                .andExpect(redirectedUrl("/matches#zaak-" + caseId));
        assertThat(page("/matches", as(team)))
                .contains("Afgestemd", "Het plan van aanpak is aangepast", "Nog door niemand bevestigd")
                .doesNotContain("Afgestemd: afvinken");
        assertThat(page("/matches", as(school))).contains("Afstemming bevestigen");

        mvc.perform(post("/matches/" + caseId + "/bevestigen")
                        .with(as(outsider))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/matches/" + caseId + "/bevestigen").with(as(school)).with(csrf()))
                .andExpect(redirectedUrl("/matches#zaak-" + caseId));
        assertThat(page("/matches", as(school)))
                .contains("U heeft de afstemming bevestigd.")
                .doesNotContain("Afstemming bevestigen");
        assertThat(page("/matches", as(team))).contains("Bevestigd door 1 andere professional.");
        assertThat(logged("CONSULTATION_RECORDED", caseId)).isOne();
        assertThat(logged("CONSULTATION_CONFIRMED", caseId)).isOne();
    }

    @Test
    void R_DIRECTOR_theDirectorHandsOverToAnotherProfessionalInTheCaseOnlyAndItIsLogged() throws Exception {
        String region = fixtures.region(false);
        fixtures.municipality(region);
        Professional team = fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM"));
        Professional school = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        String caseId = matchCase(team, school);

        String missing = mvc.perform(post("/matches/" + caseId + "/regie-overdragen")
                        .with(as(team))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing)
                .contains("Kies de professional aan wie u de regie overdraagt.", "href=\"#overdragen-" + caseId + "\"");
        String stranger = UUID.randomUUID().toString();
        String refused = mvc.perform(post("/matches/" + caseId + "/regie-overdragen")
                        .with(as(team))
                        .with(csrf())
                        .param("professional", stranger))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Draag de regie over aan een andere professional");

        mvc.perform(post("/matches/" + caseId + "/regie-overdragen")
                        .with(as(team))
                        .with(csrf())
                        .param("professional", school.id().value().toString()))
                .andExpect(redirectedUrl("/matches#zaak-" + caseId));
        assertThat(page("/matches", as(school))).contains("U bent de matchregisseur", "De regie is overgedragen.");
        assertThat(page("/matches", as(team))).doesNotContain("U bent de matchregisseur");
        assertThat(logged("DIRECTOR_HANDED_OVER", caseId)).isOne();
    }

    @Test
    void R_SUPERVISE_aSupervisorSeesAndFollowsUpTheOverdueCasesOfTheirOwnMunicipalityOnly() throws Exception {
        String regionA = fixtures.region(false);
        String municipalityA = fixtures.municipality(regionA);
        String regionB = fixtures.region(false);
        String municipalityB = fixtures.municipality(regionB);
        Professional team = fixtures.professional(fixtures.organisation(regionA, "MUNICIPAL_YOUTH_TEAM"));
        Professional school = fixtures.professional(fixtures.organisation(regionA, "SECONDARY_EDUCATION"));
        String caseA = overdue(matchCase(team, school));
        String caseB = overdue(matchCase(
                fixtures.professional(fixtures.organisation(regionB, "POLICE")),
                fixtures.professional(fixtures.organisation(regionB, "GENERAL_PRACTITIONER"))));
        SignedInAccount supervisorA = supervisor(municipalityA);
        SignedInAccount supervisorB = supervisor(municipalityB);

        String itemA = "/regie/werklijst/M-" + reference(caseA);
        String itemB = "/regie/werklijst/M-" + reference(caseB);
        String list = page("/regie/werklijst", as(supervisorA));
        assertThat(list).contains(itemA + "\"", "Te laat", team.name()).doesNotContain(caseB, itemB + "\"", caseA);
        assertThat(page("/regie/werklijst", as(supervisorB)))
                .contains(itemB + "\"")
                .doesNotContain(itemA + "\"");
        // Issue 16: the work item's address has the match's number; an old address with the case's id still leads
        // there, for its own municipality only.
        mvc.perform(get("/regie/werklijst/" + caseA).with(as(supervisorA))).andExpect(redirectedUrl(itemA));
        String detail = page(itemA, as(supervisorA));
        assertThat(detail)
                .contains(team.name(), team.email(), "06 1234 5678", "Opgevolgd vastleggen")
                .doesNotContain(school.name());

        mvc.perform(get("/regie/werklijst/" + caseA).with(as(supervisorB))).andExpect(status().isNotFound());
        mvc.perform(get(itemA).with(as(supervisorB))).andExpect(status().isNotFound());
        mvc.perform(post(itemA + "/opgevolgd").with(as(supervisorB)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(itemA + "/opgevolgd").with(as(supervisorA))).andExpect(status().isForbidden());
        mvc.perform(post(itemA + "/opgevolgd").with(as(supervisorA)).with(csrf()))
                .andExpect(redirectedUrl("/regie/werklijst"));
        assertThat(jdbc.sql("select recorded_by from supervisor_follow_up where match_case_id = cast(:c as uuid)")
                        .param("c", caseA)
                        .query(String.class)
                        .list())
                .containsExactly(supervisorA.accountId().toString());
        assertThat(jdbc.sql("""
                        select count(*) from logbook_entry where action = 'SUPERVISOR_FOLLOWED_UP' and subject_id = :c
                        and actor_id = :a""")
                        .param("c", caseA)
                        .param("a", supervisorA.accountId().toString())
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThat(page(itemA, as(supervisorA)))
                .as("still overdue, so still on the list")
                .doesNotContain("Nog niet");
        mvc.perform(get("/regie/werklijst/not-an-id").with(as(supervisorA))).andExpect(status().isNotFound());
        mvc.perform(get("/regie/werklijst/M-999999999").with(as(supervisorA))).andExpect(status().isNotFound());
    }

    @Test
    void R_SUPERVISE_theWorkListSeparatesToFollowUpFromFollowedUpSortsByWorkingDaysLateAndNamesCasesByNumber()
            throws Exception {
        // Issue 16 item 8: the most late first, in working days on the Dutch calendar, each case by a short number
        // that stays the same; a case followed up moves to its own list; no id shows on the page.
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        Organisation team = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Organisation school = fixtures.organisation(region, "SECONDARY_EDUCATION");
        LocalDate today = LocalDate.now();
        String slightly =
                overdueSince(matchCase(fixtures.professional(team), fixtures.professional(school)), today.minusDays(3));
        String very = overdueSince(
                matchCase(fixtures.professional(team), fixtures.professional(school)), today.minusDays(20));
        String followed = overdueSince(
                matchCase(fixtures.professional(team), fixtures.professional(school)), today.minusDays(10));
        SignedInAccount supervisor = supervisor(municipality);
        DutchCalendar calendar = new DutchCalendar(LiberationDay.EVERY_FIVE_YEARS);

        mvc.perform(post("/regie/werklijst/M-" + reference(followed) + "/opgevolgd")
                        .with(as(supervisor))
                        .with(csrf()))
                .andExpect(redirectedUrl("/regie/werklijst"));
        String list = page("/regie/werklijst", as(supervisor));
        String toFollowUp = list.substring(list.indexOf("Op te volgen (2)"), list.indexOf("Opgevolgd (1)"));
        String followedUp = list.substring(list.indexOf("Opgevolgd (1)"));
        assertThat(toFollowUp)
                .contains("Match M-" + reference(very), "Match M-" + reference(slightly))
                .doesNotContain("Match M-" + reference(followed));
        assertThat(toFollowUp.indexOf("Match M-" + reference(very)))
                .as("the most late first")
                .isLessThan(toFollowUp.indexOf("Match M-" + reference(slightly)));
        assertThat(toFollowUp).contains(late(calendar.workingDaysBetween(today.minusDays(21), today)));
        assertThat(followedUp).contains("Match M-" + reference(followed));
        assertThat(list.replaceAll("href=\"[^\"]*\"", ""))
                .as("no id shown, only in the links")
                .doesNotContain(very, slightly, followed);
        assertThat(list)
                .as("each card links to its number")
                .contains("href=\"/regie/werklijst/M-" + reference(very) + "\"");
        assertThat(page("/regie/werklijst/M-" + reference(very), as(supervisor)))
                .contains("Match M-" + reference(very) + " opvolgen");
    }

    private String overdueSince(String caseId, LocalDate due) {
        jdbc.sql("update coordination_match set due_on = :due where match_case_id = cast(:c as uuid)")
                .param("due", due.minusDays(1))
                .param("c", caseId)
                .update();
        return caseId;
    }

    private long reference(String caseId) {
        return jdbc.sql("select reference from coordination_case where match_case_id = cast(:c as uuid)")
                .param("c", caseId)
                .query(Long.class)
                .single();
    }

    private static String late(int days) {
        return days == 1 ? "1 werkdag te laat" : days + " werkdagen te laat";
    }

    @Test
    void R_REPORTS_theFiguresOfOnesOwnMunicipalityOrRegionWithSmallCountsSuppressed() throws Exception {
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        String otherRegion = fixtures.region(false);
        String otherMunicipality = fixtures.municipality(otherRegion);
        overdue(matchCase(
                fixtures.professional(fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM")),
                fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"))));

        String own = page("/regie/cijfers", as(supervisor(municipality)));
        assertThat(own)
                .contains(
                        "Cijfers van de gemeente Gemeente " + municipality,
                        "&lt;5</td>",
                        "Per organisatie",
                        "data-chart-values=\"",
                        "/js/charts.js");
        assertThat(own).doesNotContain("Per gemeente");
        String otherOwn = page("/regie/cijfers", as(supervisor(otherMunicipality)));
        assertThat(otherOwn).doesNotContain("&lt;5</td>").contains("Geen matches in deze periode.");

        String regionPage = page("/regio/cijfers", as(regionCoordinator(region)));
        assertThat(regionPage).contains("Per gemeente", "Gemeente " + municipality, "&lt;5</td>");
        assertThat(page("/regio/cijfers", as(regionCoordinator(otherRegion))))
                .doesNotContain("&lt;5</td>", municipality);

        String wrongYear = page("/regie/cijfers?jaar=1999&kwartaal=7", as(supervisor(municipality)));
        assertThat(wrongYear)
                .contains(
                        "Kies een jaar uit de lijst.",
                        "Kies een kwartaal, of het hele jaar.",
                        "href=\"#jaar\"",
                        "<title>Fout: ")
                .doesNotContain("Matches gemaakt in");
        String quarter =
                page("/regie/cijfers?jaar=" + LocalDate.now().getYear() + "&kwartaal=1", as(supervisor(municipality)));
        assertThat(quarter)
                .contains("Matches gemaakt in 1e kwartaal " + LocalDate.now().getYear());
    }

    @Test
    void eachRoleOpensOnlyItsOwnCoordinationPages() throws Exception {
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        Professional professional = fixtures.professional(fixtures.organisation(region));
        RequestPostProcessor supervisor = as(supervisor(municipality));
        RequestPostProcessor coordinator = as(regionCoordinator(region));

        for (String page : List.of("/regie/werklijst", "/regie/cijfers", "/regio/cijfers")) {
            mvc.perform(get(page).with(as(professional))).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/inloggen"));
        }
        mvc.perform(get("/matches").with(supervisor)).andExpect(status().isForbidden());
        mvc.perform(get("/regio/cijfers").with(supervisor)).andExpect(status().isForbidden());
        mvc.perform(get("/regie/cijfers").with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(get("/regie/werklijst").with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(get("/regie/werklijst").with(supervisor)).andExpect(status().isOk());
        mvc.perform(get("/regio/cijfers").with(coordinator)).andExpect(status().isOk());
    }

    @Test
    void R_COORDINATOR_theOrganisationCoordinatorSeesItsOverdueMatchesAndItsDirectorsOpenConsultations()
            throws Exception {
        String region = fixtures.region(false);
        fixtures.municipality(region);
        Organisation teamOrg = fixtures.organisation(region, "MUNICIPAL_YOUTH_TEAM");
        Organisation schoolOrg = fixtures.organisation(region, "SECONDARY_EDUCATION");
        Professional team = fixtures.professional(teamOrg);
        Professional school = fixtures.professional(schoolOrg);
        String caseId = matchCase(team, school);
        String director = api.get("/api/v1/professionals/" + team.id() + "/match-cases/" + caseId, team.token())
                .json()
                .at("/director/professional/professionalId")
                .asString();
        Professional directing = director.equals(team.id().toString()) ? team : school;
        Organisation directingOrg = directing == team ? teamOrg : schoolOrg;
        Organisation otherOrg = directing == team ? schoolOrg : teamOrg;

        String before = page("/organisatie/opvolging", as(coordinatorOf(directingOrg)));
        assertThat(before)
                .contains("Opvolging van matches", "Er zijn geen matches van uw organisatie over de", directing.name())
                .contains("Op tijd");
        overdue(caseId);
        String directing2 = page("/organisatie/opvolging", as(coordinatorOf(directingOrg)));
        assertThat(directing2).contains("Matches van uw organisatie zonder afstemming", "Te laat", directing.name());
        String others = page("/organisatie/opvolging", as(coordinatorOf(otherOrg)));
        assertThat(others)
                .as("the other organisation sees its overdue match, not who of another organisation directs it")
                .contains("Een professional van een andere organisatie", "geen afstemming openstaan")
                .doesNotContain(directing.name());
        mvc.perform(get("/organisatie/opvolging").with(as(team))).andExpect(status().isForbidden());

        api.post(
                "/api/v1/professionals/" + directing.id() + "/match-cases/" + caseId + "/consultation",
                directing.token(),
                "{}");
        assertThat(page("/organisatie/opvolging", as(coordinatorOf(otherOrg))))
                .contains("Er zijn geen matches van uw organisatie over de");
    }

    private static SignedInAccount coordinatorOf(Organisation organisation) {
        return new SignedInAccount(
                UUID.randomUUID(),
                "ic",
                "Instellingscoördinator",
                Role.ORGANISATION_COORDINATOR,
                null,
                organisation.id().value(),
                null,
                null);
    }

    /** A match case of two professionals on one new youth, once the coordination module has taken it up. */
    private String matchCase(Professional director, Professional other) {
        return IntegrationTestBase.matchCase(api, director, other, CHILD);
    }

    /** Its deadline was yesterday. */
    private String overdue(String caseId) {
        jdbc.sql("update coordination_match set due_on = :due where match_case_id = cast(:c as uuid)")
                .param("due", LocalDate.now().minusDays(1))
                .param("c", caseId)
                .update();
        return caseId;
    }

    private int logged(String action, String caseId) {
        return jdbc.sql("select count(*) from logbook_entry where action = :a and subject_id = :c")
                .param("a", action)
                .param("c", caseId)
                .query(Integer.class)
                .single();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static SignedInAccount supervisor(String municipality) {
        return new SignedInAccount(
                UUID.randomUUID(), "r", "Regievoerder", Role.MUNICIPAL_SUPERVISOR, null, null, municipality, null);
    }

    private static SignedInAccount regionCoordinator(String region) {
        return new SignedInAccount(
                UUID.randomUUID(), "rc", "Regiocoördinator", Role.REGION_COORDINATOR, null, null, null, region);
    }

    private static RequestPostProcessor as(SignedInAccount account) {
        return WebTests.signedIn(account);
    }

    private static RequestPostProcessor as(Professional professional) {
        return WebTests.professional(professional);
    }
}
