// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static nl.verwijsindex.site.OrganisationCoordinatorPagesTest.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.DirectoryAdministration;

/**
 * The administrator's pages without a browser: organisations (R-CATEGORY, R-BSN-HIDDEN), regions, and accounts
 * whose creation, temporary password, cleared second factor and unlock really change who can log in (with the
 * second factor required, as in production).
 */
@IntegrationTest
class AdministratorPagesTest {

    private static final String PASSWORD = "tijdelijk wachtwoord 1";

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    Directory directory;

    @Autowired
    Covenants covenants;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Fixtures fixtures;
    RequestPostProcessor administrator;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
        administrator = signedIn(new SignedInAccount(
                UUID.randomUUID(), "beheer", "Beheerder", Role.ADMINISTRATOR, null, null, null, null));
    }

    @Test
    void otherRolesCannotOpenTheAdministratorsPages() throws Exception {
        String region = fixtures.region(false);
        RequestPostProcessor regionCoordinator = signedIn(
                new SignedInAccount(UUID.randomUUID(), "r", "R", Role.REGION_COORDINATOR, null, null, null, region));
        RequestPostProcessor coordinator =
                OrganisationCoordinatorPagesTest.coordinatorOf(fixtures.organisation(region));
        for (String page : List.of(
                "/beheer/organisaties",
                "/beheer/organisaties/nieuw",
                "/beheer/regios",
                "/beheer/regios/nieuw",
                "/beheer/accounts",
                "/beheer/accounts/nieuw")) {
            mvc.perform(get(page).with(regionCoordinator)).andExpect(status().isForbidden());
            mvc.perform(get(page).with(coordinator)).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/inloggen"));
            mvc.perform(get(page).with(administrator)).andExpect(status().isOk());
        }
        mvc.perform(post("/beheer/regios/nieuw")
                        .with(regionCoordinator)
                        .with(csrf())
                        .param("code", "niet-van-mij")
                        .param("naam", "Niet"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/regios/nieuw")
                        .with(administrator)
                        .param("code", "zonder-token")
                        .param("naam", "Zonder"))
                .andExpect(status().isForbidden());
        assertThat(covenants.hasRegion("niet-van-mij")).isFalse();
        assertThat(covenants.hasRegion("zonder-token")).isFalse();
        mvc.perform(get("/beheer/accounts/" + UUID.randomUUID()).with(administrator))
                .andExpect(status().isNotFound());
    }

    @Test
    void R_BSN_HIDDEN_theAdministratorAddsAnOrganisationInACovenantAndWithdrawsItsUseOfTheBsn() throws Exception {
        String region = fixtures.region(false);
        String name = "Stichting " + UUID.randomUUID().toString().substring(0, 8);
        String refused = mvc.perform(post("/beheer/organisaties/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("naam", name)
                        .param("oin", "123")
                        .param("coordinator", "Co Ördinator")
                        .param("coordinatorEmail", "co@test.example")
                        .param("coordinatorTelefoon", "030 123 45 67"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "<title>Fout: ",
                        "Een OIN heeft 20 cijfers",
                        "Kies de categorie",
                        "Kies ten minste één regio",
                        "value=\"" + name + "\"",
                        "value=\"123\"",
                        "value=\"co@test.example\"");

        String kvk = "%08d".formatted(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
        mvc.perform(post("/beheer/organisaties/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("naam", name)
                        .param("kvk", kvk)
                        .param("categorie", "YOUTH_CARE_PROVIDER")
                        .param("regios", region)
                        .param("coordinator", "Co Ördinator")
                        .param("coordinatorEmail", "co@test.example")
                        .param("coordinatorTelefoon", "030 123 45 67"))
                .andExpect(redirectedUrl("/beheer/organisaties"));
        var added = administration.organisations().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(added.categoryCode()).isEqualTo("YOUTH_CARE_PROVIDER");
        assertThat(added.regionCodes()).containsExactly(region);
        assertThat(added.bsnAuthorised()).isTrue();

        String list = mvc.perform(get("/beheer/organisaties").with(administrator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .contains(name, "KvK " + kvk, "Jeugdhulpaanbieder", "Gemeentelijk jeugdteam", "Aanwijzing nodig");

        mvc.perform(post("/beheer/organisaties/" + added.id() + "/bsn")
                        .with(administrator)
                        .with(csrf())
                        .param("bsn", "nee"))
                .andExpect(redirectedUrl("/beheer/organisaties"));
        assertThat(directory.bsnAuthorised(added.id())).isFalse();
        mvc.perform(post("/beheer/organisaties/" + UUID.randomUUID() + "/bsn")
                        .with(administrator)
                        .with(csrf())
                        .param("bsn", "nee"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAdministratorAddsARegionOnceAndSeesItsMunicipalities() throws Exception {
        String code = "r-" + UUID.randomUUID().toString().substring(0, 8);
        String refused = mvc.perform(post("/beheer/regios/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("code", "Geen Code!")
                        .param("naam", "Regio Test"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "Een regiocode heeft 2 tot 40 kleine letters", "value=\"Regio Test\"", "value=\"Geen Code!\"");
        mvc.perform(post("/beheer/regios/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("code", code)
                        .param("naam", "Regio Test"))
                .andExpect(redirectedUrl("/beheer/regios"));
        assertThat(covenants.suppressesSameOrganisationMatches(code)).isTrue();
        String again = mvc.perform(post("/beheer/regios/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("code", code)
                        .param("naam", "Nog eens"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("Er is al een regio met deze code", "href=\"#code\"");

        String municipality = fixtures.municipality(code);
        String list = mvc.perform(get("/beheer/regios").with(administrator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Regio Test", "Gemeente " + municipality);
    }

    @Test
    void theAccountFormShowsOnlyTheFieldOfTheChosenRoleAlsoWithoutJavaScript() throws Exception {
        // Issue 16 item 9: before a role is chosen no link field shows; the step "Toon wat bij deze rol hoort"
        // (what a browser without JavaScript uses) shows only the one the role needs, without error messages.
        String empty = mvc.perform(get("/beheer/accounts/nieuw").with(administrator))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String field : List.of("professional", "organisatie", "gemeente", "regio")) {
            assertThat(empty).containsPattern("data-link-field=\"" + field + "\"\\s+hidden");
        }
        assertThat(empty).contains("Toon wat bij deze rol hoort", "/js/account-form.js");
        String step = mvc.perform(post("/beheer/accounts/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("stap", "rol")
                        .param("rol", "REGION_COORDINATOR"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(step).doesNotContainPattern("data-link-field=\"regio\"\\s+hidden");
        for (String field : List.of("professional", "organisatie", "gemeente")) {
            assertThat(step).containsPattern("data-link-field=\"" + field + "\"\\s+hidden");
        }
        assertThat(step).doesNotContain("utrecht-form-field-error-message\" id");
        assertThat(step).containsPattern("value=\"REGION_COORDINATOR\"[^>]*checked");
    }

    @Test
    void anAccountTheAdministratorCreatesWaitsForItsActivationLinkAndNoPasswordIsAsked() throws Exception {
        String region = fixtures.region(false);
        Organisation organisation = fixtures.organisation(region);
        String username = "co-" + UUID.randomUUID().toString().substring(0, 8);

        String refused = mvc.perform(post("/beheer/accounts/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("naam", "Nieuwe Coördinator")
                        .param("rol", "ORGANISATION_COORDINATOR")
                        .param("email", "geen adres"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "Kies de organisatie van de instellingscoördinator",
                        "value=\"" + username + "\"",
                        "href=\"#organisatie\"")
                .doesNotContain("name=\"wachtwoord\"");
        String badAddress = mvc.perform(post("/beheer/accounts/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("naam", "Nieuwe Coördinator")
                        .param("rol", "ORGANISATION_COORDINATOR")
                        .param("organisatie", organisation.id().toString())
                        .param("email", "geen adres"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badAddress).contains("naam@voorbeeld.nl", "href=\"#email\"");

        mvc.perform(post("/beheer/accounts/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("naam", "Nieuwe Coördinator")
                        .param("rol", "ORGANISATION_COORDINATOR")
                        .param("organisatie", organisation.id().toString())
                        .param("email", username + "@test.example"))
                .andExpect(redirectedUrlPattern("/beheer/accounts/*"));
        assertThat(login(new MockHttpSession(), username, PASSWORD))
                .as("nobody logs in before the activation link is used")
                .isEqualTo("/inloggen?fout");

        String list = mvc.perform(get("/beheer/accounts").with(administrator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(username, "Instellingscoördinator", organisation.name());

        String taken = mvc.perform(post("/beheer/accounts/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("naam", "Dubbel")
                        .param("rol", "ADMINISTRATOR")
                        .param("email", "dubbel@test.example"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taken).contains("Deze gebruikersnaam bestaat al", "href=\"#gebruikersnaam\"");
    }

    @Test
    void aTemporaryPasswordAClearedSecondFactorAndAnUnlockEachLetTheUserBackIn() throws Exception {
        String region = fixtures.region(false);
        String username = "rc-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/beheer/accounts/nieuw")
                        .with(administrator)
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("naam", "Regiocoördinator")
                        .param("rol", "REGION_COORDINATOR")
                        .param("regio", region)
                        .param("email", username + "@test.example"))
                .andExpect(redirectedUrlPattern("/beheer/accounts/*"));
        UUID id = jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
        String page = "/beheer/accounts/" + id;

        String tooShort = mvc.perform(post(page + "/wachtwoord")
                        .with(administrator)
                        .with(csrf())
                        .param("wachtwoord", "kort"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooShort).contains("ten minste 12 tekens", "href=\"#wachtwoord\"");
        String newPassword = "nog een tijdelijk wachtwoord";
        mvc.perform(post(page + "/wachtwoord").with(administrator).with(csrf()).param("wachtwoord", newPassword))
                .andExpect(redirectedUrl(page));
        assertThat(login(new MockHttpSession(), username, PASSWORD)).isEqualTo("/inloggen?fout");
        assertThat(login(new MockHttpSession(), username, newPassword)).isEqualTo("/inloggen/code-instellen");

        // As if the app was set up and then lost: the next login asks for a code, until the administrator clears it.
        jdbc.sql("update user_account set totp_secret_encrypted = :s where id = :id")
                .param("s", new byte[] {1, 2, 3})
                .param("id", id)
                .update();
        assertThat(login(new MockHttpSession(), username, newPassword)).isEqualTo("/inloggen/code");
        assertThat(mvc.perform(get(page).with(administrator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Tweede stap wissen");
        mvc.perform(post(page + "/tweede-stap").with(administrator).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(login(new MockHttpSession(), username, newPassword)).isEqualTo("/inloggen/code-instellen");

        for (int i = 0; i < 5; i++) {
            login(new MockHttpSession(), username, "fout " + i);
        }
        assertThat(login(new MockHttpSession(), username, newPassword)).isEqualTo("/inloggen?fout");
        assertThat(mvc.perform(get("/beheer/accounts").with(administrator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(username);
        mvc.perform(post(page + "/ontgrendelen").with(administrator).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(login(new MockHttpSession(), username, newPassword)).isEqualTo("/inloggen/code-instellen");
    }

    private String login(MockHttpSession session, String username, String password) throws Exception {
        ResultActions result = mvc.perform(post("/inloggen")
                .session(session)
                .with(csrf())
                .param("gebruikersnaam", username)
                .param("wachtwoord", password));
        return result.andReturn().getResponse().getRedirectedUrl();
    }
}
