// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.verwijsindex.demo.PartyCa;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;
import org.verwijsindex.pseudonym.protocol.PseudonymInput;
import org.verwijsindex.pseudonym.protocol.RecipientPseudonym;
import org.verwijsindex.pseudonym.protocol.SealedEvaluation;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R-NATIONAL: the pseudonym service on its own, over mutual TLS on a random port, in its own application context
 * (no database, none of the regional modules). A region blinds, the service evaluates with the recipient's key and
 * seals to the recipient, the recipient opens, unblinds and keys: the same pseudonym whatever the blind, and the one
 * the key gives directly. Bad input is refused with a problem code, and the logs hold no BSN and no element.
 */
class PseudonymServiceTest {

    private static final String HUB = "national-index";
    private static final String REGION = "region-a";
    private static final String BSN = "999990019";
    /** Evaluations per caller per hour in this test: above what the other tests ask of region A. */
    private static final int LIMIT = 50;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static ConfigurableApplicationContext service;
    private static URI evaluate;
    private static PartyCa ca;
    private static SSLContext region;
    private static final byte[] OPRF_KEY_V1 = Oprf.randomSecretKey();
    private static final byte[] OPRF_KEY_V2 = Oprf.randomSecretKey();
    private static final SealedBox.KeyPair HUB_SEAL_KEYS = SealedBox.generateKeyPair();
    /** Version 2's own sealing key pair (docs/adr/0045). */
    private static final SealedBox.KeyPair HUB_SEAL_KEYS_V2 = SealedBox.generateKeyPair();

    private static final byte[] HUB_HMAC_KEY = Oprf.randomSecretKey();
    private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

    @BeforeAll
    static void start() throws Exception {
        ca = new PartyCa("Verwijsindex test CA");
        PartyCa.Issued server = ca.server("pseudonym-service");
        Path certificate = PartyCa.writePem(dir.resolve("server.pem"), server.certificate());
        Path privateKey = PartyCa.writePrivateKeyPem(
                dir.resolve("server-key.pem"), server.keys().getPrivate());
        Path clientCa = PartyCa.writePem(dir.resolve("ca.pem"), ca.certificate());
        Path keys = Files.writeString(
                dir.resolve("keys.properties"),
                String.join(
                        "\n",
                        "recipient." + HUB + ".seal-public-key.1=" + b64(HUB_SEAL_KEYS.publicKey()),
                        "recipient." + HUB + ".seal-public-key.2=" + b64(HUB_SEAL_KEYS_V2.publicKey()),
                        "recipient." + HUB + ".oprf-key.1=" + b64(OPRF_KEY_V1),
                        "recipient." + HUB + ".oprf-key.2=" + b64(OPRF_KEY_V2)));
        region = PartyCa.clientContext(ca.party(REGION), ca.certificate());

        service = PseudonymServiceApplication.application()
                .run(
                        "--server.port=0",
                        "--spring.ssl.bundle.pem.pseudonym.keystore.certificate=" + certificate.toUri(),
                        "--spring.ssl.bundle.pem.pseudonym.keystore.private-key=" + privateKey.toUri(),
                        "--spring.ssl.bundle.pem.pseudonym.truststore.certificate=" + clientCa.toUri(),
                        "--verwijsindex.pseudonym.keys-file=" + keys,
                        "--verwijsindex.pseudonym.callers=" + REGION + ",region-b," + HUB,
                        "--verwijsindex.pseudonym.evaluations-per-caller=" + LIMIT);
        // After the start: Spring Boot's logging system resets the appenders while it starts.
        LOGS.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(LOGS);
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        evaluate = URI.create("https://localhost:" + port + "/v1/evaluate");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(LOGS);
    }

    @Test
    void R_NATIONAL_theRecipientOpensUnblindsAndKeysTheSamePseudonymWhateverTheBlind() throws Exception {
        byte[] input = PseudonymInput.forBsn(BSN);
        byte[] expected =
                RecipientPseudonym.keyed(HUB_HMAC_KEY, 1, Oprf.blindEvaluate(OPRF_KEY_V1, Oprf.hashToGroup(input)));

        for (int i = 0; i < 2; i++) {
            Oprf.Blinded blinded = Oprf.blind(input);
            HttpResponse<String> response = post(region, body(HUB, 1, b64(blinded.blindedElement())));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode answer = JSON.readTree(response.body());
            assertThat(answer.get("recipient").asString()).isEqualTo(HUB);
            assertThat(answer.get("keyVersion").asInt()).isEqualTo(1);

            byte[] sealed =
                    Base64.getDecoder().decode(answer.get("sealedEvaluation").asString());
            SealedEvaluation opened = SealedEvaluation.open(sealed, HUB_SEAL_KEYS, HUB, Clock.systemUTC());
            assertThat(RecipientPseudonym.derive(HUB_HMAC_KEY, opened, blinded.blind()))
                    .isEqualTo(expected);
        }
    }

    @Test
    void R_NATIONAL_theRegionCannotOpenTheSealedEvaluationNorCanAnotherRecipient() throws Exception {
        Oprf.Blinded blinded = PseudonymInput.blindBsn(BSN);
        HttpResponse<String> response = post(region, body(HUB, 2, b64(blinded.blindedElement())));
        byte[] sealed = Base64.getDecoder()
                .decode(JSON.readTree(response.body()).get("sealedEvaluation").asString());

        assertThatThrownBy(() -> SealedEvaluation.open(sealed, SealedBox.generateKeyPair(), HUB, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SealedEvaluation.open(sealed, HUB_SEAL_KEYS_V2, "another-hub", Clock.systemUTC()))
                .hasMessageContaining("another recipient");
        assertThatThrownBy(() -> SealedEvaluation.open(sealed, HUB_SEAL_KEYS, HUB, Clock.systemUTC()))
                .as("sealed to version 2's key, so version 1's secret sealing key does not open it (docs/adr/0045)")
                .isInstanceOf(IllegalArgumentException.class);
        // Key version 2 is another key: another pseudonym.
        SealedEvaluation opened = SealedEvaluation.open(sealed, HUB_SEAL_KEYS_V2, HUB, Clock.systemUTC());
        assertThat(opened.keyVersion()).isEqualTo(2);
        assertThat(Oprf.unblind(blinded.blind(), opened.evaluatedElement()))
                .isEqualTo(Oprf.blindEvaluate(OPRF_KEY_V2, Oprf.hashToGroup(PseudonymInput.forBsn(BSN))));
    }

    @Test
    void R_NATIONAL_anElementThatIsNoGroupElementIsRefusedWith400() throws Exception {
        byte[] allOnes = new byte[32];
        Arrays.fill(allOnes, (byte) 0xff);
        for (String element : List.of(b64(new byte[32]), b64(allOnes), b64(new byte[31]), "not base64!")) {
            HttpResponse<String> response = post(region, body(HUB, 1, element));
            assertThat(response.statusCode()).as(element).isEqualTo(400);
            assertThat(code(response)).isEqualTo("invalid-element");
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void R_NATIONAL_malformedBodiesAreRefusedWith400AndOversizedOnesWith413() throws Exception {
        assertThat(code(post(region, "{not json"))).isEqualTo("invalid-request");
        assertThat(code(post(region, "{\"recipient\":\"" + HUB + "\"}"))).isEqualTo("invalid-request");

        HttpResponse<String> huge = post(region, body(HUB, 1, "A".repeat(10_000)));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(code(huge)).isEqualTo("payload-too-large");
    }

    @Test
    void R_NATIONAL_anUnknownRecipientOrKeyVersionIsRefusedWith422() throws Exception {
        String element = b64(PseudonymInput.blindBsn(BSN).blindedElement());
        HttpResponse<String> recipient = post(region, body("another-hub", 1, element));
        assertThat(recipient.statusCode()).isEqualTo(422);
        assertThat(code(recipient)).isEqualTo("unknown-recipient");
        HttpResponse<String> version = post(region, body(HUB, 3, element));
        assertThat(version.statusCode()).isEqualTo(422);
        assertThat(code(version)).isEqualTo("unknown-key-version");
    }

    @Test
    void R_NATIONAL_aPartyAboveItsLimitIsRefusedWith429AndLoggedWhileOthersGoOn() throws Exception {
        SSLContext regionB = PartyCa.clientContext(ca.party("region-b"), ca.certificate());
        String body = body(HUB, 1, b64(PseudonymInput.blindBsn(BSN).blindedElement()));
        for (int i = 0; i < LIMIT; i++) {
            assertThat(post(regionB, body).statusCode())
                    .as("evaluation %d", i + 1)
                    .isEqualTo(200);
        }

        HttpResponse<String> refused = post(regionB, body);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(code(refused)).isEqualTo("too-many-evaluations");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(LOGS.list)
                .anySatisfy(event -> assertThat(event.getFormattedMessage())
                        .contains("caller=region-b")
                        .contains("outcome=rate-limited"));
        assertThat(post(region, body).statusCode()).as("another region").isEqualTo(200);
    }

    @Test
    void R_NATIONAL_theRecipientItselfMayNotAskForEvaluationsWithItsOwnKey() throws Exception {
        SSLContext hub = PartyCa.clientContext(ca.party(HUB), ca.certificate());
        HttpResponse<String> response =
                post(hub, body(HUB, 1, b64(PseudonymInput.blindBsn(BSN).blindedElement())));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(code(response)).isEqualTo("party-not-allowed");
    }

    @Test
    void R_NATIONAL_onlyKnownPartiesWithACertificateOfTheTrustedCaGetIn() throws Exception {
        String body = body(HUB, 1, b64(PseudonymInput.blindBsn(BSN).blindedElement()));

        HttpResponse<String> stranger = post(PartyCa.clientContext(ca.party("stranger"), ca.certificate()), body);
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(code(stranger)).isEqualTo("unknown-party");

        PartyCa otherCa = new PartyCa("Another CA");
        SSLContext forged = PartyCa.clientContext(otherCa.party(REGION), ca.certificate());
        assertThatThrownBy(() -> post(forged, body)).isInstanceOf(IOException.class);
        SSLContext anonymous = PartyCa.clientContext(null, ca.certificate());
        assertThatThrownBy(() -> post(anonymous, body)).isInstanceOf(IOException.class);
    }

    @Test
    void R_NATIONAL_theServiceHasNoDatabaseAndNoneOfTheRegionalModules() {
        assertThat(service.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(service.getBeanDefinitionNames())
                .noneMatch(name -> name.toLowerCase().contains("flyway")
                        || name.toLowerCase().contains("modulith"));
        assertThat(service.getEnvironment().getProperty("spring.datasource.url"))
                .isNull();
    }

    @Test
    void R_NATIONAL_theLogsSayWhoAskedForWhichRecipientAndKeyVersionButHoldNoBsnAndNoElement() throws Exception {
        Oprf.Blinded blinded = PseudonymInput.blindBsn(BSN);
        String element = b64(blinded.blindedElement());
        HttpResponse<String> response = post(region, body(HUB, 1, element));
        String sealed = JSON.readTree(response.body()).get("sealedEvaluation").asString();

        List<String> lines =
                LOGS.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines)
                .anyMatch(line -> line.contains("caller=" + REGION)
                        && line.contains("recipient=" + HUB)
                        && line.contains("keyVersion=1")
                        && line.contains("outcome=evaluated"));
        assertThat(lines).noneMatch(line -> line.matches("(?s).*\\d{9}.*"));
        assertThat(lines).noneMatch(line -> line.contains(element) || line.contains(sealed));
    }

    private static HttpResponse<String> post(SSLContext client, String json) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().sslContext(client).build();
        return http.send(
                HttpRequest.newBuilder(evaluate)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String recipient, int keyVersion, String blindedElement) {
        return "{\"recipient\":\"" + recipient + "\",\"keyVersion\":" + keyVersion + ",\"blindedElement\":\""
                + blindedElement + "\"}";
    }

    private static String code(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("code").asString();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
