// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;

/**
 * R-INFORM over the API: recording that the youth or the parents were informed, or why it is postponed; what is
 * refused; and the reminders (at a match while nothing was recorded, and when the day to look again comes).
 */
@IntegrationTest
class InformingApiTest {

    private static final String CHILD = LocalDate.now().minusYears(9).toString();

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalInforming informing;

    @LocalServerPort
    int port;

    Api api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
    }

    @Test
    void R_INFORM_theProfessionalsSystemRecordsInformingAndReadsItBack() {
        Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String path = register(professional, TestBsns.random()) + "/informing";

        assertThat(api.get(path, professional.token()).json().get("state").asString())
                .isEqualTo("NOT_RECORDED");
        Api.Response informed = api.put(path, professional.token(), """
                {"informed": {"on": "%s", "method": "IN_PERSON"}}""".formatted(LocalDate.now()));
        assertThat(informed.status()).as(informed.toString()).isEqualTo(200);
        Api.Response read = api.get(path, professional.token());
        assertThat(read.json().get("state").asString()).isEqualTo("INFORMED");
        assertThat(read.json().get("method").asString()).isEqualTo("IN_PERSON");
        assertThat(read.json().get("informedOn").asString())
                .isEqualTo(LocalDate.now().toString());

        Api.Response postponed = api.put(
                path, professional.token(), """
                {"postponed": {"reason": "YOUTH_SAFETY", "lookAgainOn": "%s"}}""".formatted(LocalDate.now().plusWeeks(2)));
        assertThat(postponed.status()).as(postponed.toString()).isEqualTo(200);
        assertThat(api.get(path, professional.token()).json().get("state").asString())
                .isEqualTo("POSTPONED");
    }

    @Test
    void R_INFORM_badInputIsRefusedWithACodeAndChangesNothing() {
        Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        Professional other = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String path = register(professional, TestBsns.random()) + "/informing";
        String today = LocalDate.now().toString();

        assertProblem(api.put(path, professional.token(), "{}"), 422, "informing-one-of");
        assertProblem(
                api.put(path, professional.token(), """
                        {"informed": {"on": "%s", "method": "PHONE"},
                         "postponed": {"reason": "YOUTH_SAFETY", "lookAgainOn": "%s"}}""".formatted(
                                today, LocalDate.now().plusDays(5))),
                422,
                "informing-one-of");
        assertProblem(
                api.put(path, professional.token(), """
                        {"informed": {"on": "%s", "method": "PHONE"}}""".formatted(
                                LocalDate.now().plusDays(1))),
                422,
                "informed-date-in-future");
        assertProblem(
                api.put(path, professional.token(), """
                        {"postponed": {"reason": "YOUTH_SAFETY", "lookAgainOn": "%s"}}""".formatted(
                                LocalDate.now().plusMonths(4))),
                422,
                "look-again-date-out-of-range");
        Api.Response unknownMethod = api.put(path, professional.token(), """
                {"informed": {"on": "%s", "method": "PIGEON"}}""".formatted(today));
        assertThat(unknownMethod.status()).as(unknownMethod.toString()).isEqualTo(400);
        Api.Response missingDay = api.put(path, professional.token(), "{\"informed\": {\"method\": \"PHONE\"}}");
        assertThat(missingDay.status()).as(missingDay.toString()).isBetween(400, 422);

        String othersPath = path.replace(
                professional.id().value().toString(), other.id().value().toString());
        assertThat(api.put(othersPath, other.token(), """
                                {"informed": {"on": "%s", "method": "PHONE"}}""".formatted(today)).status())
                .isEqualTo(404);

        assertThat(api.get(path, professional.token()).json().get("state").asString())
                .isEqualTo("NOT_RECORDED");
    }

    @Test
    void R_INFORM_aMatchRemindsOnceWhoHasHadTimeToInformButHasNot() {
        String region = fixtures.region(false);
        Professional informed = fixtures.professional(fixtures.organisation(region));
        Professional notYet = fixtures.professional(fixtures.organisation(region));
        Professional justRegistered = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String informedSignal = register(informed, bsn);
        assertThat(api.put(informedSignal + "/informing", informed.token(), """
                                {"informed": {"on": "%s", "method": "LETTER"}}""".formatted(LocalDate.now()))
                        .status())
                .isEqualTo(200);
        String notYetSignal = register(notYet, bsn);
        // Both registered a week ago: time enough to have informed.
        for (String path : List.of(informedSignal, notYetSignal)) {
            jdbc.sql("update signal set registered_at = registered_at - interval '7 days' where id = cast(:id as uuid)")
                    .param("id", path.substring(path.lastIndexOf('/') + 1))
                    .update();
        }

        register(justRegistered, bsn);

        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(notYet) == 1);
        assertThat(reminders(informed)).as("informed already").isZero();
        assertThat(reminders(justRegistered)).as("registered just now").isZero();
        Professional fourth = fixtures.professional(fixtures.organisation(region));
        register(fourth, bsn);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from notice where professional_id = :p and kind = 'MATCH'")
                                .param("p", fourth.id().value())
                                .query(Integer.class)
                                .single()
                        == 3);
        assertThat(reminders(notYet))
                .as("one reminder per signal, however many matches")
                .isEqualTo(1);
    }

    @Test
    void R_INFORM_aPostponementRemindsOnTheDayToLookAgain() {
        Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String path = register(professional, TestBsns.random()) + "/informing";
        LocalDate lookAgain = LocalDate.now().plusWeeks(3);
        assertThat(api.put(path, professional.token(), """
                                {"postponed": {"reason": "SAFETY_OF_OTHERS", "lookAgainOn": "%s"}}""".formatted(lookAgain)).status())
                .isEqualTo(200);

        informing.remindLookAgainDue(lookAgain.minusDays(1), 1000, SignalRetention.Held.SKIP);
        assertThat(reminders(professional)).as("not before the day").isZero();
        informing.remindLookAgainDue(lookAgain, 1000, SignalRetention.Held.SKIP);
        informing.remindLookAgainDue(lookAgain.plusDays(1), 1000, SignalRetention.Held.SKIP);
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(professional) == 1);
    }

    private String register(Professional professional, String bsn) {
        Api.Response created = api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, CHILD));
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        return professional.signalsPath() + "/"
                + created.json().at("/signal/id").asString();
    }

    private int reminders(Professional professional) {
        return jdbc.sql("select count(*) from notice where professional_id = :p and kind = 'INFORM_REMINDER'")
                .param("p", professional.id().value())
                .query(Integer.class)
                .single();
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
}
