// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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

/**
 * Bad input gets a clear error and changes nothing: a problem-details response with a stable code and a
 * Dutch title and detail, never a 500, never a partial write.
 */
@IntegrationTest
class BadInputTest {

    private static final String CHILD = LocalDate.now().minusYears(8).toString();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Fixtures fixtures;
    String region;
    Organisation organisation;
    Professional professional;
    /** The organisations of this test, whose rows {@link #counts()} counts. */
    List<UUID> organisations;
    /** The highest youth id before the test: {@link #counts()} counts the youths made since. */
    long lastYouthBefore;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
        region = fixtures.region(false);
        organisation = fixtures.organisation(region);
        professional = fixtures.professional(organisation);
        organisations = new ArrayList<>(List.of(organisation.id().value()));
        lastYouthBefore = jdbc.sql("select coalesce(max(id), 0) from youth")
                .query(Long.class)
                .single();
    }

    @Test
    void everyKindOfBadRegistrationIsRefusedWithItsOwnCodeAndWritesNothing() {
        String bsn = TestBsns.random();
        String future = LocalDate.now().plusDays(1).toString();
        String turned23Today = LocalDate.now().minusYears(23).toString();
        record Case(String name, Function<Professional, Response> request, int status, String code) {}
        Professional notDesignated = fixtures.professional(organisation, false);
        Professional left = fixtures.professional(organisation);
        fixtures.staff().markLeft(left.id(), LocalDate.now());
        Professional withoutCovenant = fixtures.professional(fixtures.organisation(null));
        Organisation twoRegions = fixtures.organisation(region);
        fixtures.covenants()
                .joinCovenant(
                        twoRegions.id(), fixtures.region(false), LocalDate.now().minusDays(1));
        Professional inTwoRegions = fixtures.professional(twoRegions);
        Professional ofAnotherOrganisation = fixtures.professional(fixtures.organisation(region));
        organisations.addAll(List.of(
                withoutCovenant.organisation().id().value(),
                twoRegions.id().value(),
                ofAnotherOrganisation.organisation().id().value()));

        List<Case> cases = List.of(
                new Case("malformed JSON", p -> post(p, "{\"bsn\": \"" + bsn + "\", "), 400, "malformed-json"),
                new Case("empty body", p -> post(p, ""), 400, "malformed-json"),
                new Case("an array instead of an object", p -> post(p, "[]"), 400, "malformed-json"),
                new Case(
                        "unknown field",
                        p -> post(
                                p,
                                "{\"bsn\":\"" + bsn + "\",\"birthDate\":\"" + CHILD
                                        + "\",\"groundsConfirmed\":true,\"reason\":\"zorgen thuis\"}"),
                        400,
                        "unknown-field"),
                new Case("missing fields", p -> post(p, "{}"), 400, "validation-failed"),
                new Case("impossible date", p -> post(p, Api.registration(bsn, "2015-13-40")), 400, "invalid-field"),
                new Case(
                        "grounds as text",
                        p -> post(
                                p,
                                "{\"bsn\":\"" + bsn + "\",\"birthDate\":\"" + CHILD
                                        + "\",\"groundsConfirmed\":\"ja\"}"),
                        400,
                        "invalid-field"),
                new Case(
                        "issue 13: a BSN as a number",
                        // as JSON writes a number: without leading zeros, which JSON does not allow
                        p -> post(
                                p,
                                "{\"bsn\":" + Long.parseLong(bsn) + ",\"birthDate\":\"" + CHILD
                                        + "\",\"groundsConfirmed\":true}"),
                        400,
                        "invalid-field"),
                new Case(
                        "issue 13: a birth date as days after 1970",
                        p -> post(p, "{\"bsn\":\"" + bsn + "\",\"birthDate\":15000,\"groundsConfirmed\":true}"),
                        400,
                        "invalid-field"),
                new Case(
                        "issue 13: a birth date as a number like 20120314",
                        p -> post(p, "{\"bsn\":\"" + bsn + "\",\"birthDate\":20120314,\"groundsConfirmed\":true}"),
                        400,
                        "invalid-field"),
                new Case(
                        "issue 13: a birth date without dashes",
                        p -> post(p, Api.registration(bsn, "20120314")),
                        400,
                        "invalid-field"),
                new Case(
                        "issue 13: a birth date with a time",
                        p -> post(p, Api.registration(bsn, CHILD + "T00:00:00")),
                        400,
                        "invalid-field"),
                new Case(
                        "issue 13: grounds as the number 1",
                        p -> post(
                                p, "{\"bsn\":\"" + bsn + "\",\"birthDate\":\"" + CHILD + "\",\"groundsConfirmed\":1}"),
                        400,
                        "invalid-field"),
                new Case(
                        "issue 13: a field twice",
                        p -> post(
                                p,
                                "{\"bsn\":\"" + bsn + "\",\"bsn\":\"" + TestBsns.random() + "\",\"birthDate\":\""
                                        + CHILD + "\",\"groundsConfirmed\":true}"),
                        400,
                        "duplicate-field"),
                new Case(
                        "grounds not confirmed",
                        p -> post(
                                p,
                                "{\"bsn\":\"" + bsn + "\",\"birthDate\":\"" + CHILD + "\",\"groundsConfirmed\":false}"),
                        422,
                        "grounds-not-confirmed"),
                new Case(
                        "BSN failing the elfproef",
                        p -> post(p, Api.registration("123456789", CHILD)),
                        422,
                        "invalid-bsn"),
                new Case("BSN too short", p -> post(p, Api.registration("12345678", CHILD)), 422, "invalid-bsn"),
                new Case("BSN with letters", p -> post(p, Api.registration("12345678a", CHILD)), 422, "invalid-bsn"),
                new Case(
                        "BSN far too long",
                        p -> post(p, Api.registration("1".repeat(40), CHILD)),
                        400,
                        "validation-failed"),
                new Case("R-YOUTH: 23 today", p -> post(p, Api.registration(bsn, turned23Today)), 422, "youth-too-old"),
                new Case(
                        "R-YOUTH: born in the future",
                        p -> post(p, Api.registration(bsn, future)),
                        422,
                        "birth-date-in-future"),
                new Case(
                        "R-MELDER: not designated",
                        p -> post(notDesignated, Api.registration(bsn, CHILD)),
                        403,
                        "professional-not-designated"),
                new Case("R-MELDER: left", p -> post(left, Api.registration(bsn, CHILD)), 403, "professional-left"),
                new Case(
                        "R-MELDER: no covenant",
                        p -> post(withoutCovenant, Api.registration(bsn, CHILD)),
                        403,
                        "organisation-not-in-covenant"),
                new Case(
                        "two covenants, no region",
                        p -> post(inTwoRegions, Api.registration(bsn, CHILD)),
                        422,
                        "region-required"),
                new Case(
                        "a region outside the covenants",
                        p -> post(
                                p,
                                "{\"bsn\":\"" + bsn + "\",\"birthDate\":\"" + CHILD
                                        + "\",\"groundsConfirmed\":true,\"regionCode\":\"elders\"}"),
                        422,
                        "region-not-in-covenant"),
                new Case(
                        "another organisation's professional",
                        p -> api.post(ofAnotherOrganisation.signalsPath(), p.token(), Api.registration(bsn, CHILD)),
                        404,
                        "professional-not-found"),
                new Case(
                        "an unknown professional",
                        p -> api.post(
                                "/api/v1/professionals/" + java.util.UUID.randomUUID() + "/signals",
                                p.token(),
                                Api.registration(bsn, CHILD)),
                        404,
                        "professional-not-found"),
                new Case(
                        "a professional id that is no id",
                        p -> api.post(
                                "/api/v1/professionals/999990019/signals", p.token(), Api.registration(bsn, CHILD)),
                        400,
                        "invalid-parameter"),
                new Case(
                        "wrong content type",
                        p -> api.send(api.request(p.signalsPath(), p.token())
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString(Api.registration(bsn, CHILD)))
                                .build()),
                        415,
                        "unsupported-media-type"),
                new Case(
                        "oversized payload",
                        p -> post(p, "{\"bsn\":\"" + bsn + "\",\"pad\":\"" + "x".repeat(20_000) + "\"}"),
                        413,
                        "payload-too-large"),
                new Case(
                        "oversized payload without a length",
                        p -> api.send(api.request(p.signalsPath(), p.token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                                        ("{\"bsn\":\"" + "9".repeat(40_000) + "\"}").getBytes())))
                                .build()),
                        413,
                        "payload-too-large"),
                new Case(
                        "invalid idempotency key",
                        p -> api.post(
                                p.signalsPath(),
                                p.token(),
                                Api.registration(bsn, CHILD),
                                Map.of("Idempotency-Key", "spaties mogen niet")),
                        422,
                        "invalid-idempotency-key"),
                new Case(
                        "no credentials",
                        p -> api.post(p.signalsPath(), null, Api.registration(bsn, CHILD)),
                        401,
                        "unauthenticated"),
                new Case(
                        "wrong credentials",
                        p -> api.post(p.signalsPath(), organisation.token() + "x", Api.registration(bsn, CHILD)),
                        401,
                        "invalid-credentials"),
                new Case(
                        "not a bearer token",
                        p -> api.send(api.request(p.signalsPath(), null)
                                .header("Authorization", "Basic YTpi")
                                .GET()
                                .build()),
                        401,
                        "invalid-credentials"),
                new Case(
                        "wrong method",
                        p -> api.send(
                                api.request(p.signalsPath(), p.token()).DELETE().build()),
                        405,
                        "method-not-allowed"),
                new Case("unknown address", p -> api.get("/api/v1/nothing-here", p.token()), 404, "not-found"));

        Map<String, Integer> before = counts();
        for (Case c : cases) {
            Response response = c.request().apply(professional);
            assertThat(response.status()).as(c.name() + ": " + response).isEqualTo(c.status());
            assertProblem(response, c.code(), c.name());
            assertThat(response.body()).as(c.name() + " never echoes the BSN").doesNotContain(bsn);
        }
        assertThat(counts()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void badEndingsAreRefusedAndChangeNothing() {
        String signalId = post(professional, Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        String endPath = professional.signalsPath() + "/" + signalId + "/end";
        Professional colleague = fixtures.professional(organisation);
        Map<String, Integer> before = counts();

        Response unknownReason = api.post(endPath, professional.token(), "{\"reason\":\"VERHUISD\"}");
        assertThat(unknownReason.status()).isEqualTo(400);
        assertProblem(unknownReason, "invalid-field", "unknown reason");
        Response expired = api.post(endPath, professional.token(), "{\"reason\":\"EXPIRED\"}");
        assertThat(expired.status()).as("only the index lets a signal expire").isEqualTo(422);
        assertProblem(expired, "end-reason-not-allowed", "expired by hand");
        Response noReason = api.post(endPath, professional.token(), "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertProblem(noReason, "validation-failed", "no reason");
        Response someoneElses = api.post(
                colleague.signalsPath() + "/" + signalId + "/end", professional.token(), "{\"reason\":\"RISK_GONE\"}");
        assertThat(someoneElses.status()).isEqualTo(404);
        assertProblem(someoneElses, "signal-not-found", "someone else's signal");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("select status from signal where id = cast(:id as uuid)")
                        .param("id", signalId)
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVE");

        assertThat(api.post(endPath, professional.token(), "{\"reason\":\"RISK_GONE\"}")
                        .status())
                .isEqualTo(200);
        Response twice = api.post(endPath, professional.token(), "{\"reason\":\"UNJUSTIFIED\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertProblem(twice, "signal-already-ended", "ending twice");
        assertThat(jdbc.sql("select status from signal where id = cast(:id as uuid)")
                        .param("id", signalId)
                        .query(String.class)
                        .single())
                .as("the archived signal was not deleted by the second ending")
                .isEqualTo("ARCHIVED");
    }

    static void assertProblem(Response response, String code, String name) {
        assertThat(response.header("Content-Type")).as(name).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asString()).as(name).isEqualTo(code);
        assertThat(response.json().at("/type").asString()).as(name).isEqualTo("urn:verwijsindex:problem:" + code);
        assertThat(response.json().at("/title").asString())
                .as(name)
                .isIn(
                        "Ongeldig verzoek",
                        "Niet aangemeld",
                        "Niet toegestaan",
                        "Niet gevonden",
                        "Conflict met de huidige stand",
                        "Verzoek te groot",
                        "Verkeerd formaat",
                        "Niet verwerkt",
                        "Methode niet toegestaan");
        assertThat(response.json().at("/detail").asString()).as(name).isNotBlank();
    }

    private Response post(Professional p, String json) {
        return api.post(p.signalsPath(), p.token(), json);
    }

    /**
     * What a bad request could have half-written, counted over this test's organisations and the youths made since
     * it began: whole tables would also count what the background work of earlier tests does meanwhile (a person
     * check's family match, a youth's death).
     */
    private Map<String, Integer> counts() {
        UUID[] ours = organisations.toArray(UUID[]::new);
        return Map.of(
                "signal",
                ofOurs("select count(*) from signal where organisation_id = any(:orgs)", ours),
                "youth",
                jdbc.sql("select count(*) from youth where id > :last")
                        .param("last", lastYouthBefore)
                        .query(Integer.class)
                        .single(),
                "signal_idempotency",
                ofOurs("select count(*) from signal_idempotency where organisation_id = any(:orgs)", ours),
                "match_pair",
                ofOurs("""
                        select count(*) from match_pair mp
                        where exists (select 1 from signal s where s.id in (mp.signal_a, mp.signal_b)
                                                               and s.organisation_id = any(:orgs))""", ours),
                "logbook of this professional",
                jdbc.sql("select count(*) from logbook_entry where professional_id = :p")
                        .param("p", professional.id().value())
                        .query(Integer.class)
                        .single());
    }

    private int ofOurs(String sql, UUID[] organisations) {
        return jdbc.sql(sql).param("orgs", organisations).query(Integer.class).single();
    }
}
