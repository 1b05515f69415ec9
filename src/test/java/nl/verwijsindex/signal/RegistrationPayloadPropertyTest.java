package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.VerwijsindexApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever an organisation's system sends, the answer is a signal or a problem-details refusal with a code:
 * never a 500, and a refusal never leaves anything behind.
 */
class RegistrationPayloadPropertyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext application;
    private static Api api;
    private static Professional professional;
    private static JdbcClient jdbc;

    @BeforeContainer
    static void start() {
        application = new SpringApplicationBuilder(VerwijsindexApplication.class).profiles("test").run("--server.port=0");
        api = new Api(((WebServerApplicationContext) application).getWebServer().getPort());
        Fixtures fixtures = new Fixtures(application);
        professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        jdbc = application.getBean(JdbcClient.class);
    }

    @AfterContainer
    static void stop() {
        application.close();
    }

    @Property(tries = 300)
    void anyJsonObjectIsAnsweredWithASignalOrAProblemAndNeverHalfWritten(@ForAll("payloads") Map<String, Object> payload) {
        check(JSON.writeValueAsString(payload));
    }

    @Property(tries = 200)
    void anyTextAsBodyIsAnsweredWithAProblem(@ForAll("texts") String body) {
        check(body);
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

    private static int signalCount() {
        return jdbc.sql("select count(*) from signal where professional_id = :p").param("p", professional.id().value())
                .query(Integer.class).single();
    }

    @Provide
    Arbitrary<Map<String, Object>> payloads() {
        Arbitrary<Object> bsn = Arbitraries.oneOf(Arbitraries.create(TestBsns::random),
                Arbitraries.strings().numeric().ofMaxLength(12), Arbitraries.strings().ofMaxLength(30),
                Arbitraries.integers(), Arbitraries.just(null));
        LocalDate today = LocalDate.now();
        Arbitrary<Object> birthDate = Arbitraries.oneOf(
                Arbitraries.integers().between(-2, 30).map(years -> today.minusYears(years).toString()),
                Arbitraries.strings().ofMaxLength(12), Arbitraries.of("2020-02-30", "0000-00-00", "9999-12-31", "2010-1-1"),
                Arbitraries.integers(), Arbitraries.just(null));
        Arbitrary<Object> grounds = Arbitraries.of(true, false, "true", "ja", 1, 0).map(o -> (Object) o)
                .injectNull(0.1);
        Arbitrary<Object> region = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(50), Arbitraries.just(null));
        Arbitrary<Map<String, Object>> extra = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(10), Arbitraries.integers(),
                        Arbitraries.just(List.of(1, 2)), Arbitraries.just(Map.of("a", 1))).map(o -> (Object) o)).ofMaxSize(2);
        return Combinators.combine(bsn, birthDate, grounds, region, extra, Arbitraries.integers().between(0, 15))
                .as((b, d, g, r, e, omit) -> {
                    Map<String, Object> payload = new LinkedHashMap<>();
                    if ((omit & 1) == 0) {
                        payload.put("bsn", b);
                    }
                    if ((omit & 2) == 0) {
                        payload.put("birthDate", d);
                    }
                    if ((omit & 4) == 0) {
                        payload.put("groundsConfirmed", g);
                    }
                    if ((omit & 8) == 0 && r != null) {
                        payload.put("regionCode", r);
                    }
                    if (omit == 15) {
                        payload.putAll(e);
                    }
                    return payload;
                });
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("", "null", "[]", "{", "}", "\"bsn\"", "{\"bsn\":}", "{\"bsn\":\"1\"}{}", "1e999999",
                        "{\"bsn\":\"123456782\",\"birthDate\":\"2015-01-01\",\"groundsConfirmed\":true,}"));
    }
}
