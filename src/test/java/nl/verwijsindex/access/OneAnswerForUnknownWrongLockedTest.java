// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;

/**
 * Issue 12, accounts: an unknown username, a wrong password and a locked account get one identical answer, so
 * that nobody learns which usernames exist by locking them. Before, a locked account answered "geblokkeerd".
 */
@IntegrationTest
class OneAnswerForUnknownWrongLockedTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
    }

    @Test
    void unknownWrongAndLockedAnswerAlike() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String username = "one-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithChosenPassword(
                NewAccount.professional(username, professional.name(), "the right password", professional.id()));

        String unknown = login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "whatever");
        String wrong = login(username, "wrong 1");
        for (int i = 2; i <= 5; i++) {
            login(username, "wrong " + i);
        }
        String lockedWrong = login(username, "wrong 6");
        String lockedRight = login(username, "the right password");

        assertThat(unknown).isEqualTo("/inloggen?fout");
        assertThat(wrong).isEqualTo(unknown);
        assertThat(lockedWrong).isEqualTo(unknown);
        assertThat(lockedRight).isEqualTo(unknown);
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
}
