// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.internal.TotpCodes;

/**
 * ADR 0015: a password someone else chose (an administrator or a coordinator) is temporary and replaced at the
 * next login, after the second factor, before any page opens; and every role changes its own password, where
 * a wrong current password counts as a failed login.
 */
@IntegrationTest
class PasswordChangeTest {

    private static final Pattern SECRET = Pattern.compile("<code class=\"utrecht-code\">([A-Z2-7]+)</code>");
    private static final String TEMPORARY = "tijdelijk wachtwoord 1";
    private static final String CHOSEN = "mijn eigen lange wachtwoord";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PasswordLogin login;

    @Autowired
    PasswordChanges passwordChanges;

    @Autowired
    TotpCodes totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcIndexedSessionRepository sessionStore;

    @Autowired
    AccountSessions accountSessions;

    MockMvc mvc;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
    }

    @Test
    void aTemporaryPasswordMustBeReplacedAfterTheSecondFactorBeforeAnyOtherPageOpens() throws Exception {
        String username = newProfessional(TEMPORARY, true);
        MockHttpSession session = new MockHttpSession();
        login(session, username, TEMPORARY).andExpect(redirectedUrl("/inloggen/code-instellen"));
        mvc.perform(get("/inloggen/nieuw-wachtwoord").session(session))
                .andExpect(redirectedUrl("/inloggen/code-instellen"));
        enrol(session).andExpect(redirectedUrl("/inloggen/nieuw-wachtwoord"));

        for (String page : List.of("/signalen", "/account/wachtwoord", "/beheer/accounts", "/inloggen/code")) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/inloggen/nieuw-wachtwoord"));
        }
        String form = mvc.perform(get("/inloggen/nieuw-wachtwoord").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Kies een nieuw wachtwoord", "name=\"_csrf\"", "autocomplete=\"new-password\"");
        mvc.perform(post("/inloggen/nieuw-wachtwoord")
                        .session(session)
                        .param("nieuwWachtwoord", CHOSEN)
                        .param("herhaling", CHOSEN))
                .andExpect(status().isForbidden());

        String oldSessionId = session.getId();
        mvc.perform(post("/inloggen/nieuw-wachtwoord")
                        .session(session)
                        .with(csrf())
                        .param("nieuwWachtwoord", CHOSEN)
                        .param("herhaling", CHOSEN))
                .andExpect(redirectedUrl("/"));
        assertThat(session.getId()).as("a new session id with the role").isNotEqualTo(oldSessionId);
        mvc.perform(get("/signalen").session(session)).andExpect(status().isOk());
        mvc.perform(get("/inloggen/nieuw-wachtwoord").session(session)).andExpect(status().isForbidden());

        assertThat(mustChange(username)).isFalse();
        assertThat(login.checkPassword(username, TEMPORARY)).isInstanceOf(PasswordCheck.Refused.class);
        assertThat(login.checkPassword(username, CHOSEN))
                .isInstanceOfSatisfying(
                        PasswordCheck.Accepted.class,
                        accepted -> assertThat(accepted.mustChangePassword()).isFalse());
    }

    @Test
    void aWeakMismatchedOrUnchangedNewPasswordGetsAMessageNextToItsFieldAndIsNeverShownBack() throws Exception {
        String username = newProfessional(TEMPORARY, true);
        MockHttpSession session = new MockHttpSession();
        login(session, username, TEMPORARY);
        enrol(session).andExpect(redirectedUrl("/inloggen/nieuw-wachtwoord"));

        String tooShort = choose(session, "kort123", "kort123");
        assertThat(tooShort)
                .contains("ten minste 12 tekens", "href=\"#nieuwWachtwoord\"", "id=\"nieuwWachtwoord-fout\"")
                .doesNotContain("value=\"kort123\"");
        String mismatched = choose(session, CHOSEN, CHOSEN + "!");
        assertThat(mismatched)
                .contains("niet gelijk", "href=\"#herhaling\"", "id=\"herhaling-fout\"")
                .doesNotContain(CHOSEN);
        String empty = choose(session, "", "");
        assertThat(empty).contains("Kies een nieuw wachtwoord.", "Typ het nieuwe wachtwoord nog een keer.");
        String same = choose(session, TEMPORARY, TEMPORARY);
        assertThat(same)
                .contains("Kies een ander wachtwoord dan het tijdelijke wachtwoord.")
                .doesNotContain(TEMPORARY);

        assertThat(mustChange(username)).isTrue();
        mvc.perform(get("/signalen").session(session)).andExpect(redirectedUrl("/inloggen/nieuw-wachtwoord"));
        assertThat(login.checkPassword(username, TEMPORARY)).isInstanceOf(PasswordCheck.Accepted.class);
    }

    @Test
    void anAccountWithAChosenPasswordAsTheDemoHasIsNotForcedAndAResetByTheAdministratorForcesItAgain()
            throws Exception {
        String username = newProfessional(CHOSEN, false);
        MockHttpSession session = new MockHttpSession();
        login(session, username, CHOSEN);
        enrol(session).andExpect(redirectedUrl("/"));
        mvc.perform(get("/signalen").session(session)).andExpect(status().isOk());

        AccountId id = idOf(username);
        accounts.resetPassword(id, TEMPORARY);
        assertThat(mustChange(username)).isTrue();
        assertThat(login.checkPassword(username, CHOSEN)).isInstanceOf(PasswordCheck.Refused.class);
        assertThat(login.checkPassword(username, TEMPORARY))
                .isInstanceOfSatisfying(
                        PasswordCheck.Accepted.class,
                        accepted -> assertThat(accepted.mustChangePassword()).isTrue());
        assertThat(passwordChanges.replaceTemporaryPassword(id, CHOSEN + " nieuw"))
                .isEqualTo(PasswordChange.CHANGED);
        assertThat(passwordChanges.replaceTemporaryPassword(id, "nog weer een ander wachtwoord"))
                .as("only a temporary password is replaced without the current one")
                .isEqualTo(PasswordChange.NOT_PENDING);
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentPasswordAndAWrongOneCountsAsAFailedLogin() throws Exception {
        String username = newProfessional(CHOSEN, false);
        AccountId id = idOf(username);
        RequestPostProcessor signedIn = signedIn(username);
        String page = mvc.perform(get("/account/wachtwoord").with(signedIn))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Wachtwoord wijzigen", "autocomplete=\"current-password\"", "Mijn account");
        mvc.perform(post("/account/wachtwoord")
                        .with(signedIn)
                        .param("huidigWachtwoord", CHOSEN)
                        .param("nieuwWachtwoord", "een heel nieuw wachtwoord")
                        .param("herhaling", "een heel nieuw wachtwoord"))
                .andExpect(status().isForbidden());

        String wrong = own(signedIn, "niet mijn wachtwoord", "een heel nieuw wachtwoord", "een heel nieuw wachtwoord");
        assertThat(wrong)
                .contains("Uw huidige wachtwoord klopt niet", "href=\"#huidigWachtwoord\"")
                .doesNotContain("niet mijn wachtwoord")
                .doesNotContain("value=\"een heel nieuw wachtwoord\"");
        assertThat(failedAttempts(username)).isEqualTo(1);
        assertThat(own(signedIn, CHOSEN, "kort", "kort")).contains("ten minste 12 tekens");
        assertThat(own(signedIn, CHOSEN, CHOSEN, CHOSEN))
                .contains("Kies een ander wachtwoord dan uw huidige wachtwoord.");
        assertThat(own(signedIn, CHOSEN, "een heel nieuw wachtwoord", "een ander nieuw wachtwoord"))
                .contains("niet gelijk");

        mvc.perform(post("/account/wachtwoord")
                        .with(signedIn)
                        .with(csrf())
                        .param("huidigWachtwoord", CHOSEN)
                        .param("nieuwWachtwoord", "een heel nieuw wachtwoord")
                        .param("herhaling", "een heel nieuw wachtwoord"))
                .andExpect(redirectedUrl("/account/wachtwoord"));
        assertThat(login.checkPassword(username, CHOSEN)).isInstanceOf(PasswordCheck.Refused.class);
        assertThat(login.checkPassword(username, "een heel nieuw wachtwoord"))
                .isInstanceOf(PasswordCheck.Accepted.class);

        // Four more wrong current passwords (with the failed login just above, five) lock the account.
        accounts.unlock(id);
        for (int i = 1; i <= 4; i++) {
            own(signedIn, "fout " + i, "nog een nieuw wachtwoord", "nog een nieuw wachtwoord");
        }
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/account/wachtwoord")
                        .session(session)
                        .with(signedIn)
                        .with(csrf())
                        .param("huidigWachtwoord", "fout 5")
                        .param("nieuwWachtwoord", "nog een nieuw wachtwoord")
                        .param("herhaling", "nog een nieuw wachtwoord"))
                .andExpect(redirectedUrl("/inloggen?geblokkeerd"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(login.checkPassword(username, "een heel nieuw wachtwoord")).isInstanceOf(PasswordCheck.Locked.class);
    }

    @Test
    void aChangedPasswordLogsOutTheAccountsOtherSessionsButNotTheOneItWasChangedIn() throws Exception {
        String username = newProfessional(CHOSEN, false);
        AccountId id = idOf(username);
        String elsewhere = storedSessionOf(id);
        String another = storedSessionOf(id);
        String someoneElses = storedSessionOf(idOf(newProfessional(CHOSEN, false)));

        login.checkPassword(username, CHOSEN);
        mvc.perform(post("/account/wachtwoord")
                        .with(signedIn(username))
                        .with(csrf())
                        .param("huidigWachtwoord", CHOSEN)
                        .param("nieuwWachtwoord", "een heel nieuw wachtwoord")
                        .param("herhaling", "een heel nieuw wachtwoord"))
                .andExpect(redirectedUrl("/account/wachtwoord"));
        assertThat(sessionStore.findById(elsewhere)).isNull();
        assertThat(sessionStore.findById(another)).isNull();
        assertThat(sessionStore.findById(someoneElses))
                .as("only the account's own sessions")
                .isNotNull();

        String current = storedSessionOf(id);
        String other = storedSessionOf(id);
        accountSessions.endAllBut(id, current);
        assertThat(sessionStore.findById(current)).isNotNull();
        assertThat(sessionStore.findById(other)).isNull();
    }

    @Test
    void aResetByTheAdministratorOfThePasswordOrTheSecondFactorLogsOutEverySessionOfTheAccount() {
        AccountId id = idOf(newProfessional(CHOSEN, false));
        String someoneElses = storedSessionOf(idOf(newProfessional(CHOSEN, false)));

        String first = storedSessionOf(id);
        accounts.resetPassword(id, TEMPORARY);
        assertThat(sessionStore.findById(first)).isNull();

        String second = storedSessionOf(id);
        accounts.resetSecondFactor(id);
        assertThat(sessionStore.findById(second)).isNull();
        assertThat(sessionStore.findById(someoneElses))
                .as("only the account's own sessions")
                .isNotNull();
    }

    /** A session in the shared store, logged in as the account, as on another device. */
    private String storedSessionOf(AccountId account) {
        return store(sessionStore, account);
    }

    private static <S extends Session> String store(FindByIndexNameSessionRepository<S> store, AccountId account) {
        S session = store.createSession();
        session.setAttribute(
                FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                account.value().toString());
        store.save(session);
        return session.getId();
    }

    private String own(RequestPostProcessor signedIn, String current, String chosen, String repeated) throws Exception {
        return mvc.perform(post("/account/wachtwoord")
                        .with(signedIn)
                        .with(csrf())
                        .param("huidigWachtwoord", current)
                        .param("nieuwWachtwoord", chosen)
                        .param("herhaling", repeated))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String choose(MockHttpSession session, String chosen, String repeated) throws Exception {
        return mvc.perform(post("/inloggen/nieuw-wachtwoord")
                        .session(session)
                        .with(csrf())
                        .param("nieuwWachtwoord", chosen)
                        .param("herhaling", repeated))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions enrol(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/inloggen/code-instellen").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        return mvc.perform(post("/inloggen/code-instellen")
                .session(session)
                .with(csrf())
                .param("code", totp.code(matcher.group(1), totp.currentStep())));
    }

    private org.springframework.test.web.servlet.ResultActions login(
            MockHttpSession session, String username, String password) throws Exception {
        return mvc.perform(post("/inloggen")
                .session(session)
                .with(csrf())
                .param("gebruikersnaam", username)
                .param("wachtwoord", password));
    }

    private RequestPostProcessor signedIn(String username) {
        return WebTests.signedIn(((PasswordCheck.Accepted) login.checkPassword(username, CHOSEN)).account());
    }

    private String newProfessional(String password, boolean temporary) {
        Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        NewAccount account = NewAccount.professional(username, professional.name(), password, professional.id());
        if (temporary) {
            accounts.create(account);
        } else {
            accounts.createWithChosenPassword(account);
        }
        return username;
    }

    private AccountId idOf(String username) {
        return new AccountId(jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single());
    }

    private boolean mustChange(String username) {
        return jdbc.sql("select password_must_change from user_account where username = :u")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    private int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from user_account where username = :u")
                .param("u", username)
                .query(Integer.class)
                .single();
    }
}
