// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.PasswordLogin;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;

/**
 * R-LOGBOOK (NEN 7513, issue 12): each entry says who acted, also the person in the organisation's own system,
 * and from where; the logbook also records the security events.
 */
@IntegrationTest
class LogbookActorAndSecurityEventsTest extends IntegrationTestBase {

    private static final String ADMIN_TOKEN = "demo-admin-secret-not-for-production";

    @Autowired
    AccountAdministration accounts;

    @Autowired
    PasswordLogin login;

    @Test
    void R_LOGBOOK_theActingUserAddressAndClientOfAnApiCallAreRecorded() {
        Fixtures.Professional p = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();

        Api.Response created = api.post(
                p.signalsPath(),
                p.token(),
                Api.registration(bsn, LocalDate.now().minusYears(10).toString()));
        assertThat(created.status()).isEqualTo(201);

        Map<String, Object> entry =
                jdbc.sql("""
                        select actor_type, actor_id, acting_user, remote_address, client from logbook_entry
                        where professional_id = :p and action = 'SIGNAL_REGISTERED'""").param("p", p.id().value()).query().singleRow();
        assertThat(entry.get("actor_type")).isEqualTo("API_CLIENT");
        assertThat(entry.get("acting_user")).isEqualTo(Api.ACTING_USER);
        assertThat(entry.get("remote_address")).isEqualTo("127.0.0.1");
        assertThat((String) entry.get("client")).isNotBlank();
    }

    @Test
    void R_LOGBOOK_anOrganisationsSystemThatDoesNotNameTheActingUserIsRefused() {
        Fixtures.Professional p = fixtures.professional(fixtures.organisation(fixtures.region(false)));

        Api.Response refused = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + p.signalsPath()))
                .header("Authorization", "Bearer " + p.token())
                .GET()
                .build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("acting-user-missing");
        assertThat(api.get(p.signalsPath(), p.token()).status()).isEqualTo(200);
    }

    @Test
    void R_LOGBOOK_aFailedLoginIsRecordedWithTheUsernameTried() throws Exception {
        String username = "unknown-" + UUID.randomUUID().toString().substring(0, 8);
        MockMvc mvc = WebTests.mockMvc(context);

        mvc.perform(
                post("/inloggen").with(csrf()).param("gebruikersnaam", username).param("wachtwoord", "wrong"));

        assertThat(actions(username)).containsExactly("LOGIN_FAILED");
    }

    @Test
    void R_LOGBOOK_aLockoutIsRecorded() {
        Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        UUID account = accounts.createWithChosenPassword(NewAccount.professional(
                        username, professional.name(), "correct horse battery", professional.id()))
                .value();

        for (int attempt = 0; attempt < 5; attempt++) {
            login.checkPassword(username, "wrong password");
        }

        assertThat(actions(account.toString())).contains("ACCOUNT_LOCKED");
    }

    @Test
    void R_LOGBOOK_refusedAccessIsRecordedWithWhoAskedForWhat() throws Exception {
        UUID account = UUID.randomUUID();
        SignedInAccount professional = new SignedInAccount(
                account, "p", "P", Role.PROFESSIONAL, UUID.randomUUID(), UUID.randomUUID(), null, null);

        WebTests.mockMvc(context).perform(get("/beheer/accounts").with(WebTests.signedIn(professional)));

        assertThat(jdbc.sql("select action, subject_id from logbook_entry where actor_id = :a")
                        .param("a", account.toString())
                        .query((rs, n) -> rs.getString("action") + " " + rs.getString("subject_id"))
                        .list())
                .containsExactly("ACCESS_DENIED GET /beheer/accounts");
    }

    @Test
    void R_LOGBOOK_everyCallOfTheAdministrationApiIsRecorded() {
        String path =
                "/api/v1/admin/municipalities/" + UUID.randomUUID().toString().substring(0, 4) + "/supervisors";

        api.get(path, ADMIN_TOKEN);

        assertThat(actions("GET " + path)).containsExactly("ADMINISTRATION_API_CALLED");
    }

    @Test
    void R_LOGBOOK_everyChangeByAnAdministratorIsRecorded() throws Exception {
        UUID account = UUID.randomUUID();
        SignedInAccount administrator =
                new SignedInAccount(account, "a", "A", Role.ADMINISTRATOR, null, null, null, null);

        WebTests.mockMvc(context)
                .perform(post("/beheer/accounts/" + UUID.randomUUID() + "/wachtwoord")
                        .with(csrf())
                        .with(WebTests.signedIn(administrator)));

        assertThat(jdbc.sql("select action, subject_id from logbook_entry where actor_id = :a")
                        .param("a", account.toString())
                        .query((rs, n) -> rs.getString("action") + " " + rs.getString("subject_id"))
                        .list())
                .singleElement()
                .asString()
                .startsWith("ADMINISTRATION_CHANGED POST /beheer/accounts/");
    }

    @Test
    void R_LOGBOOK_aRefusalInsideAModuleIsRecordedToo() {
        Fixtures.Organisation organisation = fixtures.organisation(fixtures.region(false));
        fixtures.directory().authoriseBsnUse(organisation.id(), false);
        Fixtures.Professional professional = fixtures.professional(organisation);

        Api.Response refused = api.post(
                professional.signalsPath(),
                professional.token(),
                Api.registration(
                        TestBsns.random(), LocalDate.now().minusYears(8).toString()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(actions("POST " + professional.signalsPath())).containsExactly("ACCESS_DENIED");
    }

    @Test
    void R_LOGBOOK_everyChangeByARegionCoordinatorsSystemIsRecorded() {
        String region = fixtures.region(false);
        String coordinator = api.post(
                        "/api/v1/admin/regions/" + region + "/coordinators", ADMIN_TOKEN, "{\"name\":\"Regio\"}")
                .json()
                .at("/token")
                .asString();

        long before = jdbc.sql("select coalesce(max(id), 0) from logbook_entry")
                .query(Long.class)
                .single();

        Api.Response changed = api.put("/api/v1/region/coordination-settings", coordinator, """
                {"deadlineWorkingDays": 8, "liberationDay": "YEARLY", "directorRules": []}""");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select action || ' ' || actor_type || ' ' || subject_id from logbook_entry
                        where id > :before and subject_id like 'PUT /api/v1/region/%'""").param("before", before).query(String.class).list())
                .containsExactly("ADMINISTRATION_CHANGED API_CLIENT PUT /api/v1/region/coordination-settings -> 200");
    }

    private List<String> actions(String subject) {
        return jdbc.sql("select action from logbook_entry where subject_id = :s order by id")
                .param("s", subject)
                .query(String.class)
                .list();
    }
}
