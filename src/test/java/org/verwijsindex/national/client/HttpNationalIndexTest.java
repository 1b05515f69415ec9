// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.SignalState;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * R-NATIONAL: how {@link HttpNationalIndex} tells a failure that may pass (the region's outbox tries again) from a
 * refusal for good, against a stand-in server that answers what each test needs; the real hub and pseudonym service
 * are in HubMatchingTest and HubRefusalsTest. No BSN in any exception, and no BSN on the wire.
 */
class HttpNationalIndexTest {

    private static final String BSN = "999990019";

    private HttpServer server;
    private URI base;
    private final Queue<Answer> hubAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<String> bodies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger evaluations = new AtomicInteger();

    record Answer(int status, String body, long delayMillis) {}

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/v1/evaluate", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), UTF_8));
            evaluations.incrementAndGet();
            respond(exchange, new Answer(200, "{\"sealedEvaluation\":\"c2VhbGVk\",\"keyVersion\":1}", 0));
        });
        server.createContext("/v1/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), UTF_8));
            Answer answer = hubAnswers.poll();
            respond(exchange, answer == null ? new Answer(200, "{\"outcome\":\"applied\"}", 0) : answer);
        });
        server.start();
        base = URI.create("http://localhost:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void R_NATIONAL_aReportSendsSealedPseudonymsAndBlindsButNoBsn() {
        client(Duration.ofSeconds(5)).report(report());

        assertThat(evaluations).hasValue(3);
        assertThat(bodies).hasSize(4).noneMatch(body -> body.contains(BSN) || body.contains("999990021"));
        assertThat(bodies)
                .anyMatch(body -> body.contains("\"sealedEvaluation\":\"c2VhbGVk\"")
                        && body.contains("\"blind\"")
                        && body.contains("\"registeredOn\":\"2026-01-05\""));
    }

    @Test
    void R_NATIONAL_serverErrorsTooManyRequestsAndTimeoutsAreUnavailable() {
        hubAnswers.add(new Answer(503, "{}", 0));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).report(report()))
                .isInstanceOf(NationalIndexUnavailable.class)
                .hasMessageContaining("503")
                .hasMessageNotContaining(BSN);
        hubAnswers.add(new Answer(429, "{}", 0));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).inbox(0, 10))
                .isInstanceOf(NationalIndexUnavailable.class);
        hubAnswers.add(new Answer(200, "{\"deliveries\":[],\"more\":false}", 3000));
        assertThatThrownBy(() -> client(Duration.ofMillis(500)).inbox(0, 10))
                .isInstanceOf(NationalIndexUnavailable.class);
    }

    @Test
    void R_NATIONAL_aHubThatCannotBeReachedIsUnavailable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://localhost:" + closed);
        NationalIndex client =
                new HttpNationalIndex(nowhere, nowhere, "national-index", 1, context(), Duration.ofSeconds(2));
        assertThatThrownBy(() -> client.report(report()))
                .isInstanceOf(NationalIndexUnavailable.class)
                .hasMessageNotContaining(BSN);
    }

    @Test
    void R_NATIONAL_aRefusalCarriesTheProblemCodeAndAnExpiredEvaluationIsMadeAgainOnce() {
        hubAnswers.add(new Answer(400, "{\"code\":\"invalid-request\",\"detail\":\"Het bericht is ongeldig.\"}", 0));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).report(report()))
                .isInstanceOfSatisfying(NationalIndexRefused.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid-request");
                });

        evaluations.set(0);
        hubAnswers.add(new Answer(422, "{\"code\":\"sealed-evaluation-expired\"}", 0));
        client(Duration.ofSeconds(5)).report(report());
        assertThat(evaluations).as("three pseudonyms, evaluated twice").hasValue(6);
    }

    private HttpNationalIndex client(Duration timeout) {
        return new HttpNationalIndex(base, base, "national-index", 1, context(), timeout);
    }

    private static SSLContext context() {
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignalReport report() {
        return new SignalReport(
                "sig-1",
                UUID.randomUUID(),
                1,
                SignalState.ACTIVE,
                BSN,
                List.of("999990021", "999990033"),
                "0363",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2028, 1, 5),
                null,
                new ContactCard("P. de Vries", "Jeugdteam", null, null, null));
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = answer.body().getBytes(UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
