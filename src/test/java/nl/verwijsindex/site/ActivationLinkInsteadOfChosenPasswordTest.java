// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.standalone.InProcessMailServer;
import nl.verwijsindex.standalone.InProcessMailServer.ReceivedMail;

/**
 * Issue 12, section 2, "an organisation coordinator cannot reach a colleague's youths": a new account gets a
 * one-time, expiring activation link by e-mail, stored only as a hash, and the person chooses their own password on
 * it; the coordinator (and the administrator) never chooses or sees one. The e-mail says nothing but the link; a
 * used, expired or replaced link gets one Dutch page; a mail server that is down loses no link.
 */
@IntegrationTest
class ActivationLinkInsteadOfChosenPasswordTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/activeren\\?code=([A-Za-z0-9_-]{43})");
    private static final String CHOSEN = "mijn eigen lange wachtwoord";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InProcessMailServer mailServer;

    MockMvc mvc;
    Fixtures fixtures;
    String region;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
        region = fixtures.region(false);
    }

    @Test
    void ISSUE12_ACTIVATION_theCoordinatorAddsAnAccountTheProfessionalChoosesThePasswordWithALinkThatWorksOnce()
            throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional professional = fixtures.professional(organisation);
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String page = "/organisatie/professionals/" + professional.id();

        mvc.perform(post(page + "/account")
                        .with(coordinatorOf(organisation))
                        .with(csrf())
                        .param("gebruikersnaam", username))
                .andExpect(redirectedUrl(page));
        assertThat(mvc.perform(get(page).with(coordinatorOf(organisation)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the page has no password field, and says the account is not in use yet")
                .contains("logt in als " + username, "Nieuwe link sturen")
                .doesNotContain("name=\"wachtwoord\"");

        ReceivedMail mail = awaitMail(professional.email(), 1);
        assertThat(mail.body())
                .as("content-free apart from the link: no name, no username, no organisation")
                .doesNotContain(username, professional.name(), organisation.name());
        String secret = secret(mail);
        UUID account = accountId(username);
        assertThat(jdbc.sql(
                                "select count(*) from account_activation where secret_sha256 = sha256(convert_to(:s, 'UTF8'))")
                        .param("s", secret)
                        .query(Integer.class)
                        .single())
                .as("kept only as its SHA-256")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account_activation where encode(secret_sha256, 'escape') like :s")
                        .param("s", "%" + secret + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(login(username, CHOSEN))
                .as("nobody can log in before the link is used")
                .isEqualTo("/inloggen?fout");

        assertThat(mvc.perform(get("/activeren").param("code", secret))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Kies uw wachtwoord", username);
        String tooShort = mvc.perform(post("/activeren")
                        .with(csrf())
                        .param("code", secret)
                        .param("nieuwWachtwoord", "kort")
                        .param("herhaling", "kort"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooShort).contains("ten minste 12 tekens").doesNotContain("value=\"kort\"");
        mvc.perform(post("/activeren")
                        .with(csrf())
                        .param("code", secret)
                        .param("nieuwWachtwoord", CHOSEN)
                        .param("herhaling", CHOSEN))
                .andExpect(redirectedUrl("/inloggen?geactiveerd"));

        assertThat(login(username, CHOSEN))
                .as("the chosen password works; the second factor is set up next, as at any first login")
                .isEqualTo("/inloggen/code-instellen");
        assertThat(mvc.perform(post("/activeren")
                                .with(csrf())
                                .param("code", secret)
                                .param("nieuwWachtwoord", "een ander lang wachtwoord")
                                .param("herhaling", "een ander lang wachtwoord"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the link a second time")
                .contains("Deze link werkt niet meer", "instellingscoördinator");
        assertThat(login(username, CHOSEN)).isEqualTo("/inloggen/code-instellen");
        assertThat(actions(account)).contains("ACTIVATION_LINK_SENT", "ACCOUNT_ACTIVATED");
    }

    @Test
    void ISSUE12_ACTIVATION_aTemporaryPasswordSetByTheAdministratorWithdrawsALinkNotYetUsed() throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional professional = fixtures.professional(organisation);
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String page = "/organisatie/professionals/" + professional.id();
        mvc.perform(post(page + "/account")
                        .with(coordinatorOf(organisation))
                        .with(csrf())
                        .param("gebruikersnaam", username))
                .andExpect(redirectedUrl(page));
        String link = secret(awaitMail(professional.email(), 1));

        context.getBean(AccountAdministration.class)
                .resetPassword(new AccountId(accountId(username)), "tijdelijk-wachtwoord-42");

        assertThat(body(get("/activeren").param("code", link)))
                .as("one way in: the temporary password, not also the link")
                .contains("Deze link werkt niet meer");
        assertThat(jdbc.sql("select count(*) from account_activation where account_id = :a")
                        .param("a", accountId(username))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void ISSUE12_ACTIVATION_aNewLinkStopsThePreviousOneAndAnExpiredLinkSaysWhomToAsk() throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional professional = fixtures.professional(organisation);
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String page = "/organisatie/professionals/" + professional.id();
        mvc.perform(post(page + "/account")
                        .with(coordinatorOf(organisation))
                        .with(csrf())
                        .param("gebruikersnaam", username))
                .andExpect(redirectedUrl(page));
        String first = secret(awaitMail(professional.email(), 1));

        mvc.perform(post(page + "/activatielink")
                        .with(coordinatorOf(organisation))
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        String second = secret(awaitMail(professional.email(), 2));
        assertThat(second).isNotEqualTo(first);
        assertThat(body(get("/activeren").param("code", first))).contains("Deze link werkt niet meer");

        jdbc.sql("update account_activation set expires_at = now() - interval '1 minute' where account_id = :a")
                .param("a", accountId(username))
                .update();
        assertThat(body(get("/activeren").param("code", second)))
                .contains("Deze link werkt niet meer", "om een nieuwe link");
        assertThat(body(get("/activeren").param("code", "geen-echte-code"))).contains("Deze link werkt niet meer");

        Organisation other = fixtures.organisation(region);
        mvc.perform(post(page + "/activatielink").with(coordinatorOf(other)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void ISSUE12_ACTIVATION_theAdministratorInvitesAnyRoleAndAMailOutageLosesNoLink() throws Exception {
        String username = "rc-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@test.example";
        RequestPostProcessor administrator = WebTests.signedIn(
                new SignedInAccount(UUID.randomUUID(), "beheer", "Beheer", Role.ADMINISTRATOR, null, null, null, null));

        mailServer.stop();
        try {
            mvc.perform(post("/beheer/accounts/nieuw")
                    .with(administrator)
                    .with(csrf())
                    .param("gebruikersnaam", username)
                    .param("naam", "Regiocoördinator")
                    .param("rol", "REGION_COORDINATOR")
                    .param("regio", region)
                    .param("email", email));
            UUID account = accountId(username);
            await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(mailState(account)));
        } finally {
            mailServer.start();
        }
        String secret = secret(awaitMail(email, 1));
        mvc.perform(post("/activeren")
                        .with(csrf())
                        .param("code", secret)
                        .param("nieuwWachtwoord", CHOSEN)
                        .param("herhaling", CHOSEN))
                .andExpect(redirectedUrl("/inloggen?geactiveerd"));
        assertThat(login(username, CHOSEN)).isEqualTo("/inloggen/code-instellen");
    }

    private ReceivedMail awaitMail(String to, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mails(to).size() >= count);
        return mails(to).get(count - 1);
    }

    private List<ReceivedMail> mails(String to) {
        return mailServer.received().stream().filter(m -> m.to().equals(to)).toList();
    }

    private static String secret(ReceivedMail mail) {
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as("a link in: " + mail.body()).isTrue();
        return link.group(1);
    }

    private UUID accountId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private String mailState(UUID account) {
        return jdbc.sql("select mail_state from account_activation where account_id = :a")
                .param("a", account)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private List<String> actions(UUID account) {
        return jdbc.sql("select action from logbook_entry where subject_id = :a order by id")
                .param("a", account.toString())
                .query(String.class)
                .list();
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(post("/inloggen")
                        .session(new MockHttpSession())
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("wachtwoord", password))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static RequestPostProcessor coordinatorOf(Organisation organisation) {
        return WebTests.signedIn(new SignedInAccount(
                UUID.randomUUID(),
                "c",
                "Coördinator",
                Role.ORGANISATION_COORDINATOR,
                null,
                organisation.id().value(),
                null,
                null));
    }
}
