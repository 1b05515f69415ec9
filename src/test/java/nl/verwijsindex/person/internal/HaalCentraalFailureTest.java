// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.PersonRegisterUnavailable.Reason;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the client makes of a register that is down, slow, failing, refusing or answering nonsense: always a
 * {@link PersonRegisterUnavailable} with the right reason, retried only when that may help, and never a BSN in
 * a message.
 */
class HaalCentraalFailureTest {

    static final Bsn BSN = new Bsn("999907931");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final String EMPTY = "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[]}";
    static final String NOAH =
            "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{\"burgerservicenummer\":\"999907931\"%s}]}";

    final Deque<Reply> replies = new ArrayDeque<>();
    final List<String> received = new ArrayList<>();
    final List<String> apiKeys = new ArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aRegisterThatIsDownIsUnreachableAfterEveryAttempt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HaalCentraalPersonRegister register = client("http://127.0.0.1:" + closedPort + "/brp", 2);

        assertUnavailable(() -> register.find(BSN, Purpose.CHECK), Reason.UNREACHABLE);
    }

    @Test
    void aRegisterSlowerThanTheReadTimeoutTimesOutAndIsTriedAgain() throws IOException {
        serve(new Reply(200, EMPTY, 2_000), new Reply(200, EMPTY, 2_000));
        HaalCentraalPersonRegister register = new HaalCentraalPersonRegister(
                BrpProperties.of(url())
                        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
                        .withAttempts(2, Duration.ofMillis(10)),
                JsonMapper.builder().build(),
                new SimpleMeterRegistry(),
                CLOCK);

        assertUnavailable(() -> register.find(BSN, Purpose.CHECK), Reason.TIMEOUT);
        assertThat(requests).hasValue(2);
    }

    @Test
    void aServerErrorIsTriedAgainAndTheSecondAnswerCounts() throws IOException {
        serve(new Reply(500, "{\"status\":500}", 0), new Reply(200, EMPTY, 0));

        assertThat(client(url(), 3).find(BSN, Purpose.CHECK)).isEmpty();
        assertThat(requests).hasValue(2);
    }

    @Test
    void aRateLimitIsWaitedOutAndAPersistentServerErrorIsUnreachable() throws IOException {
        serve(new Reply(429, "{}", 0), new Reply(503, "{}", 0), new Reply(503, "{}", 0));

        assertUnavailable(() -> client(url(), 3).find(BSN, Purpose.CHECK), Reason.UNREACHABLE);
        assertThat(requests).hasValue(3);
    }

    @Test
    void aBadRequestIsRefusedAtOnceNamingTheCodeAndParameterButNoValue() throws IOException {
        serve(new Reply(
                400,
                "{\"type\":\"x\",\"title\":\"Een of meerdere parameters zijn niet correct.\",\"status\":400,"
                        + "\"code\":\"paramsValidation\",\"invalidParams\":[{\"code\":\"pattern\",\"name\":\"burgerservicenummer\","
                        + "\"reason\":\"Waarde 999907931 voldoet niet.\"}]}",
                0));

        PersonRegisterUnavailable e =
                assertUnavailable(() -> client(url(), 3).find(BSN, Purpose.CHECK), Reason.REFUSED);
        assertThat(e.getMessage()).contains("HTTP 400", "code paramsValidation", "burgerservicenummer");
        assertThat(requests).hasValue(1);
    }

    @Test
    void anAnswerThatIsNoJsonOrOfAnotherTypeOrWithoutTypeIsMalformedAndNotRetried() throws IOException {
        for (String body : List.of(
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{\"burgerservicenummer\":\"9999079",
                "{\"personen\":[]}",
                "{\"type\":\"ZoekMetGeslachtsnaamEnGeboortedatum\",\"personen\":[]}",
                "[]",
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":{}}")) {
            replies.clear();
            requests.set(0);
            serve(new Reply(200, body, 0));
            assertUnavailable(() -> client(url(), 3).find(BSN, Purpose.CHECK), Reason.MALFORMED_RESPONSE);
            assertThat(requests).as(body).hasValue(1);
            server.stop(0);
        }
    }

    @Test
    void anInvalidBsnTwoPersonsOrAnotherPersonInTheAnswerIsMalformed() throws IOException {
        for (String body : List.of(
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{\"burgerservicenummer\":\"999907932\"}]}",
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{\"burgerservicenummer\":\"999907931\"},"
                        + "{\"burgerservicenummer\":\"999907931\"}]}",
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{\"burgerservicenummer\":\"999908881\"}]}",
                NOAH.formatted(",\"ouders\":[{\"burgerservicenummer\":\"123456789\"}]"),
                NOAH.formatted(",\"geboorte\":{\"datum\":{\"datum\":\"2013-04-02\"}}"),
                NOAH.formatted(",\"geboorte\":{\"datum\":{\"type\":\"Datum\",\"datum\":\"2 april 2013\"}}"),
                NOAH.formatted(",\"verblijfplaats\":{\"adresseerbaarObjectIdentificatie\":\"0307010000104512\"}"),
                NOAH.formatted(",\"verblijfplaats\":{\"type\":\"Woonwagen\"}"),
                NOAH.formatted(",\"geheimhoudingPersoonsgegevens\":\"ja\""),
                NOAH.formatted(",\"geslacht\":{\"code\":\"X\"}"))) {
            replies.clear();
            serve(new Reply(200, body, 0));
            assertUnavailable(() -> client(url(), 3).find(BSN, Purpose.CHECK), Reason.MALFORMED_RESPONSE);
            server.stop(0);
        }
    }

    /** Issue 18 (docs/adr/0056): an answer about several persons is trusted only as a whole. */
    @Test
    void anAnswerAboutSeveralWithAPersonNotAskedAboutOrOneTwiceIsMalformed() throws IOException {
        Bsn other = new Bsn("999990019");
        for (String body : List.of(
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{\"burgerservicenummer\":\"999907931\"},"
                        + "{\"burgerservicenummer\":\"999908881\"}]}",
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{\"burgerservicenummer\":\"999907931\"},"
                        + "{\"burgerservicenummer\":\"999907931\"}]}")) {
            replies.clear();
            serve(new Reply(200, body, 0));
            assertUnavailable(
                    () -> client(url(), 3).findAll(List.of(BSN, other), Purpose.CHECK), Reason.MALFORMED_RESPONSE);
            server.stop(0);
        }
        replies.clear();
        serve(new Reply(200, NOAH.formatted(""), 0));
        assertThat(client(url(), 3).findAll(List.of(BSN, other), Purpose.CHECK))
                .as("one of the two found, the other unknown")
                .containsOnlyKeys(BSN);
        assertThat(received.get(received.size() - 1)).contains("999907931").contains("999990019");
    }

    @Test
    void R_SECRET_aSecrecyGivenAsTheBrpsNumberIsStillSecretAndAnUnknownBirthDateIsNone() throws IOException {
        serve(new Reply(
                200,
                NOAH.formatted(
                        ",\"geheimhoudingPersoonsgegevens\":7,"
                                + "\"geboorte\":{\"datum\":{\"type\":\"DatumOnbekend\",\"onbekend\":true,\"langFormaat\":\"onbekend\"}}"),
                0));

        Person person = client(url(), 1).find(BSN, Purpose.CHECK).orElseThrow();

        assertThat(person.secret()).isTrue();
        assertThat(person.birthDate()).isNull();
    }

    @Test
    void R_DEATH_aDeathOnAPartlyKnownDateCountsFromItsFirstDay() throws IOException {
        serve(
                new Reply(
                        200,
                        NOAH.formatted(
                                ",\"overlijden\":{\"datum\":{\"type\":\"JaarMaandDatum\",\"jaar\":2026,\"maand\":3,"
                                        + "\"langFormaat\":\"maart 2026\"}}"),
                        0),
                new Reply(
                        200,
                        NOAH.formatted(",\"overlijden\":{\"datum\":"
                                + "{\"type\":\"DatumOnbekend\",\"onbekend\":true,\"langFormaat\":\"onbekend\"}}"),
                        0));
        HaalCentraalPersonRegister register = client(url(), 1);

        assertThat(register.dateOfDeath(BSN)).contains(LocalDate.of(2026, 3, 1));
        assertThat(register.dateOfDeath(BSN)).contains(LocalDate.of(2026, 11, 23));
    }

    @Test
    void theApiKeyTravelsInItsHeaderAndTheBsnOnlyInTheBody() throws IOException {
        serve(new Reply(200, EMPTY, 0));
        new HaalCentraalPersonRegister(
                        BrpProperties.of(url()).withApiKey("s3cret"),
                        JsonMapper.builder().build(),
                        new SimpleMeterRegistry(),
                        CLOCK)
                .find(BSN, Purpose.CHECK);

        assertThat(apiKeys).containsExactly("s3cret");
        assertThat(received)
                .singleElement()
                .satisfies(request -> assertThat(request)
                        .startsWith("/brp/personen ")
                        .contains("\"burgerservicenummer\":[\"999907931\"]"));
    }

    @Test
    void consecutiveQuestionsShareOneKeptAliveConnection() throws IOException {
        // docs/adr/0055: the pooled client keeps its connection to the register open between questions
        serve(new Reply(200, EMPTY, 0), new Reply(200, EMPTY, 0), new Reply(200, EMPTY, 0));
        HaalCentraalPersonRegister register = client(url(), 1);

        for (int i = 0; i < 3; i++) {
            assertThat(register.find(BSN, Purpose.CHECK)).isEmpty();
        }
        assertThat(requests).hasValue(3);
        assertThat(clientPorts).hasSize(3).containsOnly(clientPorts.get(0));
    }

    @Test
    void anAnswerLargerThanTheLimitEndsTheConnectionInsteadOfBeingReadToItsEnd() throws IOException {
        // 64 MiB announced, sent in 1 MiB pieces over about ten seconds; the client wants at most 4 MiB
        streaming(64, 150);
        HaalCentraalPersonRegister register = client(url(), 3);

        long start = System.nanoTime();
        assertUnavailable(() -> register.find(BSN, Purpose.CHECK), Reason.MALFORMED_RESPONSE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(requests).as("not tried again").hasValue(1);
    }

    @Test
    void anAnswerTrickledOutTimesOutAfterConnectAndReadTimeoutEvenThoughEveryByteComesInTime() throws IOException {
        // a byte every 200 ms: never silent for the read timeout, but the whole answer would take minutes
        trickling();
        HaalCentraalPersonRegister register = new HaalCentraalPersonRegister(
                BrpProperties.of(url())
                        .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1))
                        .withAttempts(1, Duration.ofMillis(10)),
                JsonMapper.builder().build(),
                new SimpleMeterRegistry(),
                CLOCK);

        long start = System.nanoTime();
        assertTimeoutPreemptively(
                Duration.ofSeconds(15),
                () -> assertUnavailable(() -> register.find(BSN, Purpose.CHECK), Reason.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void timeoutsOfZeroAreRefusedAtTheStartBecauseTheClientWouldWaitForEver() {
        assertThatThrownBy(() ->
                        BrpProperties.of("http://127.0.0.1/brp").withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("read-timeout");
        assertThatThrownBy(() ->
                        BrpProperties.of("http://127.0.0.1/brp").withTimeouts(Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void streaming(int mebibytes, long pauseMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] piece = new byte[1024 * 1024];
            java.util.Arrays.fill(piece, (byte) ' ');
            try {
                exchange.sendResponseHeaders(200, (long) mebibytes * piece.length);
                for (int i = 0; i < mebibytes; i++) {
                    exchange.getResponseBody().write(piece);
                    exchange.getResponseBody().flush();
                    Thread.sleep(pauseMillis);
                }
            } catch (IOException | InterruptedException gone) {
                // the client ended the connection
            }
            exchange.close();
        });
        server.start();
    }

    private void trickling() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            try {
                exchange.sendResponseHeaders(200, 1000);
                for (int i = 0; i < 1000; i++) {
                    exchange.getResponseBody().write(' ');
                    exchange.getResponseBody().flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException gone) {
                // the client ended the connection
            }
            exchange.close();
        });
        server.start();
    }

    private HaalCentraalPersonRegister client(String url, int attempts) {
        return new HaalCentraalPersonRegister(
                BrpProperties.of(url).withAttempts(attempts, Duration.ofMillis(10)),
                JsonMapper.builder().build(),
                new SimpleMeterRegistry(),
                CLOCK);
    }

    /** The reason as expected, and no BSN anywhere in the messages of the exception and its causes. */
    private static PersonRegisterUnavailable assertUnavailable(Runnable call, Reason reason) {
        try {
            call.run();
        } catch (PersonRegisterUnavailable e) {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain("9999079", "999908881", "123456789");
                assertThat(t.toString()).doesNotContain("9999079");
            }
            return e;
        }
        throw new AssertionError("expected PersonRegisterUnavailable " + reason);
    }

    private void serve(Reply... scripted) throws IOException {
        replies.addAll(List.of(scripted));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            clientPorts.add(exchange.getRemoteAddress().getPort());
            received.add(exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            apiKeys.add(exchange.getRequestHeaders().getFirst("X-API-KEY"));
            Reply reply = replies.isEmpty() ? new Reply(500, "{}", 0) : replies.poll();
            try {
                Thread.sleep(reply.delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = reply.body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(reply.status, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException gone) {
                // the client gave up waiting
            }
            exchange.close();
        });
        server.start();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/brp";
    }

    record Reply(int status, String body, long delayMillis) {}
}
