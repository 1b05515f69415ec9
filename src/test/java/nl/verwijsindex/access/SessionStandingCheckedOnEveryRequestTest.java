// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.internal.TotpCodes;

/**
 * Issue 12, sessions: the account's role and standing are checked on every request, so a leaver or a disabled
 * account is out at once even with a live session; and a login lasts at most the absolute lifetime (default ten
 * hours), however active. Before, a live session went on until it was idle for 30 minutes.
 */
@IntegrationTest
class SessionStandingCheckedOnEveryRequestTest {

    private static final Pattern SECRET = Pattern.compile("<code class=\"utrecht-code\">([A-Z2-7]+)</code>");
    private static final String LOGGED_IN_AT = "verwijsindex.loggedInAt";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TotpCodes totp;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
    }

    @Test
    void aDisabledAccountIsOutAtItsNextRequestAndCannotLogInUntilEnabled() throws Exception {
        Fixtures.Professional professional = professional();
        String username = newAccount(professional);
        MockHttpSession session = loggedIn(username);
        AccountId id = idOf(username);

        accounts.disable(id, new AccountId(UUID.randomUUID()));
        mvc.perform(get("/signalen").session(session)).andExpect(status().is3xxRedirection());
        assertThat(session.isInvalid()).isTrue();
        assertThat(passwordStep(new MockHttpSession(), username)).isEqualTo("/inloggen?fout");

        accounts.enable(id);
        assertThat(passwordStep(new MockHttpSession(), username)).isEqualTo("/inloggen/code");
    }

    @Test
    void aLeaverIsOutAtOnceEvenWithALiveSession() throws Exception {
        Fixtures.Professional professional = professional();
        String username = newAccount(professional);
        MockHttpSession session = loggedIn(username);

        // Marking someone as left (today) ends their sessions at once (issue 12, section 2).
        fixtures.staff().markLeft(professional.id(), LocalDate.now());
        mvc.perform(get("/signalen").session(session)).andExpect(status().is3xxRedirection());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aLoginEndsAfterTheAbsoluteLifetimeHoweverActive() throws Exception {
        String username = newAccount(professional());
        MockHttpSession session = loggedIn(username);
        mvc.perform(get("/signalen").session(session)).andExpect(status().isOk());
        assertThat(session.getAttribute(LOGGED_IN_AT)).isInstanceOf(Long.class);

        session.setAttribute(
                LOGGED_IN_AT, Instant.now().minus(Duration.ofHours(10)).toEpochMilli());
        mvc.perform(get("/signalen").session(session)).andExpect(status().is3xxRedirection());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anAdministratorDisablesAndEnablesAnAccountOfAnyRoleOnItsPage() throws Exception {
        String username = newAccount(professional());
        MockHttpSession session = loggedIn(username);
        UUID id = idOf(username).value();
        var administrator = WebTests.signedIn(new SignedInAccount(
                UUID.randomUUID(), "beheer", "Beheerder", Role.ADMINISTRATOR, null, null, null, null));
        String page = "/beheer/accounts/" + id;

        assertThat(mvc.perform(get(page).with(administrator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Account uitschakelen");
        mvc.perform(post(page + "/uitschakelen").with(administrator).with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(get("/signalen").session(session)).andExpect(status().is3xxRedirection());
        assertThat(passwordStep(new MockHttpSession(), username)).isEqualTo("/inloggen?fout");
        assertThat(mvc.perform(get(page).with(administrator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Account inschakelen");

        mvc.perform(post(page + "/inschakelen").with(administrator).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(passwordStep(new MockHttpSession(), username)).isEqualTo("/inloggen/code");
    }

    private Fixtures.Professional professional() {
        return fixtures.professional(fixtures.organisation(fixtures.region(false)));
    }

    private String newAccount(Fixtures.Professional professional) {
        String username = "s-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithChosenPassword(
                NewAccount.professional(username, professional.name(), "correct horse battery", professional.id()));
        return username;
    }

    private AccountId idOf(String username) {
        return new AccountId(jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single());
    }

    private String passwordStep(MockHttpSession session, String username) throws Exception {
        return mvc.perform(post("/inloggen")
                        .session(session)
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("wachtwoord", "correct horse battery"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    /** Password and a newly set up second factor: fully logged in. */
    private MockHttpSession loggedIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(passwordStep(session, username)).isEqualTo("/inloggen/code-instellen");
        String page = mvc.perform(get("/inloggen/code-instellen").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        mvc.perform(post("/inloggen/code-instellen")
                        .session(session)
                        .with(csrf())
                        .param("code", totp.code(matcher.group(1), totp.currentStep())))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/signalen").session(session)).andExpect(status().isOk());
        return session;
    }
}
