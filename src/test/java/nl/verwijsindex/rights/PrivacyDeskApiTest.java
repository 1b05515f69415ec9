// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.access.PrivacyDesks;
import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import tools.jackson.databind.JsonNode;

/** R-REQUEST over the privacy desk API: intake, deadline and extension, each outcome, and the desk's scope. */
@IntegrationTest
class PrivacyDeskApiTest {

    private static final String REQUESTS = "/api/v1/privacy-desk/requests";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyDesks desks;

    @Autowired
    RegionSettingsKeeper settings;

    Api api;
    Fixtures fixtures;
    String region;
    String municipality;
    String desk;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
        region = fixtures.region(false);
        municipality = fixtures.municipality(region);
        desk = desks.issue(municipality, "Privacyloket").token();
    }

    @Test
    void R_REQUEST_intakeKeepsTheBsnProtectedAndTheDeadlineIsOneMonthOnAWorkingDay() {
        Professional a = professional();
        String bsn = TestBsns.random();
        register(a, bsn, 10);
        LocalDate received = LocalDate.now().minusDays(3);

        Response recorded = api.post(REQUESTS, desk, intake("ACCESS", "LEGAL_REPRESENTATIVE", bsn, 10, received));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.body()).doesNotContain(bsn);
        JsonNode body = recorded.json();
        LocalDate due = RequestRules.dueOn(
                received, new DutchCalendar(settings.of(region).liberationDay()));
        assertThat(body.at("/dueOn").asString()).isEqualTo(due.toString());
        assertThat(body.at("/deadline").asString()).isEqualTo(due.toString());
        assertThat(body.has("outcome")).isFalse();
        assertThat(recorded.header("Location")).endsWith(body.at("/id").asString());
        Map<String, Object> row = jdbc.sql("select * from rights_request where id = :id")
                .param("id", UUID.fromString(body.at("/id").asString()))
                .query()
                .singleRow();
        assertThat(row.get("municipality_code")).isEqualTo(municipality);
        assertThat(row.get("identity_check")).isEqualTo("ID_DOCUMENT_AT_DESK");
        assertThat(new String((byte[]) row.get("bsn_encrypted"), StandardCharsets.ISO_8859_1))
                .doesNotContain(bsn);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like :id")
                        .param("id", body.at("/id").asString() + "/%")
                        .query(Integer.class)
                        .single())
                .as("reminder and escalation planned as persistent tasks")
                .isEqualTo(2);
        assertThat(logged("RIGHTS_REQUEST_RECORDED", body.at("/id").asString())).isOne();
    }

    @Test
    void R_REQUEST_aBsnTheIndexDoesNotKnowIsRecordedAndAnsweredNothingIsRegistered() {
        Response recorded = api.post(REQUESTS, desk, intake("ACCESS", "YOUTH", TestBsns.random(), 17, LocalDate.now()));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().at("/outcome").asString()).isEqualTo("NOTHING_REGISTERED");
        assertThat(recorded.json().at("/decisionReason").asString())
                .isEqualTo("Over deze jeugdige staat niets geregistreerd in de verwijsindex.");
        assertThat(recorded.json().at("/advice")).isEmpty();
    }

    @Test
    void R_REQUEST_aRequesterTheAgeRuleDoesNotEntitleIsRefusedWithAClearMessage() {
        String bsn = TestBsns.random();
        Response child = api.post(REQUESTS, desk, intake("ACCESS", "YOUTH", bsn, 10, LocalDate.now()));
        assertThat(child.status()).as(child.toString()).isEqualTo(422);
        assertThat(child.json().at("/code").asString()).isEqualTo("requester-not-entitled");
        assertThat(child.json().at("/detail").asString()).contains("wettelijk vertegenwoordiger");

        Response alone = api.post(REQUESTS, desk, intake("ACCESS", "LEGAL_REPRESENTATIVE", bsn, 14, LocalDate.now()));
        assertThat(alone.json().at("/code").asString()).isEqualTo("requester-not-entitled");
        assertThat(alone.json().at("/detail").asString()).contains("samen");

        Response jointly =
                api.post(REQUESTS, desk, intake("ACCESS", "YOUTH_AND_LEGAL_REPRESENTATIVE", bsn, 14, LocalDate.now()));
        assertThat(jointly.status()).as(jointly.toString()).isEqualTo(201);
        assertThat(fixtures.count("rights_request where outcome is null or outcome is not null"))
                .isPositive();
    }

    @Test
    void R_REQUEST_theDeadlineIsExtendedOnceByTwoMonthsWithAReasonAndTheDayTheRequesterWasTold() {
        String bsn = TestBsns.random();
        register(professional(), bsn, 17);
        LocalDate received = LocalDate.now().minusDays(5);
        String id = record("ERASURE", "YOUTH", bsn, 17, received);

        Response late = api.post(REQUESTS + "/" + id + "/extension", desk, extension(received.minusDays(1)));
        assertThat(late.json().at("/code").asString()).isEqualTo("extension-told-out-of-time");

        Response extended = api.post(REQUESTS + "/" + id + "/extension", desk, extension(received.plusDays(1)));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        LocalDate due = RequestRules.extendedDueOn(
                received, new DutchCalendar(settings.of(region).liberationDay()));
        assertThat(extended.json().at("/extendedDueOn").asString()).isEqualTo(due.toString());
        assertThat(extended.json().at("/deadline").asString()).isEqualTo(due.toString());
        assertThat(extended.json().at("/extensionReason").asString()).isEqualTo("Advies van drie organisaties nodig");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = :id")
                        .param("id", id + "/" + due)
                        .query(Integer.class)
                        .single())
                .as("the extended deadline has its own reminder and escalation")
                .isEqualTo(2);

        Response again = api.post(REQUESTS + "/" + id + "/extension", desk, extension(received.plusDays(2)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/code").asString()).isEqualTo("already-extended");
    }

    @Test
    void R_REQUEST_accessOverviewHoldsWhatTheDatabaseHoldsOnThisYouthFieldByFieldAndNoBsn() {
        Professional a = professional();
        Professional b = professional();
        String bsn = TestBsns.random();
        String first = register(a, bsn, 15);
        String second = register(b, bsn, 15);
        api.post(a.signalsPath() + "/" + first + "/end", a.token(), "{\"reason\":\"RISK_GONE\"}");
        String id = record("COPY", "YOUTH_AND_LEGAL_REPRESENTATIVE", bsn, 15, LocalDate.now());

        Response overview = api.get(REQUESTS + "/" + id + "/overview", desk);

        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        assertThat(overview.body()).doesNotContain(bsn);
        JsonNode signals = overview.json().at("/signals");
        assertThat(signals).hasSize(2);
        for (JsonNode line : signals) {
            Map<String, Object> row = jdbc.sql("""
                            select s.*, p.name as p_name, p.email as p_email, p.phone as p_phone, o.name as o_name
                            from signal s join professional p on p.id = s.professional_id
                            join organisation o on o.id = s.organisation_id where s.id = :id""")
                    .param("id", UUID.fromString(line.at("/signalId").asString()))
                    .query()
                    .singleRow();
            assertThat(line.at("/organisation").asString()).isEqualTo(row.get("o_name"));
            assertThat(line.at("/professional").asString()).isEqualTo(row.get("p_name"));
            assertThat(line.at("/professionalEmail").asString()).isEqualTo(row.get("p_email"));
            assertThat(line.at("/professionalPhone").asString()).isEqualTo(row.get("p_phone"));
            assertThat(OffsetDateTime.parse(line.at("/registeredAt").asString()).toInstant())
                    .isEqualTo(((Timestamp) row.get("registered_at")).toInstant());
            assertThat(line.at("/activeUntil").asString())
                    .isEqualTo(row.get("active_until").toString());
            assertThat(line.at("/state").asString()).isEqualTo(row.get("status"));
            JsonNode endReason = line.at("/endReason");
            assertThat(endReason.isMissingNode() || endReason.isNull() ? null : endReason.asString())
                    .isEqualTo(row.get("end_reason"));
        }
        assertThat(signals.get(0).at("/signalId").asString()).isEqualTo(first);
        assertThat(signals.get(0).at("/state").asString()).isEqualTo("ARCHIVED");
        assertThat(signals.get(1).at("/signalId").asString()).isEqualTo(second);
        JsonNode matches = overview.json().at("/matches");
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).at("/kind").asString()).isEqualTo("YOUTH");
        assertThat(matches.get(0).at("/organisations"))
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(
                        a.organisation().name(), b.organisation().name());
        assertThat(overview.json().at("/logbook"))
                .filteredOn(l -> l.at("/action").asString().equals("SIGNAL_REGISTERED"))
                .extracting(l -> l.at("/professional").asString())
                .containsExactlyInAnyOrder(a.name(), b.name());
        assertThat(logged("ACCESS_OVERVIEW_MADE", id)).isOne();

        Response decided =
                api.post(REQUESTS + "/" + id + "/decision", desk, decision("ACCESS_GIVEN", "Afschrift verstuurd."));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().at("/outcome").asString()).isEqualTo("ACCESS_GIVEN");
    }

    @Test
    void R_REQUEST_fromIntakeToDecisionLetterOverTheApiWithTheOverviewAndTheLetterAsPdf() throws Exception {
        Professional a = professional();
        String bsn = TestBsns.random();
        register(a, bsn, 17);
        String id = record("ACCESS", "YOUTH", bsn, 17, LocalDate.now());

        HttpResponse<byte[]> overview = pdf(REQUESTS + "/" + id + "/overview.pdf");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(overview.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(text(overview.body()))
                .contains("Wat de Verwijsindex over de jeugdige bewaart")
                .contains(a.name())
                .contains(a.organisation().name())
                .doesNotContain(bsn);
        assertThat(logged("ACCESS_OVERVIEW_MADE", id)).isOne();

        Response undecided = api.get(REQUESTS + "/" + id + "/decision-letter.pdf", desk);
        assertThat(undecided.status()).as(undecided.toString()).isEqualTo(409);
        assertThat(undecided.json().at("/code").asString()).isEqualTo("request-not-decided");

        Response decided = api.post(
                REQUESTS + "/" + id + "/decision", desk, decision("ACCESS_GIVEN", "U krijgt inzage in alles."));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        HttpResponse<byte[]> letter = pdf(REQUESTS + "/" + id + "/decision-letter.pdf");
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(text(letter.body()))
                .contains("Besluit op uw verzoek over de Verwijsindex")
                .contains("U krijgt inzage in alles.")
                .contains("bezwaar maken")
                .doesNotContain(bsn);

        String otherDesk =
                desks.issue(fixtures.municipality(region), "Ander loket").token();
        Response foreign = api.get(REQUESTS + "/" + id + "/decision-letter.pdf", otherDesk);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().at("/code").asString()).isEqualTo("request-not-found");
    }

    @Test
    void R_REQUEST_objectionGrantedDeletesEverySignalWithoutTheArchiveWithProofAndNoticeToEachProfessional() {
        Professional a = professional();
        Professional b = professional();
        String bsn = TestBsns.random();
        String archived = register(a, bsn, 17);
        api.post(a.signalsPath() + "/" + archived + "/end", a.token(), "{\"reason\":\"RISK_GONE\"}");
        String active = register(b, bsn, 17);
        String id = record("OBJECTION", "YOUTH", bsn, 17, LocalDate.now());

        Response decided = api.post(REQUESTS + "/" + id + "/decision", desk, decision("ERASED", "Bezwaar gegrond."));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().at("/outcome").asString()).isEqualTo("ERASED");
        for (String signal : List.of(archived, active)) {
            assertThat(fixtures.count("signal where id = '" + signal + "'")).isZero();
            assertThat(jdbc.sql("select rule || ' ' || decision_reference || ' ' || reason_code from deletion_proof"
                                    + " where signal_id = :id")
                            .param("id", UUID.fromString(signal))
                            .query(String.class)
                            .list())
                    .containsExactly("R-REQUEST " + id + " ERASED");
        }
        // The notices are written after the decision commits, by the notification module's own listener.
        for (Professional p : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(api.get(p.inboxPath(), p.token()).json())
                                    .extracting(n -> n.at("/kind").asString())
                                    .contains("REMOVED_ON_REQUEST"));
        }

        Response twice = api.post(REQUESTS + "/" + id + "/decision", desk, decision("REFUSED", "Toch niet."));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().at("/code").asString()).isEqualTo("request-already-decided");
    }

    @Test
    void R_REQUEST_restrictionKeepsTheSignalsButMakesNoNewMatchesUntilLifted() {
        Professional a = professional();
        Professional b = professional();
        Professional c = professional();
        String bsn = TestBsns.random();
        String first = register(a, bsn, 17);
        String id = record("RESTRICTION", "YOUTH", bsn, 17, LocalDate.now());
        Response restricted =
                api.post(REQUESTS + "/" + id + "/decision", desk, decision("RESTRICTED", "Beperking tot uitspraak."));
        assertThat(restricted.json().at("/outcome").asString()).isEqualTo("RESTRICTED");

        register(b, bsn, 17);
        assertThat(api.get(b.matchesPath(), b.token()).json())
                .as("no new match while restricted")
                .isEmpty();
        assertThat(fixtures.count("signal where id = '" + first + "'")).isOne();

        Response lifted = api.post(REQUESTS + "/" + id + "/restriction/lift", desk, "");
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.json().at("/restrictionLiftedOn").asString())
                .isEqualTo(LocalDate.now().toString());
        register(c, bsn, 17);
        assertThat(api.get(c.matchesPath(), c.token()).json())
                .as("matches again after lifting")
                .hasSize(2);

        Response again = api.post(REQUESTS + "/" + id + "/restriction/lift", desk, "");
        assertThat(again.json().at("/code").asString()).isEqualTo("restriction-not-active");
    }

    @Test
    void R_REQUEST_correctionDeletesASignalOnTheWrongYouthOrCorrectsTheBirthDate() {
        Professional a = professional();
        Professional b = professional();
        String bsn = TestBsns.random();
        String wrong = register(a, bsn, 17);
        String right = register(b, bsn, 17);
        String id = record("CORRECTION", "YOUTH", bsn, 17, LocalDate.now());

        Response both = api.post(
                REQUESTS + "/" + id + "/decision",
                desk,
                "{\"outcome\":\"CORRECTED\",\"reason\":\"Verkeerde jeugdige.\"}");
        assertThat(both.json().at("/code").asString()).isEqualTo("correction-one-of");

        Response corrected = api.post(
                REQUESTS + "/" + id + "/decision",
                desk,
                "{\"outcome\":\"CORRECTED\",\"reason\":\"Verkeerde jeugdige.\",\"wrongSignalId\":\"" + wrong + "\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(fixtures.count("signal where id = '" + wrong + "'")).isZero();
        assertThat(fixtures.count("signal where id = '" + right + "'")).isOne();
        assertThat(fixtures.count("deletion_proof where signal_id = '" + wrong + "' and rule = 'R-REQUEST'"))
                .isOne();

        String bsn2 = TestBsns.random();
        register(a, bsn2, 17);
        String id2 = record("CORRECTION", "YOUTH", bsn2, 17, LocalDate.now());
        LocalDate corrected2 = LocalDate.now().minusYears(17).minusDays(40);
        Response birth = api.post(
                REQUESTS + "/" + id2 + "/decision",
                desk,
                "{\"outcome\":\"CORRECTED\",\"reason\":\"Geboortedatum gecorrigeerd.\",\"correctedBirthDate\":\""
                        + corrected2 + "\"}");
        assertThat(birth.status()).as(birth.toString()).isEqualTo(200);
        assertThat(jdbc.sql("select y.birth_date from youth y join signal s on s.youth_id = y.id"
                                + " where s.professional_id = :p")
                        .param("p", a.id().value())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(corrected2);
    }

    @Test
    void R_REQUEST_refusedWithItsReasonChangesNothingAndAReasonWithABsnIsRefused() {
        Professional a = professional();
        String bsn = TestBsns.random();
        String signal = register(a, bsn, 17);
        String id = record("ERASURE", "YOUTH", bsn, 17, LocalDate.now());

        Response withBsn = api.post(REQUESTS + "/" + id + "/decision", desk, decision("REFUSED", "Over " + bsn));
        assertThat(withBsn.status()).isEqualTo(422);
        assertThat(withBsn.json().at("/code").asString()).isEqualTo("text-contains-bsn");
        assertThat(withBsn.body()).doesNotContain(bsn);
        Response wrongOutcome = api.post(REQUESTS + "/" + id + "/decision", desk, decision("RESTRICTED", "Nee."));
        assertThat(wrongOutcome.json().at("/code").asString()).isEqualTo("outcome-does-not-fit");

        Response refused = api.post(
                REQUESTS + "/" + id + "/decision", desk, decision("REFUSED", "Het signaal is nog nodig voor de zorg."));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().at("/decisionReason").asString()).isEqualTo("Het signaal is nog nodig voor de zorg.");
        assertThat(refused.json().at("/decidedOn").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(fixtures.count("signal where id = '" + signal + "'")).isOne();
    }

    @Test
    void R_REQUEST_theDeskSeesOnlyItsOwnMunicipalitysRequestsAndEveryReadIsLogged() {
        String bsn = TestBsns.random();
        register(professional(), bsn, 17);
        String id = record("ACCESS", "YOUTH", bsn, 17, LocalDate.now());
        String otherDesk =
                desks.issue(fixtures.municipality(region), "Ander loket").token();

        Response foreign = api.get(REQUESTS + "/" + id, otherDesk);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().at("/code").asString()).isEqualTo("request-not-found");
        assertThat(api.get(REQUESTS, otherDesk).json()).isEmpty();
        assertThat(api.get(REQUESTS, desk).json())
                .extracting(n -> n.at("/id").asString())
                .containsExactly(id);

        Response own = api.get(REQUESTS + "/" + id, desk);
        assertThat(own.status()).isEqualTo(200);
        assertThat(logged("RIGHTS_REQUEST_VIEWED", id)).isOne();
        Professional outsider = professional();
        assertThat(api.get(REQUESTS, outsider.token()).status()).isEqualTo(401);
    }

    @Test
    void R_REQUEST_eachProfessionalWhoRegisteredIsAskedForAdviceAndAnswersOverTheApi() {
        Professional a = professional();
        Professional b = professional();
        String bsn = TestBsns.random();
        String signalA = register(a, bsn, 17);
        register(b, bsn, 17);
        String id = record("ERASURE", "YOUTH", bsn, 17, LocalDate.now());

        Response asked = api.get("/api/v1/professionals/" + a.id() + "/advice-requests", a.token());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json()).singleElement().satisfies(n -> {
            assertThat(n.at("/requestId").asString()).isEqualTo(id);
            assertThat(n.at("/signalId").asString()).isEqualTo(signalA);
            assertThat(n.at("/kind").asString()).isEqualTo("ERASURE");
        });
        assertThat(asked.body()).doesNotContain(bsn);

        Response answered = api.post(
                "/api/v1/professionals/" + a.id() + "/advice-requests/" + id,
                a.token(),
                "{\"signalId\":\"" + signalA + "\",\"advice\":\"REFUSE\",\"explanation\":\"Zorg loopt nog.\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().at("/advice").asString()).isEqualTo("REFUSE");
        Response again = api.post(
                "/api/v1/professionals/" + a.id() + "/advice-requests/" + id,
                a.token(),
                "{\"signalId\":\"" + signalA + "\",\"advice\":\"GRANT\"}");
        assertThat(again.json().at("/code").asString()).isEqualTo("advice-already-given");
        Response notAsked = api.post(
                "/api/v1/professionals/" + b.id() + "/advice-requests/" + id,
                b.token(),
                "{\"signalId\":\"" + signalA + "\",\"advice\":\"GRANT\"}");
        assertThat(notAsked.json().at("/code").asString()).isEqualTo("advice-not-found");

        JsonNode advice = api.get(REQUESTS + "/" + id, desk).json().at("/advice");
        assertThat(advice).hasSize(2);
        assertThat(advice)
                .filteredOn(n -> n.at("/signalId").asString().equals(signalA))
                .singleElement()
                .satisfies(n -> assertThat(n.at("/explanation").asString()).isEqualTo("Zorg loopt nog."));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(api.get(a.inboxPath(), a.token()).json())
                                .extracting(n -> n.at("/kind").asString())
                                .contains("ADVICE_REQUESTED"));
    }

    @Test
    void R_REQUEST_aDeadlineThatPassesUndecidedIsMarkedOverdueByItsPersistentTask() throws InterruptedException {
        String bsn = TestBsns.random();
        register(professional(), bsn, 17);
        // Received 40 days ago: the reminder and the escalation of its deadline are due now.
        String id = record("ACCESS", "YOUTH", bsn, 17, LocalDate.now().minusDays(40));

        // The two tasks run on two scheduler threads, each in its own transaction: wait for both.
        JsonNode request = api.get(REQUESTS + "/" + id, desk).json();
        for (int i = 0;
                i < 60
                        && !(request.at("/overdue").asBoolean()
                                && request.at("/reminded").asBoolean());
                i++) {
            Thread.sleep(500);
            request = api.get(REQUESTS + "/" + id, desk).json();
        }
        assertThat(request.at("/overdue").asBoolean()).as(request.toString()).isTrue();
        assertThat(request.at("/reminded").asBoolean()).isTrue();
        assertThat(logged("RIGHTS_REQUEST_OVERDUE", id)).isOne();

        Response decided =
                api.post(REQUESTS + "/" + id + "/decision", desk, decision("ACCESS_GIVEN", "Te laat, wel gegeven."));
        assertThat(decided.json().at("/overdue").asBoolean())
                .as("an overdue request can still be decided")
                .isTrue();
    }

    private HttpResponse<byte[]> pdf(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        api.request(path, desk)
                                .header("Accept", "application/pdf")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Professional professional() {
        return fixtures.professional(fixtures.organisation(region));
    }

    private String register(Professional p, String bsn, int age) {
        Response r = api.post(
                p.signalsPath(), p.token(), Api.registration(bsn, birth(age).toString()));
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.json().at("/signal/id").asString();
    }

    private String record(String kind, String requester, String bsn, int age, LocalDate received) {
        Response r = api.post(REQUESTS, desk, intake(kind, requester, bsn, age, received));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().at("/id").asString();
    }

    private static LocalDate birth(int age) {
        return LocalDate.now().minusYears(age).minusDays(20);
    }

    private static String intake(String kind, String requester, String bsn, int age, LocalDate received) {
        return """
                {"kind":"%s","requester":"%s","identityCheck":"ID_DOCUMENT_AT_DESK","bsn":"%s",\
                "youthBirthDate":"%s","receivedOn":"%s"}""".formatted(kind, requester, bsn, birth(age), received);
    }

    private static String extension(LocalDate toldOn) {
        return "{\"reason\":\"Advies van drie organisaties nodig\",\"toldOn\":\"" + toldOn + "\"}";
    }

    private static String decision(String outcome, String reason) {
        return "{\"outcome\":\"" + outcome + "\",\"reason\":\"" + reason + "\"}";
    }

    private int logged(String action, String requestId) {
        return jdbc.sql("select count(*) from logbook_entry where action = :action and subject_id like :subject")
                .param("action", action)
                .param("subject", requestId + "%")
                .query(Integer.class)
                .single();
    }
}
