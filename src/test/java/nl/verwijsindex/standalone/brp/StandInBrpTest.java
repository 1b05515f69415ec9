// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import static nl.verwijsindex.standalone.brp.StandInPersons.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stand-in BRP over real HTTP: the shapes, the {@code fields} filter, the refusals, and what tests may change. */
class StandInBrpTest {

    static final String KEY = "test-key";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
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

    @AfterEach
    void reset() {
        standIn.reset();
    }

    @Test
    void theTestConstantsAreTheFixturesPersons() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : StandInPersons.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Bsn.class) {
                constants.add(((Bsn) field.get(null)).value());
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(standIn.bsns());
    }

    @Test
    void aRaadpleegAnswersOnlyTheAskedFieldsAndTheSecrecyItAlwaysDelivers() throws Exception {
        JsonNode answer = post(lookUp(SOPHIE_DE_WIT, "burgerservicenummer")).body;

        assertThat(answer.get("type").asString()).isEqualTo("RaadpleegMetBurgerservicenummer");
        assertThat(answer.get("personen")).singleElement().satisfies(person -> {
            assertThat(person.propertyNames())
                    .containsExactlyInAnyOrder("burgerservicenummer", "geheimhoudingPersoonsgegevens");
            assertThat(person.get("geheimhoudingPersoonsgegevens").isBoolean()).isTrue();
        });
        assertThat(post(lookUp(NOAH_JANSEN, "burgerservicenummer"))
                        .body
                        .at("/personen/0")
                        .propertyNames())
                .containsExactly("burgerservicenummer");
    }

    @Test
    void datesAndResidencesComeWithTheirTypeAndWaardetabellenWithCodeAndDescription() throws Exception {
        JsonNode noah = post(lookUp(
                        NOAH_JANSEN,
                        "geboorte.datum",
                        "verblijfplaats.adresseerbaarObjectIdentificatie",
                        "gemeenteVanInschrijving",
                        "geslacht",
                        "adressering.adresregel2",
                        "ouders.burgerservicenummer"))
                .body
                .at("/personen/0");

        assertThat(noah.at("/geboorte/datum").toString())
                .isEqualTo("{\"type\":\"Datum\",\"datum\":\"2013-04-02\",\"langFormaat\":\"2 april 2013\"}");
        assertThat(noah.get("verblijfplaats").toString())
                .isEqualTo(
                        "{\"type\":\"Adres\",\"adresseerbaarObjectIdentificatie\":\"" + JANSEN_AMERSFOORT_ID + "\"}");
        assertThat(noah.get("gemeenteVanInschrijving").toString())
                .isEqualTo("{\"code\":\"0307\",\"omschrijving\":\"Amersfoort\"}");
        assertThat(noah.get("geslacht").toString()).isEqualTo("{\"code\":\"M\",\"omschrijving\":\"man\"}");
        assertThat(noah.at("/adressering/adresregel2").asString()).isEqualTo("3817 AB  AMERSFOORT");
        assertThat(noah.get("ouders").toString())
                .isEqualTo("[{\"burgerservicenummer\":\"999904577\"},{\"burgerservicenummer\":\"999905673\"}]");

        JsonNode ruben = post(lookUp(RUBEN_BAKKER, "geboorte.datum", "verblijfplaats.adresseerbaarObjectIdentificatie"))
                .body
                .at("/personen/0");
        assertThat(ruben.at("/geboorte/datum").toString())
                .isEqualTo("{\"type\":\"JaarDatum\",\"jaar\":1979,\"langFormaat\":\"1979\"}");
        assertThat(ruben.get("verblijfplaats").toString()).isEqualTo("{\"type\":\"VerblijfplaatsBuitenland\"}");
    }

    @Test
    void R_DEATH_aSearchLeavesTheDeceasedOutUnlessAskedToIncludeThem() throws Exception {
        String search = "{\"type\":\"ZoekMetGeslachtsnaamEnGeboortedatum\",\"fields\":[\"burgerservicenummer\"],"
                + "\"geslachtsnaam\":\"vermeulen\",\"geboortedatum\":\"2012-01-05\"%s}";

        assertThat(post(search.formatted("")).body.get("personen")).isEmpty();
        assertThat(post(search.formatted(",\"inclusiefOverledenPersonen\":true"))
                        .body
                        .at("/personen/0/burgerservicenummer")
                        .asString())
                .isEqualTo(THIJS_VERMEULEN.value());
        assertThat(post(lookUp(THIJS_VERMEULEN, "overlijden.datum"))
                        .body
                        .at("/personen/0/overlijden/datum/datum")
                        .asString())
                .isEqualTo("2025-11-03");
    }

    @Test
    void residentsAreEveryoneLivingAtTheAddressableObject() throws Exception {
        Answer answer =
                post("{\"type\":\"ZoekMetAdresseerbaarObjectIdentificatie\",\"fields\":[\"burgerservicenummer\"],"
                        + "\"adresseerbaarObjectIdentificatie\":\"" + DE_HORST_ID + "\"}");

        assertThat(answer.body.findValuesAsString("burgerservicenummer"))
                .containsExactlyInAnyOrder(MILAN_SMIT.value(), YARA_PETERS.value(), JESSE_MULDER.value());
    }

    @Test
    void R_MOVE_aMoveAndADeathChangeWhatTheRegisterSaysUntilReset() throws Exception {
        standIn.move(FINN_HENDRIKS, HENDRIKS_LEIDEN);
        standIn.die(IRIS_VAN_LEEUWEN, LocalDate.of(2026, 11, 1));

        JsonNode finn = post(lookUp(
                        FINN_HENDRIKS, "verblijfplaats.adresseerbaarObjectIdentificatie", "gemeenteVanInschrijving"))
                .body
                .at("/personen/0");
        assertThat(finn.at("/verblijfplaats/adresseerbaarObjectIdentificatie").asString())
                .isEqualTo(HENDRIKS_LEIDEN_ID);
        assertThat(finn.at("/gemeenteVanInschrijving/code").asString()).isEqualTo("0546");
        assertThat(post(lookUp(IRIS_VAN_LEEUWEN, "overlijden.datum"))
                        .body
                        .at("/personen/0/overlijden/datum/datum")
                        .asString())
                .isEqualTo("2026-11-01");

        standIn.reset();
        assertThat(post(lookUp(FINN_HENDRIKS, "gemeenteVanInschrijving"))
                        .body
                        .at("/personen/0/gemeenteVanInschrijving/code")
                        .asString())
                .isEqualTo("0307");
    }

    @Test
    void badRequestsAreRefusedWithAFoutberichtNamingTheParameter() throws Exception {
        assertRefused(
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"fields\":[\"burgerservicenummer\"],\"burgerservicenummer\":[\"12345\"]}",
                "burgerservicenummer",
                "pattern");
        assertRefused(
                "{\"type\":\"ZoekMetPostcodeEnHuisnummer\",\"fields\":[\"burgerservicenummer\"]}", "type", "value");
        assertRefused(lookUp(NOAH_JANSEN, "naam.achternaam"), "fields", "fields");
        assertRefused(lookUp(NOAH_JANSEN, "geheimhoudingPersoonsgegevens"), "fields", "fields");
        assertRefused(
                "{\"type\":\"ZoekMetGeslachtsnaamEnGeboortedatum\",\"fields\":[\"burgerservicenummer\"],\"geslachtsnaam\":\"Jansen\"}",
                "geboortedatum",
                "required");
        assertRefused(
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"fields\":[\"burgerservicenummer\"],"
                        + "\"burgerservicenummer\":[\"999907931\"],\"inclusiefOverledenPersonen\":true}",
                "inclusiefOverledenPersonen",
                "unknownParam");
        assertRefused(
                "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"burgerservicenummer\":[\"999907931\"]}",
                "fields",
                "required");
        assertRefused("not json", "body", "json");
    }

    @Test
    void withoutTheApiKeyTheStandInAnswers401() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/personen"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(lookUp(NOAH_JANSEN, "burgerservicenummer")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("authentication");
    }

    private void assertRefused(String request, String parameter, String code) throws Exception {
        Answer answer = post(request);
        assertThat(answer.status).as(request).isEqualTo(400);
        assertThat(answer.contentType).startsWith("application/problem+json");
        assertThat(answer.body.get("status").asInt()).isEqualTo(400);
        assertThat(answer.body.get("code").asString()).isEqualTo("paramsValidation");
        assertThat(answer.body.get("invalidParams"))
                .as(request)
                .anySatisfy(p -> assertThat(
                                p.get("name").asString() + "/" + p.get("code").asString())
                        .isEqualTo(parameter + "/" + code));
    }

    static String lookUp(Bsn bsn, String... fields) {
        return "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"fields\":" + JSON.writeValueAsString(fields)
                + ",\"burgerservicenummer\":[\"" + bsn.value() + "\"]}";
    }

    static Answer post(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/personen"))
                                .header("Content-Type", "application/json")
                                .header("X-API-KEY", KEY)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                JSON.readTree(response.body()));
    }

    record Answer(int status, String contentType, JsonNode body) {}
}
