// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.ForGeneratedCases;
import nl.verwijsindex.Generated;
import nl.verwijsindex.Generated.Case;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever an organisation's system sends, the answer is a signal or a problem-details refusal with a code:
 * never a 500, and a refusal never leaves anything behind. Over generated payloads, in the shared application.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationPayloadPropertyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ODD_DATES = List.of("2020-02-30", "0000-00-00", "9999-12-31", "2010-1-1");
    private static final List<String> ODD_BODIES = List.of(
            "",
            "null",
            "[]",
            "{",
            "}",
            "\"bsn\"",
            "{\"bsn\":}",
            "{\"bsn\":\"1\"}{}",
            "1e999999",
            "{\"bsn\":\"123456782\",\"birthDate\":\"2015-01-01\",\"groundsConfirmed\":true,}");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private Professional professional;

    @BeforeAll
    void oneProfessionalSendsEverything() {
        api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
    }

    @ForGeneratedCases
    @MethodSource("payloads")
    void anyJsonObjectIsAnsweredWithASignalOrAProblemAndNeverHalfWritten(Case<Map<String, Object>> payload) {
        check(JSON.writeValueAsString(payload.value()));
    }

    @ForGeneratedCases
    @MethodSource("texts")
    void anyTextAsBodyIsAnsweredWithAProblem(Case<String> body) {
        check(body.value());
    }

    private void check(String body) {
        int before = signalCount();
        Response response = api.post(professional.signalsPath(), professional.token(), body);
        assertThat(response.status()).as(body + " -> " + response).isIn(200, 201, 400, 413, 422);
        if (response.status() >= 400) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().at("/code").asString()).isNotBlank();
            assertThat(response.json().at("/title").asString()).isNotBlank();
            assertThat(signalCount()).as("a refusal writes nothing").isEqualTo(before);
        } else {
            assertThat(signalCount()).isBetween(before, before + 1);
        }
    }

    private int signalCount() {
        return jdbc.sql("select count(*) from signal where professional_id = :p")
                .param("p", professional.id().value())
                .query(Integer.class)
                .single();
    }

    /** Each field right, wrong in type or form, or missing; now and then fields the API does not know. */
    static Stream<Case<Map<String, Object>>> payloads() {
        LocalDate today = LocalDate.now();
        return Generated.cases(300, random -> {
            int omit = random.nextInt(16);
            Map<String, Object> payload = new LinkedHashMap<>();
            if ((omit & 1) == 0) {
                payload.put("bsn", bsn(random));
            }
            if ((omit & 2) == 0) {
                payload.put("birthDate", birthDate(random, today));
            }
            if ((omit & 4) == 0) {
                payload.put(
                        "groundsConfirmed",
                        random.nextInt(10) == 0 ? null : Generated.oneOf(random, true, false, "true", "ja", 1, 0));
            }
            if ((omit & 8) == 0 && random.nextBoolean()) {
                payload.put("regionCode", Generated.text(random, 50));
            }
            if (omit == 15) {
                for (int i = random.nextInt(3); i > 0; i--) {
                    payload.put(
                            alpha(random),
                            Generated.oneOf(
                                    random,
                                    Generated.text(random, 10),
                                    random.nextInt(),
                                    List.of(1, 2),
                                    Map.of("a", 1)));
                }
            }
            return payload;
        });
    }

    static Stream<Case<String>> texts() {
        return Generated.cases(
                200,
                random -> random.nextInt(3) == 0
                        ? ODD_BODIES.get(random.nextInt(ODD_BODIES.size()))
                        : Generated.text(random, 200));
    }

    private static Object bsn(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> TestBsns.random(random);
            case 1 -> Generated.digits(random, 0, 12);
            case 2 -> Generated.text(random, 30);
            case 3 -> random.nextInt();
            default -> null;
        };
    }

    private static Object birthDate(SplittableRandom random, LocalDate today) {
        return switch (random.nextInt(5)) {
            case 0 -> today.minusYears(random.nextInt(-2, 31)).toString();
            case 1 -> Generated.text(random, 12);
            case 2 -> ODD_DATES.get(random.nextInt(ODD_DATES.size()));
            case 3 -> random.nextInt();
            default -> null;
        };
    }

    private static String alpha(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        for (int i = random.nextInt(1, 11); i > 0; i--) {
            name.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
        }
        return name.toString();
    }
}
