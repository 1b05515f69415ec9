// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.shared.DomainException;

/**
 * ADR 0024, issue 12 §4: an administrator gets their own tokens for the administration API on their own page,
 * shown once; the logbook names that administrator behind each call; a token stops when it is revoked or its
 * account is disabled. Before, one shared token opened the API and the logbook could not say who used it.
 */
@IntegrationTest
class AdministratorApiTokensTest {

    private static final Pattern SHOWN_TOKEN = Pattern.compile("<code class=\"utrecht-code\">([^<]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    AdministratorApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorsOwnTokenOpensTheApiAndTheLogbookNamesThem() throws Exception {
        AccountId administrator = administrator();
        MockMvc web = WebTests.mockMvc(context);
        String page = web.perform(post("/beheer/api-sleutels")
                        .param("beschrijving", "inrichtingsscript")
                        .with(csrf())
                        .with(WebTests.signedIn(signedIn(administrator, Role.ADMINISTRATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher shown = SHOWN_TOKEN.matcher(page);
        assertThat(shown.find()).as(page).isTrue();
        String token = shown.group(1);
        assertThat(page).contains("Bewaar deze sleutel nu").contains("inrichtingsscript");

        String path = "/api/v1/admin/municipalities/GM" + (2000 + (int) (Math.random() * 7000)) + "/supervisors";
        assertThat(new Api(port).get(path, token).status()).isNotIn(401, 403);
        assertThat(jdbc.sql("select actor_type || ' ' || actor_id from logbook_entry where subject_id = :s")
                        .param("s", "GET " + path)
                        .query(String.class)
                        .list())
                .containsExactly("USER " + administrator.value());

        // Shown once: the list names what it is for, never the secret.
        String list = web.perform(get("/beheer/api-sleutels")
                        .with(WebTests.signedIn(signedIn(administrator, Role.ADMINISTRATOR))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("inrichtingsscript").doesNotContain(token.substring(token.indexOf('.') + 1));
    }

    @Test
    void aTokenStopsWhenRevokedOrWhenItsAccountIsDisabled() {
        Api api = new Api(port);
        AccountId administrator = administrator();
        String revoked = tokens.issue(administrator, "tijdelijk").token();
        String kept = tokens.issue(administrator, "blijvend").token();
        assertThat(api.get("/api/v1/admin/person-register", revoked).status()).isEqualTo(200);

        tokens.revoke(administrator, UUID.fromString(revoked.substring(0, revoked.indexOf('.'))));
        assertThat(api.get("/api/v1/admin/person-register", revoked).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/person-register", kept).status()).isEqualTo(200);
        assertThat(tokens.of(administrator)).extracting(t -> t.description()).containsExactly("blijvend");

        accounts.disable(administrator, administrator());
        assertThat(api.get("/api/v1/admin/person-register", kept).status()).isEqualTo(401);
        accounts.enable(administrator);
        assertThat(api.get("/api/v1/admin/person-register", kept).status()).isEqualTo(200);

        jdbc.sql("update administrator_api_token set expires_at = now() - interval '1 second' where account_id = :a")
                .param("a", administrator.value())
                .update();
        assertThat(api.get("/api/v1/admin/person-register", kept).status())
                .as("expired")
                .isEqualTo(401);
    }

    @Test
    void onlyAnAdministratorGetsATokenAndOnlyTheirOwnCanBeRevoked() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        AccountId supervisor = accounts.createWithChosenPassword(NewAccount.municipalSupervisor(
                "regie-" + UUID.randomUUID().toString().substring(0, 8),
                "Regie",
                "correct horse battery",
                fixtures.municipality(fixtures.region(false))));
        assertThatThrownBy(() -> tokens.issue(supervisor, "script"))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "not-an-administrator");
        WebTests.mockMvc(context)
                .perform(get("/beheer/api-sleutels")
                        .with(WebTests.signedIn(signedIn(supervisor, Role.MUNICIPAL_SUPERVISOR))))
                .andExpect(status().isForbidden());

        AccountId one = administrator();
        String token = tokens.issue(one, "van een ander").token();
        UUID id = UUID.fromString(token.substring(0, token.indexOf('.')));
        assertThatThrownBy(() -> tokens.revoke(administrator(), id))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "credential-not-found");
        assertThat(new Api(port).get("/api/v1/admin/person-register", token).status())
                .isEqualTo(200);

        String refused = WebTests.mockMvc(context)
                .perform(post("/beheer/api-sleutels")
                        .param("beschrijving", "  ")
                        .with(csrf())
                        .with(WebTests.signedIn(signedIn(one, Role.ADMINISTRATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Beschrijf waarvoor de sleutel is").doesNotContain("Bewaar deze sleutel nu");
    }

    private AccountId administrator() {
        return accounts.createWithChosenPassword(NewAccount.administrator(
                "beheer-" + UUID.randomUUID().toString().substring(0, 8), "Beheerder", "correct horse battery"));
    }

    private static SignedInAccount signedIn(AccountId account, Role role) {
        return new SignedInAccount(account.value(), "u", "U", role, null, null, null, null);
    }
}
