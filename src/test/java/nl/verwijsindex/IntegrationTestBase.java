// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.person.PersonRegisterDouble;

/**
 * What an {@link IntegrationTest} usually starts from: the application over HTTP ({@link #api}), a way to make
 * regions, organisations and professionals ({@link #fixtures}), the database, and the stand-in person register.
 * It adds no configuration, so a test that extends it shares the one cached application context.
 */
public abstract class IntegrationTestBase {

    /** The administrator's API token of the test profile. */
    protected static final String ADMIN_TOKEN = "demo-admin-secret-not-for-production";

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PersonRegisterDouble register;

    protected Api api;
    protected Fixtures fixtures;

    @BeforeEach
    void connect() {
        api = new Api(port);
        fixtures = new Fixtures(context);
    }

    /**
     * A match case of two professionals on one new youth born on {@code birthDate}, once the coordination module has
     * taken it up; its id.
     */
    public static String matchCase(Api api, Professional director, Professional other, String birthDate) {
        String bsn = TestBsns.random();
        assertThat(api.post(other.signalsPath(), other.token(), Api.registration(bsn, birthDate))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(director.signalsPath(), director.token(), Api.registration(bsn, birthDate))
                        .status())
                .isEqualTo(201);
        String cases = "/api/v1/professionals/" + director.id() + "/match-cases";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(cases, director.token()).json().size() == 1);
        return api.get(cases, director.token()).json().at("/0/matchCaseId").asString();
    }

    /** A new municipal supervisor of {@code municipality}, added by the administrator, with a fresh e-mail address. */
    protected NewSupervisor newSupervisor(String municipality) {
        String email = "regie-" + UUID.randomUUID().toString().substring(0, 8) + "@gemeente.example";
        Api.Response added = api.post(
                "/api/v1/admin/municipalities/" + municipality + "/supervisors",
                ADMIN_TOKEN,
                "{\"name\":\"Regievoerder\",\"email\":\"" + email + "\",\"phone\":\"14 030\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return new NewSupervisor(
                added.json().at("/clientId").asString(),
                added.json().at("/token").asString(),
                email);
    }

    protected record NewSupervisor(String clientId, String token, String email) {}
}
