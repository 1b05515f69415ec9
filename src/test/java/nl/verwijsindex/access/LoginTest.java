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
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.internal.TotpCodes;

/**
 * Login outside the demo run (the test profile requires the second factor, as production does): password,
 * then setting up or giving the TOTP code; lockout; CSRF; the session cookie and the security headers.
 */
@IntegrationTest
class LoginTest {

    private static final Pattern SECRET = Pattern.compile("<code class=\"utrecht-code\">([A-Z2-7]+)</code>");

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PasswordLogin login;

    @Autowired
    TotpCodes totp;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    MockMvc mvc;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
    }

    @Test
    void theSecondFactorIsRequiredOutsideTheDemoAndItsSecretIsShownOnlyWhileSettingItUp() throws Exception {
        String username = newProfessionalAccount();
        MockHttpSession session = new MockHttpSession();
        login(session, username, "correct horse battery").andExpect(redirectedUrl("/inloggen/code-instellen"));

        // The password alone opens nothing: every page sends the visitor back to the second step.
        mvc.perform(get("/signalen").session(session)).andExpect(redirectedUrl("/inloggen/code-instellen"));

        String page = mvc.perform(get("/inloggen/code-instellen").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the set-up page shows the secret").isTrue();
        String secret = matcher.group(1);
        assertThat(page).contains("data:image/png;base64,");

        mvc.perform(post("/inloggen/code-instellen")
                        .session(session)
                        .with(csrf())
                        .param("code", "000000"))
                .andExpect(status().isOk());
        long step = totp.currentStep();
        mvc.perform(post("/inloggen/code-instellen")
                        .session(session)
                        .with(csrf())
                        .param("code", totp.code(secret, step)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/signalen").session(session)).andExpect(status().isOk());
        byte[] stored = jdbc.sql("select totp_secret_encrypted from user_account where username = :u")
                .param("u", username)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secret);

        // Next login: a code, never the set-up page again; the code just used does not work twice.
        MockHttpSession next = new MockHttpSession();
        login(next, username, "correct horse battery").andExpect(redirectedUrl("/inloggen/code"));
        assertThat(mvc.perform(get("/inloggen/code-instellen").session(next))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(secret);
        mvc.perform(post("/inloggen/code").session(next).with(csrf()).param("code", totp.code(secret, step)))
                .andExpect(status().isOk());
        mvc.perform(get("/signalen").session(next)).andExpect(redirectedUrl("/inloggen/code"));
        mvc.perform(post("/inloggen/code").session(next).with(csrf()).param("code", totp.code(secret, step + 1)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/signalen").session(next)).andExpect(status().isOk());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
        String username = newProfessionalAccount();
        for (int i = 1; i <= 4; i++) {
            login(new MockHttpSession(), username, "wrong " + i).andExpect(redirectedUrl("/inloggen?fout"));
        }
        // Locked: the same answer as a wrong password (issue 12), even for the right one.
        login(new MockHttpSession(), username, "wrong 5").andExpect(redirectedUrl("/inloggen?fout"));
        login(new MockHttpSession(), username, "correct horse battery").andExpect(redirectedUrl("/inloggen?fout"));

        OffsetDateTime lockedUntil = jdbc.sql("select locked_until from user_account where username = :u")
                .param("u", username)
                .query(OffsetDateTime.class)
                .single();
        assertThat(Duration.between(OffsetDateTime.now(java.time.Clock.systemUTC()), lockedUntil))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(login.checkPassword(username, "correct horse battery")).isInstanceOf(PasswordCheck.Locked.class);
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        login(new MockHttpSession(), "nobody-" + UUID.randomUUID().toString().substring(0, 8), "whatever")
                .andExpect(redirectedUrl("/inloggen?fout"));
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() throws Exception {
        String username = newProfessionalAccount();
        mvc.perform(post("/inloggen").param("gebruikersnaam", username).param("wachtwoord", "correct horse battery"))
                .andExpect(status().isForbidden());
        MockHttpSession session = new MockHttpSession();
        login(session, username, "correct horse battery").andExpect(redirectedUrl("/inloggen/code-instellen"));
        mvc.perform(post("/inloggen/code-instellen").session(session).param("code", "123456"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/uitloggen").session(session)).andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String username = newProfessionalAccount();
        MockHttpSession session = new MockHttpSession();
        login(session, username, "correct horse battery");
        mvc.perform(post("/uitloggen").session(session).with(csrf())).andExpect(redirectedUrl("/inloggen?uitgelogd"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheSessionCookieIsHttpOnlySecureAndSameSite() {
        Api.Response login = new Api(port).get("/inloggen", null);
        assertThat(login.status()).isEqualTo(200);
        String csp = login.header("Content-Security-Policy");
        assertThat(csp)
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(login.header("Set-Cookie")).contains("VERWIJSINDEX_SESSION=", "HttpOnly", "Secure", "SameSite=Lax");
        assertThat(login.body())
                .doesNotContain("jsessionid")
                .doesNotContain(" style=")
                .doesNotContain("<style");
        assertThat(login.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    }

    private org.springframework.test.web.servlet.ResultActions login(
            MockHttpSession session, String username, String password) throws Exception {
        return mvc.perform(post("/inloggen")
                .session(session)
                .with(csrf())
                .param("gebruikersnaam", username)
                .param("wachtwoord", password));
    }

    private String newProfessionalAccount() {
        Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithChosenPassword(
                NewAccount.professional(username, professional.name(), "correct horse battery", professional.id()));
        return username;
    }
}
