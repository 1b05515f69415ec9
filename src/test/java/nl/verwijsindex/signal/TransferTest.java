// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;

/** R-TRANSFER: a signal moves to a designated colleague, its matches follow, both are told. */
@IntegrationTest
class TransferTest {

    private static final String CHILD = LocalDate.now().minusYears(9).toString();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api api;
    Fixtures fixtures;
    String region;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
        region = fixtures.region(false);
    }

    @Test
    void R_TRANSFER_R_COORDINATOR_theSignalAndItsMatchGoToTheColleagueAndBothAreTold() {
        Organisation team = fixtures.organisation(region);
        Professional leaving = fixtures.professional(team);
        Professional colleague = fixtures.professional(team);
        Professional other = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String id = api.post(leaving.signalsPath(), leaving.token(), Api.registration(bsn, CHILD))
                .json()
                .at("/signal/id")
                .asString();
        api.post(other.signalsPath(), other.token(), Api.registration(bsn, CHILD));

        fixtures.staff().markLeft(leaving.id(), LocalDate.now());
        Response worklist = api.get("/api/v1/leavers/signals", team.token());
        assertThat(worklist.json()).extracting(n -> n.at("/id").asString()).containsExactly(id);

        Response moved = api.post(
                leaving.signalsPath() + "/" + id + "/transfer",
                team.token(),
                "{\"toProfessionalId\":\"" + colleague.id() + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().at("/professionalId").asString())
                .isEqualTo(colleague.id().toString());
        assertThat(api.get("/api/v1/leavers/signals", team.token()).json()).isEmpty();

        assertThat(api.get(colleague.matchesPath(), team.token()).json()).hasSize(1);
        assertThat(api.get(leaving.matchesPath(), team.token()).json()).isEmpty();
        assertThat(api.get(other.matchesPath(), other.token())
                        .json()
                        .get(0)
                        .at("/otherProfessional/name")
                        .asString())
                .isEqualTo(colleague.name());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> transferNotices(leaving, team) == 1 && transferNotices(colleague, team) == 1);
    }

    @Test
    void R_TRANSFER_onlyToAnAuthorisedColleagueWhoIsNotInvolvedYetAndOnlyWhileActive() {
        Organisation team = fixtures.organisation(region);
        Professional owner = fixtures.professional(team);
        Professional notDesignated = fixtures.professional(team, false);
        Professional left = fixtures.professional(team);
        fixtures.staff().markLeft(left.id(), LocalDate.now().minusDays(1));
        Professional involved = fixtures.professional(team);
        Professional elsewhere = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String id = api.post(owner.signalsPath(), owner.token(), Api.registration(bsn, CHILD))
                .json()
                .at("/signal/id")
                .asString();
        api.post(involved.signalsPath(), team.token(), Api.registration(bsn, CHILD));
        String path = owner.signalsPath() + "/" + id + "/transfer";

        expect(api.post(path, team.token(), to(elsewhere)), 422, "transfer-target-not-in-organisation");
        expect(api.post(path, team.token(), to(notDesignated)), 403, "professional-not-designated");
        expect(api.post(path, team.token(), to(left)), 403, "professional-left");
        expect(api.post(path, team.token(), to(involved)), 409, "transfer-target-already-involved");
        expect(api.post(path, team.token(), to(owner)), 422, "transfer-to-self");
        expect(api.post(path, team.token(), "{}"), 400, "validation-failed");
        expect(api.post(path, elsewhere.token(), to(involved)), 404, "professional-not-found");
        assertThat(api.get(owner.signalsPath() + "/" + id, team.token())
                        .json()
                        .at("/professionalId")
                        .asString())
                .as("nothing changed")
                .isEqualTo(owner.id().toString());

        api.post(owner.signalsPath() + "/" + id + "/end", team.token(), "{\"reason\":\"RISK_GONE\"}");
        Professional free = fixtures.professional(team);
        expect(api.post(path, team.token(), to(free)), 409, "signal-not-active");
    }

    private long transferNotices(Professional p, Organisation organisation) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        api.get(p.inboxPath(), organisation.token())
                .json()
                .forEach(n -> kinds.add(n.at("/kind").asString()));
        return kinds.stream().filter("TRANSFERRED"::equals).count();
    }

    private static String to(Professional p) {
        return "{\"toProfessionalId\":\"" + p.id() + "\"}";
    }

    private static void expect(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().at("/code").asString())
                .as(response.toString())
                .isEqualTo(code);
    }
}
