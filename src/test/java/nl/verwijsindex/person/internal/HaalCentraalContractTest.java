// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.verwijsindex.person.Gender;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.standalone.brp.StandInPersons;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract with the BRP API Personen v2, as the project's own schema of the subset it uses
 * ({@code brp/personen-subset.schema.json}) states it: every request the client sends, and every answer the
 * stand-in gives for every fixture person and query type, is valid; a wrong document is not.
 */
class HaalCentraalContractTest {

    static final String SCHEMA = "classpath:brp/personen-subset.schema.json";
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final String KEY = "contract-key";
    static StandInBrp standIn;

    @BeforeAll
    static void start() {
        standIn = new StandInBrp(0, KEY, CLOCK);
        standIn.start();
    }

    @AfterAll
    static void stop() {
        standIn.stop();
    }

    @Test
    void everyRequestTheClientSendsIsAValidQuery() throws IOException {
        List<JsonNode> requests = new CopyOnWriteArrayList<>();
        HttpServer capture = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        capture.createContext("/", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(request);
            byte[] empty = ("{\"type\":\"" + request.get("type").asString() + "\",\"personen\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, empty.length);
            exchange.getResponseBody().write(empty);
            exchange.close();
        });
        capture.start();
        try {
            HaalCentraalPersonRegister register = new HaalCentraalPersonRegister(
                    BrpProperties.of("http://127.0.0.1:" + capture.getAddress().getPort() + "/brp"),
                    JSON,
                    new SimpleMeterRegistry(),
                    CLOCK);
            for (Purpose purpose : Purpose.values()) {
                register.find(StandInPersons.NOAH_JANSEN, purpose);
            }
            register.dateOfDeath(StandInPersons.NOAH_JANSEN);
            register.search(new PersonQuery("Jansen", LocalDate.of(2013, 4, 2), null, null));
            register.search(new PersonQuery("de Boer", LocalDate.of(1983, 2, 27), Gender.FEMALE, "3817 AB"));
            register.residents(StandInPersons.DE_HORST_ID);
        } finally {
            capture.stop(0);
        }

        assertThat(requests).hasSize(4 + Purpose.values().length);
        requests.forEach(request -> assertValid("PersonenQuery", request));
    }

    @Test
    void everyAnswerOfTheStandInIsValidForEveryPersonAndQueryType() throws Exception {
        List<String> allPersonFields = enumOf("PersoonField");
        List<String> allBeperktFields = enumOf("PersoonBeperktField");
        int searches = 0;
        int residentQueries = 0;
        for (String bsn : standIn.bsns()) {
            List<List<String>> fieldLists = new ArrayList<>(List.of(allPersonFields));
            for (Purpose purpose : Purpose.values()) {
                fieldLists.add(purpose.fields());
            }
            for (List<String> fields : fieldLists) {
                ObjectNode lookUp = query("RaadpleegMetBurgerservicenummer", fields);
                lookUp.putArray("burgerservicenummer").add(bsn);
                JsonNode answer = post(lookUp, 200);
                assertValid("RaadpleegMetBurgerservicenummerResponse", answer);
                assertThat(answer.get("personen")).hasSize(1);
            }
            JsonNode person = post(lookUp(bsn, allPersonFields), 200).at("/personen/0");
            if (person.at("/geboorte/datum/type").asString().equals("Datum")) {
                ObjectNode search = query("ZoekMetGeslachtsnaamEnGeboortedatum", allBeperktFields)
                        .put("geslachtsnaam", person.at("/naam/geslachtsnaam").asString())
                        .put("geboortedatum", person.at("/geboorte/datum/datum").asString())
                        .put("inclusiefOverledenPersonen", true);
                JsonNode answer = post(search, 200);
                assertValid("ZoekMetGeslachtsnaamEnGeboortedatumResponse", answer);
                assertThat(answer.findValuesAsString("burgerservicenummer")).contains(bsn);
                searches++;
            }
            if (person.at("/verblijfplaats/type").asString("").equals("Adres")) {
                ObjectNode residents = query("ZoekMetAdresseerbaarObjectIdentificatie", allBeperktFields)
                        .put(
                                "adresseerbaarObjectIdentificatie",
                                person.at("/verblijfplaats/adresseerbaarObjectIdentificatie")
                                        .asString())
                        .put("inclusiefOverledenPersonen", true);
                JsonNode answer = post(residents, 200);
                assertValid("ZoekMetAdresseerbaarObjectIdentificatieResponse", answer);
                assertThat(answer.findValuesAsString("burgerservicenummer")).contains(bsn);
                residentQueries++;
            }
        }
        assertThat(standIn.bsns()).hasSize(25);
        assertThat(searches).isEqualTo(23);
        assertThat(residentQueries).isEqualTo(24);
    }

    @Test
    void everyRefusalOfTheStandInIsAValidFoutbericht() throws Exception {
        ObjectNode unknownField = lookUp("999907931", List.of("naam.achternaam"));
        ObjectNode automaticField = lookUp("999907931", List.of("geheimhoudingPersoonsgegevens"));
        ObjectNode badBsn = lookUp("99990793", List.of("burgerservicenummer"));
        ObjectNode unknownType = query("ZoekMetPostcodeEnHuisnummer", List.of("burgerservicenummer"));
        ObjectNode missing = query("ZoekMetGeslachtsnaamEnGeboortedatum", List.of("burgerservicenummer"))
                .put("geslachtsnaam", "Jansen");

        for (ObjectNode request : List.of(unknownField, automaticField, badBsn, unknownType, missing)) {
            assertValid("BadRequestFoutbericht", post(request, 400));
        }
    }

    @Test
    void theSchemaRejectsWhatTheSpecificationDoesNotAllow() {
        String noah =
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{\"burgerservicenummer\":\"999907931\"%s}]}";
        assertValid(
                "RaadpleegMetBurgerservicenummerResponse",
                JSON.readTree(noah.formatted(",\"geheimhoudingPersoonsgegevens\":true")));

        for (String wrong : List.of(
                ",\"geheimhoudingPersoonsgegevens\":7",
                ",\"geslacht\":\"M\"",
                ",\"achternaam\":\"Jansen\"",
                ",\"geboorte\":{\"datum\":{\"datum\":\"2013-04-02\",\"langFormaat\":\"2 april 2013\"}}",
                ",\"geboorte\":{\"datum\":{\"type\":\"Datum\",\"datum\":\"02-04-2013\",\"langFormaat\":\"2 april 2013\"}}",
                ",\"verblijfplaats\":{\"type\":\"Woonwagen\"}",
                ",\"ouders\":[{\"burgerservicenummer\":\"12345\"}]")) {
            assertThat(errors("RaadpleegMetBurgerservicenummerResponse", JSON.readTree(noah.formatted(wrong))))
                    .as(wrong)
                    .isNotEmpty();
        }
        assertThat(errors("PersonenQuery", lookUp("999907931", List.of("geheimhoudingPersoonsgegevens"))))
                .isNotEmpty();
        assertThat(errors(
                        "PersonenQuery",
                        lookUp("999907931", List.of("burgerservicenummer")).put("inclusiefOverledenPersonen", true)))
                .isNotEmpty();
        assertThat(errors(
                        "PersonenQuery",
                        query("ZoekMetGeslachtsnaamEnGeboortedatum", List.of("overlijden.datum"))
                                .put("geslachtsnaam", "Jansen")
                                .put("geboortedatum", "2013-04-02")))
                .isNotEmpty();
    }

    private static ObjectNode lookUp(String bsn, List<String> fields) {
        ObjectNode request = query("RaadpleegMetBurgerservicenummer", fields);
        request.putArray("burgerservicenummer").add(bsn);
        return request;
    }

    private static ObjectNode query(String type, List<String> fields) {
        ObjectNode request = JSON.createObjectNode().put("type", type);
        ArrayNode list = request.putArray("fields");
        fields.forEach(list::add);
        return request;
    }

    private static JsonNode post(JsonNode request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/personen"))
                                .header("Content-Type", "application/json")
                                .header("X-API-KEY", KEY)
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request + " -> " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static List<String> enumOf(String definition) {
        List<String> values = new ArrayList<>();
        schema(definition).getSchemaNode().get("enum").forEach(value -> values.add(value.asString()));
        return values;
    }

    private static void assertValid(String definition, JsonNode document) {
        assertThat(errors(definition, document))
                .as(definition + ": " + document)
                .isEmpty();
    }

    private static List<String> errors(String definition, JsonNode document) {
        return schema(definition).validate(document).stream()
                .map(Error::toString)
                .toList();
    }

    private static Schema schema(String definition) {
        return SCHEMAS.getSchema(SchemaLocation.of(SCHEMA + "#/$defs/" + definition));
    }
}
