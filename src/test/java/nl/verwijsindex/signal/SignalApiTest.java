// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.standalone.InProcessMailServer;
import tools.jackson.databind.JsonNode;

/** The core job of the index over its API: register, match on the same youth, notify, end. */
@IntegrationTest
class SignalApiTest {

    private static final String BIRTH_DATE = LocalDate.now().minusYears(10).toString();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InProcessMailServer mailServer;

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
    void R_MATCH_YOUTH_R_NOTICE_R_NOTICE_NEW_twoProfessionalsOnOneYouthAreMatchedAndBothSeeEachOthersContactDetails() {
        Professional sanne = fixtures.professional(fixtures.organisation(region));
        Professional ahmed = fixtures.professional(fixtures.organisation(region, "YOUTH_HEALTH_CARE"));
        String bsn = TestBsns.random();

        Response first = register(sanne, bsn);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().at("/result").asString()).isEqualTo("CREATED");
        assertThat(first.header("Location"))
                .endsWith(first.json().at("/signal/id").asString());
        assertThat(api.get(sanne.matchesPath(), sanne.token()).json()).isEmpty();

        Response second = register(ahmed, bsn);
        assertThat(second.status()).isEqualTo(201);

        JsonNode sannesMatches = api.get(sanne.matchesPath(), sanne.token()).json();
        assertThat(sannesMatches).hasSize(1);
        assertThat(sannesMatches.get(0).at("/kind").asString()).isEqualTo("YOUTH");
        assertThat(sannesMatches.get(0).at("/ownSignalId").asString())
                .isEqualTo(first.json().at("/signal/id").asString());
        assertThat(sannesMatches.get(0).at("/otherProfessional/name").asString())
                .isEqualTo(ahmed.name());
        assertThat(sannesMatches.get(0).at("/otherProfessional/email").asString())
                .isEqualTo(ahmed.email());
        assertThat(sannesMatches
                        .get(0)
                        .at("/otherProfessional/coordinator/email")
                        .asString())
                .contains("coordinator@");
        assertThat(sannesMatches.toString()).doesNotContain(bsn);
        JsonNode ahmedsMatches = api.get(ahmed.matchesPath(), ahmed.token()).json();
        assertThat(ahmedsMatches.get(0).at("/otherProfessional/name").asString())
                .isEqualTo(sanne.name());

        // R-NOTICE-NEW: the professional who was there first is told, and so is the newcomer.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(sanne).size() == 1 && mailsTo(ahmed).size() == 1);
        assertThat(inbox(sanne)).hasSize(1);
        assertThat(inbox(ahmed)).hasSize(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inbox(sanne).get(0).at("/mailState").asString().equals("SENT"));
    }

    @Test
    void R_MATCH_YOUTH_threeSignalsOnOneYouthAreThreeMatches() {
        String bsn = TestBsns.random();
        List<Professional> professionals = List.of(
                fixtures.professional(fixtures.organisation(region)),
                fixtures.professional(fixtures.organisation(region)),
                fixtures.professional(fixtures.organisation(region)));
        professionals.forEach(p -> assertThat(register(p, bsn).status()).isEqualTo(201));

        for (Professional p : professionals) {
            assertThat(api.get(p.matchesPath(), p.token()).json())
                    .as("each is matched with the two others")
                    .hasSize(2);
        }
        String signalId = api.get(
                        professionals.get(0).signalsPath(), professionals.get(0).token())
                .json()
                .get(0)
                .at("/id")
                .asString();
        assertThat(jdbc.sql("""
                        select count(*) from match_pair where match_case_id =
                          (select match_case_id from match_participant where signal_id = cast(:id as uuid))""").param("id", signalId).query(Integer.class).single())
                .isEqualTo(3);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> professionals.stream().allMatch(p -> mailsTo(p).size() == 2));
    }

    @Test
    void R_MATCH_YOUTH_aRegionCanSuppressMatchesWithinOneOrganisation() {
        String strictRegion = fixtures.region(true);
        Organisation team = fixtures.organisation(strictRegion);
        Professional a = fixtures.professional(team);
        Professional b = fixtures.professional(team);
        Professional c = fixtures.professional(fixtures.organisation(strictRegion));
        String bsn = TestBsns.random();
        register(a, bsn);
        register(b, bsn);
        assertThat(api.get(a.matchesPath(), a.token()).json()).isEmpty();
        register(c, bsn);
        assertThat(api.get(a.matchesPath(), a.token()).json()).hasSize(1);
        assertThat(api.get(c.matchesPath(), c.token()).json()).hasSize(2);
    }

    @Test
    void aSecondRegistrationByTheSameProfessionalReturnsTheExistingSignal() {
        Professional p = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        Response first = register(p, bsn);
        Response again = register(p, bsn);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/result").asString()).isEqualTo("ALREADY_ACTIVE");
        assertThat(again.json().at("/signal/id").asString())
                .isEqualTo(first.json().at("/signal/id").asString());
        assertThat(api.get(p.signalsPath(), p.token()).json()).hasSize(1);
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyReturnsTheFirstResultAndAReusedKeyIsRefused() {
        Professional p = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        Map<String, String> key = Map.of("Idempotency-Key", "ecd-request-1");
        Response first = api.post(p.signalsPath(), p.token(), Api.registration(bsn, BIRTH_DATE), key);
        Response retry = api.post(p.signalsPath(), p.token(), Api.registration(bsn, BIRTH_DATE), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status())
                .as("a replay answers as the first request did")
                .isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().at("/result").asString()).isEqualTo("CREATED");
        assertThat(retry.json().at("/signal/id").asString())
                .isEqualTo(first.json().at("/signal/id").asString());

        Response misuse = api.post(p.signalsPath(), p.token(), Api.registration(TestBsns.random(), BIRTH_DATE), key);
        assertThat(misuse.status()).isEqualTo(409);
        assertThat(misuse.json().at("/code").asString()).isEqualTo("idempotency-key-reused");
        assertThat(api.get(p.signalsPath(), p.token()).json()).hasSize(1);
    }

    @Test
    void aReplayOfARequestThatFoundTheExistingSignalAnswers200AgainAndSaysItIsAReplay() {
        Professional p = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        Response existing = register(p, bsn);
        Map<String, String> key = Map.of("Idempotency-Key", "ecd-request-2");
        Response first = api.post(p.signalsPath(), p.token(), Api.registration(bsn, BIRTH_DATE), key);
        Response retry = api.post(p.signalsPath(), p.token(), Api.registration(bsn, BIRTH_DATE), key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().at("/result").asString()).isEqualTo("ALREADY_ACTIVE");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().at("/result").asString()).isEqualTo("ALREADY_ACTIVE");
        assertThat(retry.json().at("/signal/id").asString())
                .isEqualTo(existing.json().at("/signal/id").asString());
    }

    @Test
    void R_END_R_ARCHIVE_5Y_endingBecauseTheRiskIsGoneArchivesForFiveYearsAndEndsTheMatch() {
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String signalId = register(a, bsn).json().at("/signal/id").asString();
        register(b, bsn);

        Response ended = end(a, signalId, "RISK_GONE");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().at("/outcome").asString()).isEqualTo("ARCHIVED");
        assertThat(ended.json().at("/signal/status").asString()).isEqualTo("ARCHIVED");
        assertThat(LocalDate.parse(ended.json().at("/signal/archivedUntil").asString()))
                .as("five years from the Dutch day it ended, also when that is a day after in UTC")
                .isEqualTo(
                        OffsetDateTime.parse(ended.json().at("/signal/endedAt").asString())
                                .atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
                                .toLocalDate()
                                .plusYears(5));
        assertThat(api.get(b.matchesPath(), b.token()).json())
                .as("an archived signal is in no active match")
                .isEmpty();

        Response twice = end(a, signalId, "RISK_GONE");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().at("/code").asString()).isEqualTo("signal-already-ended");
    }

    @Test
    void R_END_endingAsUnjustifiedDeletesWithoutArchivingAndTakesMatchesAndNoticesWithIt() {
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String signalId = register(a, bsn).json().at("/signal/id").asString();
        register(b, bsn);
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(b).size() == 1);

        Response ended = end(a, signalId, "UNJUSTIFIED");
        assertThat(ended.json().at("/outcome").asString()).isEqualTo("DELETED");
        assertThat(count("signal where id = cast(:id as uuid)", signalId)).isZero();
        assertThat(api.get(a.signalsPath(), a.token()).json()).isEmpty();
        assertThat(api.get(b.matchesPath(), b.token()).json()).isEmpty();
        assertThat(inbox(b))
                .as("the notice about a deleted signal's match goes with it")
                .isEmpty();

        // The last signal on a youth takes the youth record with it.
        String onlySignal =
                register(a, TestBsns.random()).json().at("/signal/id").asString();
        long youth = jdbc.sql("select youth_id from signal where id = cast(:id as uuid)")
                .param("id", onlySignal)
                .query(Long.class)
                .single();
        end(a, onlySignal, "UNJUSTIFIED");
        // this youth only: the background work of earlier tests may add or delete other youths meanwhile
        assertThat(jdbc.sql("select count(*) from youth where id = :youth")
                        .param("youth", youth)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void R_ARCHIVE_HIT_anArchivedSignalIsShownOnceToTheNextProfessionalAndItsOwnProfessionalIsNotTold() {
        Professional earlier = fixtures.professional(fixtures.organisation(region));
        Professional newcomer = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String archived = register(earlier, bsn).json().at("/signal/id").asString();
        end(earlier, archived, "RISK_GONE");

        Response registered = register(newcomer, bsn);
        JsonNode hits = registered.json().at("/archiveHits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).at("/professionalName").asString()).isEqualTo(earlier.name());
        assertThat(registered.body()).doesNotContain("\"" + archived + "\"");

        assertThat(register(newcomer, bsn).json().at("/archiveHits"))
                .as("shown once only")
                .isEmpty();
        assertThat(api.get(newcomer.matchesPath(), newcomer.token()).json()).isEmpty();
        assertThat(inbox(earlier)).isEmpty();
        assertThat(mailsTo(earlier)).isEmpty();

        // An archived signal that expired (R-ACTIVE-2Y) is a hit like one ended because the risk was gone.
        Professional third = fixtures.professional(fixtures.organisation(region));
        jdbc.sql("update signal set end_reason = 'EXPIRED' where id = cast(:id as uuid)")
                .param("id", archived)
                .update();
        assertThat(register(third, bsn).json().at("/archiveHits")).hasSize(1);

        // The earlier professional registering again sees no hit of their own archived signal.
        assertThat(register(earlier, bsn).json().at("/archiveHits")).isEmpty();
    }

    @Test
    void R_VISIBLE_R_NOSEARCH_anotherOrganisationSeesNeitherSignalsNorMatchesAndCannotEndThem() {
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        Organisation outsider = fixtures.organisation(region);
        String bsn = TestBsns.random();
        String signalId = register(a, bsn).json().at("/signal/id").asString();
        register(b, bsn);

        for (String path : List.of(a.signalsPath(), a.matchesPath(), a.inboxPath(), a.signalsPath() + "/" + signalId)) {
            Response response = api.get(path, outsider.token());
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().at("/code").asString()).isEqualTo("professional-not-found");
        }
        Response end =
                api.post(a.signalsPath() + "/" + signalId + "/end", outsider.token(), "{\"reason\":\"UNJUSTIFIED\"}");
        assertThat(end.status()).isEqualTo(404);
        // Acting for one's own professional on someone else's signal id is not found either.
        Professional colleague = fixtures.professional(b.organisation());
        Response foreign =
                api.post(colleague.signalsPath() + "/" + signalId + "/end", b.token(), "{\"reason\":\"UNJUSTIFIED\"}");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().at("/code").asString()).isEqualTo("signal-not-found");
        assertThat(count("signal where id = cast(:id as uuid)", signalId)).isOne();
        // A colleague of the same organisation who has no signal sees no match (R-VISIBLE).
        assertThat(api.get(colleague.matchesPath(), b.token()).json()).isEmpty();
    }

    @Test
    void R_MELDER_R_CATEGORY_onlyAuthorisedProfessionalsRegister() {
        Organisation organisation = fixtures.organisation(region);
        Professional notDesignated = fixtures.professional(organisation, false);
        Professional left = fixtures.professional(organisation);
        fixtures.staff().markLeft(left.id(), LocalDate.now().minusDays(1));
        Professional outsideCovenant = fixtures.professional(fixtures.organisation(null));
        Professional generalPractitioner =
                fixtures.professional(fixtures.organisation(region, "GENERAL_PRACTITIONER"), false);

        assertThat(register(notDesignated, TestBsns.random()).json().at("/code").asString())
                .isEqualTo("professional-not-designated");
        assertThat(register(left, TestBsns.random()).json().at("/code").asString())
                .isEqualTo("professional-left");
        assertThat(register(outsideCovenant, TestBsns.random())
                        .json()
                        .at("/code")
                        .asString())
                .isEqualTo("organisation-not-in-covenant");
        assertThat(register(generalPractitioner, TestBsns.random()).status())
                .as("a GP needs no designation")
                .isEqualTo(201);
    }

    @Test
    void credentialsCanBeRotatedAndRevokedAndAreRefusedAtOnce() {
        Organisation organisation = fixtures.organisation(region);
        Professional p = fixtures.professional(organisation);
        ApiClients clients = context.getBean(ApiClients.class);
        ApiClients.IssuedToken issued = clients.issue(organisation.id(), "tweede koppeling");
        assertThat(api.get(p.signalsPath(), issued.token()).status()).isEqualTo(200);

        ApiClients.IssuedToken rotated = clients.rotate(issued.clientId());
        assertThat(api.get(p.signalsPath(), issued.token()).status()).isEqualTo(401);
        assertThat(api.get(p.signalsPath(), rotated.token()).status()).isEqualTo(200);

        clients.revoke(issued.clientId());
        Response revoked = api.get(p.signalsPath(), rotated.token());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().at("/code").asString()).isEqualTo("invalid-credentials");
        assertThat(api.get(p.signalsPath(), null).json().at("/code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void R_LOGBOOK_registrationEndingNoticesAndReadsOfMatchesAreRecordedWithTheYouthsBlindIndexOnly() {
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String signalId = register(a, bsn).json().at("/signal/id").asString();
        register(b, bsn);
        api.get(a.matchesPath(), a.token());
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(a).size() == 1);
        end(a, signalId, "RISK_GONE");

        Logbook logbook = context.getBean(Logbook.class);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> logbook.entriesForProfessional(a.id().value(), 50).stream()
                        .anyMatch(e -> e.entry().action() == Action.NOTICE_SENT));
        var entries = logbook.entriesForProfessional(a.id().value(), 50);
        assertThat(entries)
                .extracting(e -> e.entry().action())
                .contains(Action.SIGNAL_REGISTERED, Action.MATCHES_VIEWED, Action.NOTICE_SENT, Action.SIGNAL_ENDED);
        byte[] youth = entries.stream()
                .filter(e -> e.entry().action() == Action.SIGNAL_REGISTERED)
                .findFirst()
                .orElseThrow()
                .entry()
                .youthIndex();
        assertThat(youth).hasSize(32);
        assertThat(entries)
                .filteredOn(e -> e.entry().action() == Action.MATCHES_VIEWED)
                .allSatisfy(e -> assertThat(e.entry().youthIndex()).isEqualTo(youth));
        assertThat(entries).allSatisfy(e -> assertThat(e.entry().actor().id()).isNotBlank());
    }

    @Test
    void R_DATA_R_GROUNDS_aSignalHoldsOnlyWhatTheLawListsAndNoReasonCanBeGiven() {
        // The signal table: youth, professional (and organisation, covenant), registration moment, end date,
        // the confirmation of the grounds and lifecycle state. No column for a reason, risk, note or content.
        List<String> columns = jdbc.sql(
                        "select column_name from information_schema.columns where table_name = 'signal'")
                .query(String.class)
                .list();
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "id",
                        "youth_id",
                        "professional_id",
                        "organisation_id",
                        "region_code",
                        "grounds_confirmed",
                        "registered_at",
                        "active_until",
                        "status",
                        "ended_at",
                        "end_reason",
                        "archived_until",
                        "reminded_for",
                        // R-INFORM: when the match reminder to inform went, a moment and no reason
                        "inform_reminded_at",
                        // Issue 18: the name of the system a signal was imported from, no reason and no person
                        "imported_from");
        Professional p = fixtures.professional(fixtures.organisation(region));
        Response withReason = api.post(
                p.signalsPath(),
                p.token(),
                "{\"bsn\":\"" + TestBsns.random() + "\",\"birthDate\":\"" + BIRTH_DATE
                        + "\",\"groundsConfirmed\":true,\"ground\":\"b\"}");
        assertThat(withReason.status()).isEqualTo(400);
        assertThat(withReason.json().at("/code").asString()).isEqualTo("unknown-field");
        Response notWeighed = api.post(
                p.signalsPath(),
                p.token(),
                "{\"bsn\":\"" + TestBsns.random() + "\",\"birthDate\":\"" + BIRTH_DATE
                        + "\",\"groundsConfirmed\":false}");
        assertThat(notWeighed.json().at("/code").asString()).isEqualTo("grounds-not-confirmed");
    }

    private Response register(Professional p, String bsn) {
        return api.post(p.signalsPath(), p.token(), Api.registration(bsn, BIRTH_DATE));
    }

    private Response end(Professional p, String signalId, String reason) {
        return api.post(p.signalsPath() + "/" + signalId + "/end", p.token(), "{\"reason\":\"" + reason + "\"}");
    }

    private List<JsonNode> inbox(Professional p) {
        List<JsonNode> items = new java.util.ArrayList<>();
        api.get(p.inboxPath(), p.token()).json().forEach(items::add);
        return items;
    }

    private List<InProcessMailServer.ReceivedMail> mailsTo(Professional p) {
        return mailServer.received().stream()
                .filter(m -> m.to().equals(p.email()))
                .toList();
    }

    private int count(String fromWhere, String id) {
        return jdbc.sql("select count(*) from " + fromWhere)
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
