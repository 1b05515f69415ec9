// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verwijsindex.demo.PartyCa;
import org.verwijsindex.national.client.NationalIndexRefused;
import org.verwijsindex.national.client.SignalReport;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.SignalState;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;
import org.verwijsindex.pseudonym.protocol.PseudonymInput;
import org.verwijsindex.pseudonym.protocol.SealedEvaluation;

import tools.jackson.databind.json.JsonMapper;

/**
 * R-NATIONAL: every bad input at the hub is refused with problem details, a stable code and a Dutch message, nothing
 * is stored and nothing is answered with a 500; a certificate of another CA gets no connection, an unlisted region
 * gets 403. The refusals are logged by region, reference and outcome, never with a blind or a sealed evaluation.
 */
class HubRefusalsTest {

    private static final String BSN = "999990019";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static NationalParties parties;
    private static String region;
    private static SSLContext tls;

    @BeforeAll
    static void start() throws IOException {
        parties = NationalParties.shared();
        region = parties.freshRegion();
        tls = parties.tls(region);
    }

    @Test
    void R_NATIONAL_anUnlistedRegionGets403AndACertificateOfAnotherCaNoConnection() throws Exception {
        HttpResponse<String> stranger = put(parties.tls("stranger"), "v1/signals/s1", signal(valid(), 1));
        assertProblem(stranger, 403, "unknown-party");

        SSLContext forged = PartyCa.clientContext(new PartyCa("Another CA").party(region), parties.ca.certificate());
        assertThatThrownBy(() -> put(forged, "v1/signals/s1", signal(valid(), 1)))
                .isInstanceOf(IOException.class);
        SSLContext anonymous = PartyCa.clientContext(null, parties.ca.certificate());
        assertThatThrownBy(() -> put(anonymous, "v1/signals/s1", signal(valid(), 1)))
                .isInstanceOf(IOException.class);

        // Through the client: the pseudonym service refuses the stranger first, and says why.
        SignalReport report = new SignalReport(
                "s1",
                UUID.randomUUID(),
                1,
                SignalState.ACTIVE,
                BSN,
                List.of(),
                null,
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2028, 1, 5),
                null,
                new ContactCard("P", "O", null, null, null));
        assertThatThrownBy(() -> parties.client("stranger").report(report))
                .isInstanceOfSatisfying(NationalIndexRefused.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("unknown-party");
                })
                .hasMessageNotContaining(BSN);
        assertNothingStored();
    }

    @Test
    void R_NATIONAL_malformedOrIncompleteMessagesAreRefusedWith400() throws Exception {
        assertProblem(put(tls, "v1/signals/s1", "{not json"), 400, "invalid-request");
        assertProblem(put(tls, "v1/signals/s1", "[]"), 400, "invalid-request");
        Map<String, Object> noYouth = signal(valid(), 1);
        noYouth.remove("youth");
        assertProblem(put(tls, "v1/signals/s1", noYouth), 400, "invalid-request");
        Map<String, Object> badState = signal(valid(), 1);
        badState.put("state", "MAYBE");
        assertProblem(put(tls, "v1/signals/s1", badState), 400, "invalid-request");
        Map<String, Object> noCard = signal(valid(), 1);
        noCard.put("professional", Map.of("name", ""));
        assertProblem(put(tls, "v1/signals/s1", noCard), 400, "invalid-request");
        Map<String, Object> threeParents = signal(valid(), 1);
        threeParents.put("parents", List.of(valid(), valid(), valid()));
        assertProblem(put(tls, "v1/signals/s1", threeParents), 400, "invalid-request");

        assertProblem(put(tls, "v1/signals/" + "x".repeat(81), signal(valid(), 1)), 400, "invalid-signal-ref");
        assertProblem(put(tls, "v1/signals/bad%20ref", signal(valid(), 1)), 400, "invalid-signal-ref");
        assertProblem(
                send(
                        tls,
                        "v1/signals/s1/forget",
                        "POST",
                        "{\"messageId\":\"" + UUID.randomUUID() + "\",\"sequence\":1,\"ruleId\":\"because\"}"),
                400,
                "invalid-request");
        assertProblem(send(tls, "v1/inbox?limit=0", "GET", null), 400, "invalid-inbox-query");
        assertProblem(send(tls, "v1/inbox?after=-1", "GET", null), 400, "invalid-inbox-query");
        assertProblem(send(tls, "v1/inbox?after=abc", "GET", null), 400, "invalid-inbox-query");
        assertProblem(
                put(tls, "v1/region/municipalities", Map.of("municipalityCodes", List.of("no such code!"))),
                400,
                "invalid-request");
        HttpResponse<String> text = parties.send(
                tls,
                HttpRequest.newBuilder(parties.hubUri().resolve("v1/signals/s1"))
                        .header("Content-Type", "text/plain")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(signal(valid(), 1))))
                        .build());
        assertProblem(text, 415, "unsupported-media-type");
        assertNothingStored();
    }

    @Test
    void R_NOSEARCH_R_NATIONAL_theHubHasNoSearchAndNoWayToReadASignalBack() throws Exception {
        assertProblem(send(tls, "v1/search?bsn=" + BSN, "GET", null), 404, "not-found");
        assertProblem(send(tls, "v1/signals/s1", "GET", null), 404, "not-found");
        assertNothingStored();
    }

    @Test
    void R_NATIONAL_anOversizedBodyIsRefusedWith413() throws Exception {
        Map<String, Object> huge = signal(valid(), 1);
        huge.put("professional", Map.of("name", "x".repeat(20_000), "organisation", "O"));
        assertProblem(put(tls, "v1/signals/s1", huge), 413, "payload-too-large");
        // Without a declared length (chunked), refused while it is read.
        byte[] body = JSON.writeValueAsBytes(huge);
        HttpResponse<String> chunked = parties.send(
                tls,
                HttpRequest.newBuilder(parties.hubUri().resolve("v1/signals/s1"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build());
        assertProblem(chunked, 413, "payload-too-large");
        assertNothingStored();
    }

    @Test
    void R_NATIONAL_aSealedEvaluationThatDoesNotOpenIsForAnotherRecipientOrHasExpiredIsRefusedWith422()
            throws Exception {
        Oprf.Blinded blinded = PseudonymInput.blindBsn(BSN);
        byte[] evaluated = Oprf.blindEvaluate(parties.oprfKey, blinded.blindedElement());
        Instant later = Instant.now().plus(5, ChronoUnit.MINUTES);
        String blind = b64(blinded.blind());

        Map<String, String> garbage = Map.of("sealedEvaluation", b64(new byte[120]), "blind", blind);
        assertProblem(put(tls, "v1/signals/s1", signal(garbage, 1)), 422, "invalid-sealed-evaluation");
        Map<String, String> toAnother = pseudonym(new SealedEvaluation("another-hub", 1, later, evaluated), blind);
        assertProblem(put(tls, "v1/signals/s1", signal(toAnother, 1)), 422, "invalid-sealed-evaluation");
        Map<String, String> otherKey = Map.of(
                "sealedEvaluation",
                b64(new SealedEvaluation(NationalParties.HUB, 1, later, evaluated)
                        .sealTo(SealedBox.generateKeyPair().publicKey())),
                "blind",
                blind);
        assertProblem(put(tls, "v1/signals/s1", signal(otherKey, 1)), 422, "invalid-sealed-evaluation");
        Map<String, String> version2 = pseudonym(new SealedEvaluation(NationalParties.HUB, 2, later, evaluated), blind);
        assertProblem(put(tls, "v1/signals/s1", signal(version2, 1)), 422, "invalid-sealed-evaluation");
        // Docs/adr/0045: a version-2 evaluation sealed to version 1's key (the service before per-version sealing
        // keys) does not open with version 2's pair, and the hub tries no other version's.
        Map<String, String> version2ToKey1 =
                pseudonym(new SealedEvaluation(NationalParties.HUB, 2, later, evaluated), blind);
        assertProblem(put(tls, "v1/signals/s1", signal(version2ToKey1, 2)), 422, "invalid-sealed-evaluation");
        Map<String, String> version1ToKey2 = Map.of(
                "sealedEvaluation",
                b64(new SealedEvaluation(NationalParties.HUB, 1, later, evaluated)
                        .sealTo(parties.hubSeal2.publicKey())),
                "blind",
                blind);
        assertProblem(put(tls, "v1/signals/s1", signal(version1ToKey2, 1)), 422, "invalid-sealed-evaluation");
        Instant past = Instant.now().minus(1, ChronoUnit.MINUTES);
        Map<String, String> expired = pseudonym(new SealedEvaluation(NationalParties.HUB, 1, past, evaluated), blind);
        assertProblem(put(tls, "v1/signals/s1", signal(expired, 1)), 422, "sealed-evaluation-expired");
        assertProblem(put(tls, "v1/signals/s1", signal(valid(), 7)), 422, "unknown-key-version");
        assertProblem(
                put(tls, "v1/signals/s1", signal(Map.of("sealedEvaluation", "not base64!", "blind", blind), 1)),
                422,
                "invalid-sealed-evaluation");
        assertNothingStored();
    }

    @Test
    void R_NATIONAL_aBlindOrElementThatIsNoScalarOrGroupElementIsRefusedWith422() throws Exception {
        Oprf.Blinded blinded = PseudonymInput.blindBsn(BSN);
        byte[] evaluated = Oprf.blindEvaluate(parties.oprfKey, blinded.blindedElement());
        Instant later = Instant.now().plus(5, ChronoUnit.MINUTES);
        byte[] allOnes = new byte[32];
        Arrays.fill(allOnes, (byte) 0xff);
        String sealed =
                b64(new SealedEvaluation(NationalParties.HUB, 1, later, evaluated).sealTo(parties.hubSeal.publicKey()));
        for (String blind : List.of(b64(allOnes), b64(new byte[32]), b64(new byte[31]), "not base64!")) {
            Map<String, String> bad = Map.of("sealedEvaluation", sealed, "blind", blind);
            assertProblem(put(tls, "v1/signals/s1", signal(bad, 1)), 422, "invalid-blind");
        }
        // A box that opens but holds no group element: only a forger with the hub's public key could make it.
        for (byte[] element : List.of(allOnes, new byte[32])) {
            Map<String, String> bad =
                    Map.of("sealedEvaluation", b64(sealRaw(later, element)), "blind", b64(blinded.blind()));
            assertProblem(put(tls, "v1/signals/s1", signal(bad, 1)), 422, "invalid-element");
        }
        // And in a parent's place, too: nothing of the signal is stored when one pseudonym of it is bad.
        Map<String, Object> badParent = signal(valid(), 1);
        badParent.put("parents", List.of(valid(), Map.of("sealedEvaluation", sealed, "blind", b64(allOnes))));
        assertProblem(put(tls, "v1/signals/s1", badParent), 422, "invalid-blind");
        assertNothingStored();
    }

    @Test
    void R_NATIONAL_refusalsAreLoggedByRegionAndOutcomeWithoutBlindsOrSealedEvaluations() throws Exception {
        Map<String, String> pseudonym = valid();
        Map<String, Object> expiredVersion = signal(pseudonym, 9);
        assertProblem(put(tls, "v1/signals/logged", expiredVersion), 422, "unknown-key-version");

        assertThat(parties.logLines())
                .anyMatch(line -> line.contains("region=" + region)
                        && line.contains("signalRef=logged")
                        && line.contains("keyVersion=9")
                        && line.contains("outcome=unknown-key-version"));
        assertThat(parties.logLines())
                .noneMatch(line -> line.contains(pseudonym.get("blind"))
                        || line.contains(pseudonym.get("sealedEvaluation"))
                        || line.contains(BSN));
    }

    @Test
    void R_NATIONAL_theHubStartsNoneOfTheRegionalIndexsParts() {
        assertThat(parties.hub().getBeanNamesForType(DataSource.class)).hasSize(1);
        assertThat(parties.hub().getBeanDefinitionNames())
                .noneMatch(name -> name.toLowerCase().contains("modulith")
                        || name.toLowerCase().contains("session")
                        || name.toLowerCase().contains("mail")
                        || name.toLowerCase().contains("scheduler")
                        || name.startsWith("nl.verwijsindex"));
        assertThat(parties.hubDatabase()
                        .sql("select count(*) from information_schema.tables where table_schema = 'public'")
                        .query(Integer.class)
                        .single())
                .as("the hub's tables are in its own schema")
                .isZero();
    }

    /** The hub stored nothing for the region: no signal, no message id, no delivery. */
    private static void assertNothingStored() {
        for (String table : List.of(
                "signal",
                "signal_youth",
                "signal_parent",
                "seen_message",
                "delivery",
                "forget_proof",
                "region_municipality")) {
            assertThat(parties.hubDatabase()
                            .sql("select count(*) from hub." + table + " where region = :region")
                            .param("region", region)
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("type").asString()).isEqualTo("urn:verwijsindex:problem:" + code);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    /** A sealed pseudonym as the service would make it for this BSN. */
    private static Map<String, String> valid() {
        Oprf.Blinded blinded = PseudonymInput.blindBsn(BSN);
        byte[] evaluated = Oprf.blindEvaluate(parties.oprfKey, blinded.blindedElement());
        return pseudonym(
                new SealedEvaluation(NationalParties.HUB, 1, Instant.now().plus(5, ChronoUnit.MINUTES), evaluated),
                b64(blinded.blind()));
    }

    private static Map<String, String> pseudonym(SealedEvaluation evaluation, String blind) {
        return Map.of("sealedEvaluation", b64(evaluation.sealTo(parties.hubSeal.publicKey())), "blind", blind);
    }

    /** SealedEvaluation's plaintext format with any 32 bytes as the element, sealed to the hub. */
    private static byte[] sealRaw(Instant expiresAt, byte[] element) {
        byte[] name = NationalParties.HUB.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer plain = ByteBuffer.allocate(1 + 8 + 4 + 1 + name.length + 32);
        plain.put((byte) 1)
                .putLong(expiresAt.getEpochSecond())
                .putInt(1)
                .put((byte) name.length)
                .put(name)
                .put(element);
        return SealedBox.seal(plain.array(), parties.hubSeal.publicKey());
    }

    private static Map<String, Object> signal(Map<String, String> youth, int keyVersion) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messageId", UUID.randomUUID().toString());
        message.put("sequence", 1);
        message.put("keyVersion", keyVersion);
        message.put("state", "ACTIVE");
        message.put("youth", youth);
        message.put("parents", List.of());
        message.put("municipalityCode", "0363");
        message.put("registeredOn", "2026-01-05");
        message.put("activeUntil", "2028-01-05");
        message.put("professional", Map.of("name", "P. de Vries", "organisation", "Jeugdteam"));
        return message;
    }

    private static HttpResponse<String> put(SSLContext client, String path, Object body)
            throws IOException, InterruptedException {
        return send(client, path, "PUT", body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    private static HttpResponse<String> send(SSLContext client, String path, String method, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(parties.hubUri().resolve(path)).header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return parties.send(client, request.build());
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
