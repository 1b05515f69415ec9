// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * R-LOGBOOK (NEN 7513, issue 12): the data protection officer searches and exports the logbook by youth (also a
 * deleted one), professional, organisation and period; nobody else may, and the BSN is never shown back.
 */
@IntegrationTest
class DataProtectionOfficerPagesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Logbook logbook;

    @Autowired
    BsnProtection protection;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    private final UUID officerId = UUID.randomUUID();
    private final SignedInAccount officer =
            new SignedInAccount(officerId, "fg", "Functionaris", Role.DATA_PROTECTION_OFFICER, null, null, null, null);

    @Test
    void R_LOGBOOK_theOfficerFindsWhoSawAYouthAfterTheYouthWasDeletedWithoutSeeingTheBsnBack() throws Exception {
        String bsn = TestBsns.random();
        UUID professional = seen(bsn);

        MockHttpServletResponse page = mvc().perform(post("/fg/logboek")
                        .with(csrf())
                        .with(WebTests.signedIn(officer))
                        .param("bsn", bsn))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        // Issue 16 item 10: the page says what happened in Dutch and names people; the ids stay in the export.
        assertThat(page.getContentAsString())
                .contains("Signalen bekeken", "Een professional die er niet meer is", "1 regel")
                .doesNotContain(professional.toString(), "SIGNALS_VIEWED");
        assertThat(page.getContentAsString()).doesNotContain(bsn);
        assertThat(jdbc.sql("select subject_id from logbook_entry where actor_id = :a and action = 'LOGBOOK_SEARCHED'")
                        .param("a", officerId.toString())
                        .query(String.class)
                        .list())
                .as("the search is logged too")
                .containsExactly("zoeken");
    }

    @Test
    void R_LOGBOOK_theOfficerNamesTheProfessionalAndChoosesTheOrganisationAndReadsNamesNotIds() throws Exception {
        // Issue 16: no ids to type. Two professionals of the same name in two organisations, one seen in the logbook.
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Fixtures.Organisation organisation = fixtures.organisation(region);
        Fixtures.Organisation other = fixtures.organisation(region);
        Fixtures.Professional professional = fixtures.professional(organisation);
        fixtures.staff()
                .addProfessional(new NewProfessional(
                        null,
                        other.id(),
                        professional.name(),
                        "naamgenoot-" + professional.email(),
                        "06 1234 5678",
                        true));
        logbook.record(new LogbookEntry(
                Action.SIGNALS_VIEWED,
                Actor.user("viewer"),
                professional.id().value(),
                organisation.id().value(),
                null,
                null,
                "test"));

        String form = search(get("/fg/logboek"));
        assertThat(form)
                .contains(
                        "<option value=\"" + organisation.id().value() + "\">" + organisation.name() + "</option>",
                        "Naam of e-mailadres")
                .doesNotContain("Kenmerk", "UUID");

        String alike = search(post("/fg/logboek").param("professional", professional.name()));
        assertThat(alike)
                .as("the namesakes to choose from, by organisation and e-mail address")
                .contains(
                        "2 professionals lijken hierop. Kies hieronder wie u bedoelt.",
                        "Welke professional bedoelt u?",
                        professional.name() + ", " + organisation.name() + " (" + professional.email() + ")",
                        professional.name() + ", " + other.name() + " (naamgenoot-" + professional.email() + ")")
                .doesNotContain("<table");

        String chosen = search(post("/fg/logboek")
                .param("professional", professional.name())
                .param("keuze", professional.id().value().toString()));
        String table = chosen.substring(chosen.indexOf("<table"));
        assertThat(table)
                .as("the lines name the professional and the organisation, never their ids")
                .contains("1 regel", "Signalen bekeken", professional.name(), organisation.name())
                .doesNotContain(
                        professional.id().value().toString(),
                        organisation.id().value().toString());
        assertThat(chosen)
                .as("the one chosen is shown back by e-mail address, so the next search finds the same one")
                .contains("value=\"" + professional.email() + "\"");

        String narrowed = search(post("/fg/logboek")
                .param("professional", professional.name())
                .param("organisatie", organisation.id().value().toString()));
        assertThat(narrowed)
                .as("the chosen organisation tells the namesakes apart")
                .contains("1 regel", "<option value=\"" + organisation.id().value() + "\" selected=\"selected\">");

        assertThat(search(post("/fg/logboek").param("professional", "niemand-" + UUID.randomUUID())))
                .contains("Er is geen professional met deze naam of dit e-mailadres.", "href=\"#professional\"");
    }

    private String search(MockHttpServletRequestBuilder request) throws Exception {
        return mvc().perform(request.with(csrf()).with(WebTests.signedIn(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void R_LOGBOOK_theOfficerExportsTheResultAsCsv() throws Exception {
        String bsn = TestBsns.random();
        UUID professional = seen(bsn);

        MockHttpServletResponse csv = mvc().perform(post("/fg/logboek/export")
                        .with(csrf())
                        .with(WebTests.signedIn(officer))
                        .param("professional", professional.toString())
                        .param("van", "2000-01-01"))
                .andReturn()
                .getResponse();

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("logboek.csv");
        List<String> lines = csv.getContentAsString().lines().toList();
        assertThat(lines.get(0)).startsWith("id;tijdstip;handeling");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("\"SIGNALS_VIEWED\"", professional.toString(), "\"'=cmd\"");
    }

    @Test
    void R_LOGBOOK_onlyTheOfficerMaySearchTheLogbook() throws Exception {
        for (Role role : Role.values()) {
            if (role == Role.DATA_PROTECTION_OFFICER) {
                continue;
            }
            SignedInAccount other = new SignedInAccount(
                    UUID.randomUUID(), "x", "X", role, UUID.randomUUID(), UUID.randomUUID(), "0344", "R1");
            assertThat(mvc().perform(get("/fg/logboek").with(WebTests.signedIn(other)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(mvc().perform(post("/fg/logboek/export")
                                    .with(csrf())
                                    .with(WebTests.signedIn(other))
                                    .param("van", "2000-01-01"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role.name())
                    .isEqualTo(403);
        }
        assertThat(mvc().perform(get("/fg/logboek").with(WebTests.signedIn(officer)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorCanCreateADataProtectionOfficerAccount() throws Exception {
        SignedInAccount administrator =
                new SignedInAccount(UUID.randomUUID(), "a", "A", Role.ADMINISTRATOR, null, null, null, null);
        String username = "fg-" + UUID.randomUUID().toString().substring(0, 8);

        mvc().perform(post("/beheer/accounts/nieuw")
                .with(csrf())
                .with(WebTests.signedIn(administrator))
                .param("gebruikersnaam", username)
                .param("naam", "Functionaris Gegevensbescherming")
                .param("rol", "DATA_PROTECTION_OFFICER")
                .param("email", username + "@test.example"));

        assertThat(accounts.overview())
                .anySatisfy(a ->
                        assertThat(a.username() + " " + a.role()).isEqualTo(username + " DATA_PROTECTION_OFFICER"));
    }

    /** A professional saw the youth, then the youth was deleted (R-PROOF clears the blind index). */
    private UUID seen(String bsn) {
        byte[] youth = protection.blindIndex(new Bsn(bsn)).bytes();
        UUID professional = UUID.randomUUID();
        logbook.record(
                new LogbookEntry(Action.SIGNALS_VIEWED, Actor.user("viewer"), professional, null, youth, null, "=cmd"));
        logbook.forgetYouth(youth);
        return professional;
    }

    private MockMvc mvc() {
        return WebTests.mockMvc(context);
    }
}
