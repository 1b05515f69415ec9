// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.internal.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import nl.verwijsindex.covenant.AddressRegisterUnavailable;
import nl.verwijsindex.covenant.RegisteredAddress;
import nl.verwijsindex.standalone.brp.StandInBrp;
import tools.jackson.databind.json.JsonMapper;

/**
 * R-MATCH-ADDRESS, issue 16 item 9: the BAG API Individuele Bevragingen client over real HTTP. Against an answer in
 * the specification's shape ({@code GET /adressen}, an {@code AdresIOHalCollection} with a house letter and an
 * addition, {@code src/test/resources/bag/}) served as the register serves it, what it asks and what it reads; that
 * every answer it cannot read with certainty is "unavailable"; and that the demo's stand-in answers alike.
 */
class BagAddressRegisterTest {

    static HttpServer server;
    static final Map<String, String> asked = new ConcurrentHashMap<>();
    static volatile int status;
    static volatile byte[] answer;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/lvbag/individuelebevragingen/v2/", exchange -> {
            asked.put("method", exchange.getRequestMethod());
            asked.put("path", exchange.getRequestURI().getPath());
            asked.put("query", exchange.getRequestURI().getQuery());
            asked.put("key", String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
            asked.put("accept", String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            exchange.getResponseHeaders().set("Content-Type", "application/hal+json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void answerRecorded() throws IOException {
        status = 200;
        try (InputStream in = getClass().getResourceAsStream("/bag/adressen-3811AB-1.json")) {
            answer = in.readAllBytes();
        }
        asked.clear();
    }

    @Test
    void R_MATCH_ADDRESS_asksByPostcodeAndHouseNumberWithItsKeyAndReadsEveryAddressAtTheNumber() {
        List<RegisteredAddress> found = register().at("3811AB", 1);

        assertThat(asked)
                .containsEntry("method", "GET")
                .containsEntry("path", "/lvbag/individuelebevragingen/v2/adressen")
                .containsEntry("key", "the-key");
        assertThat(asked.get("query")).contains("postcode=3811AB", "huisnummer=1");
        assertThat(asked.get("accept")).contains("application/hal+json");
        assertThat(found)
                .extracting(RegisteredAddress::addressableObjectId, RegisteredAddress::line, RegisteredAddress::place)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "0307010000900001", "Stationsplein 1", "3811 AB Amersfoort"),
                        org.assertj.core.groups.Tuple.tuple(
                                "0307010000900002", "Stationsplein 1 A", "3811 AB Amersfoort"),
                        org.assertj.core.groups.Tuple.tuple(
                                "0307010000900003", "Stationsplein 1 A 2", "3811 AB Amersfoort"));
        assertThat(RegisteredAddress.withAddition(found, ""))
                .extracting(RegisteredAddress::addressableObjectId)
                .containsExactly("0307010000900001");
        assertThat(RegisteredAddress.withAddition(found, "a"))
                .extracting(RegisteredAddress::addressableObjectId)
                .containsExactly("0307010000900002");
        assertThat(RegisteredAddress.withAddition(found, "A-2"))
                .extracting(RegisteredAddress::addressableObjectId)
                .containsExactly("0307010000900003");
        assertThat(RegisteredAddress.withAddition(found, "B")).isEmpty();
    }

    @Test
    void noAddressAtTheNumberIsAnEmptyAnswerNotAFailure() {
        answer = "{\"_links\":{\"self\":{\"href\":\"/adressen?postcode=3811AB&huisnummer=999\"}}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(register().at("3811AB", 999)).isEmpty();
    }

    @Test
    void anAnswerItCannotReadWithCertaintyIsUnavailableNeverAGuess() {
        status = 500;
        assertThatThrownBy(() -> register().at("3811AB", 1))
                .isInstanceOf(AddressRegisterUnavailable.class)
                .hasMessageContaining("HTTP 500");
        status = 403;
        assertThatThrownBy(() -> register().at("3811AB", 1)).isInstanceOf(AddressRegisterUnavailable.class);
        status = 200;
        answer = "{\"_embedded\":{\"adres".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> register().at("3811AB", 1))
                .isInstanceOf(AddressRegisterUnavailable.class)
                .hasMessageContaining("unreadable");
        answer = "{\"_embedded\":{\"adressen\":[{\"openbareRuimteNaam\":\"Stationsplein\",\"huisnummer\":1}]}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> register().at("3811AB", 1))
                .isInstanceOf(AddressRegisterUnavailable.class)
                .hasMessageContaining("without its parts");
    }

    @Test
    void aRegisterThatDoesNotAnswerIsUnavailable() throws IOException {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        BagAddressRegister nowhere = new BagAddressRegister(
                BagProperties.of("http://127.0.0.1:" + closed + "/lvbag/individuelebevragingen/v2", null),
                JsonMapper.builder().build());

        assertThatThrownBy(() -> nowhere.at("3811AB", 1)).isInstanceOf(AddressRegisterUnavailable.class);
    }

    @Test
    void R_MATCH_ADDRESS_theDemosStandInFindsTheCareHomeDeHorstByItsAddress() {
        StandInBrp standIn = new StandInBrp(0, "stand-in-key", Clock.systemUTC());
        standIn.start();
        try {
            BagAddressRegister demo = new BagAddressRegister(
                    BagProperties.of(standIn.bagBaseUrl(), "stand-in-key"),
                    JsonMapper.builder().build());
            assertThat(demo.at("3828AA", 40))
                    .extracting(RegisteredAddress::addressableObjectId, RegisteredAddress::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("0307010000298040", "Horsterweg 40"));
            assertThat(demo.at("3828AA", 41)).isEmpty();
            BagAddressRegister keyless = new BagAddressRegister(
                    BagProperties.of(standIn.bagBaseUrl(), null),
                    JsonMapper.builder().build());
            assertThatThrownBy(() -> keyless.at("3828AA", 40)).isInstanceOf(AddressRegisterUnavailable.class);
        } finally {
            standIn.stop();
        }
    }

    private static BagAddressRegister register() {
        return new BagAddressRegister(
                BagProperties.of(
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/lvbag/individuelebevragingen/v2",
                        "the-key"),
                JsonMapper.builder().build());
    }
}
