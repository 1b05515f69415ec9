// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

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
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import nl.verwijsindex.TestBsns;
import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: a population file adds persons and addresses to the stand-in's fixture (the benchmark's youths with their
 * parents and households), and the stand-in answers about them as about the fixture's: parents, children, residents of
 * an address, moves.
 */
class StandInPopulationFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private static final Random SEEDED = new Random(18);
    private static final Set<String> TAKEN = new HashSet<>();

    // Two households in municipality 0001: mother, father and two children at b-1; a father and a child at b-2.
    private static final String MOTHER = bsn();
    private static final String FATHER = bsn();
    private static final String ELDEST = bsn();
    private static final String YOUNGEST = bsn();
    private static final String LONE_FATHER = bsn();
    private static final String ONLY_CHILD = bsn();
    private static final String B1 = "0001018800000001";
    private static final String B2 = "0001018800000002";

    @TempDir
    Path dir;

    private StandInBrp standIn;

    @AfterEach
    void stop() {
        if (standIn != null) {
            standIn.stop();
        }
    }

    @Test
    void aPersonOfTheFileIsAnsweredWithParentsResidenceAndChildren() throws Exception {
        start(population());

        JsonNode eldest = lookUp(
                        List.of(ELDEST),
                        "ouders.burgerservicenummer",
                        "verblijfplaats.adresseerbaarObjectIdentificatie",
                        "gemeenteVanInschrijving",
                        "geboorte.datum")
                .at("/personen/0");
        assertThat(eldest.findValuesAsString("burgerservicenummer")).containsExactly(MOTHER, FATHER);
        assertThat(eldest.at("/verblijfplaats/adresseerbaarObjectIdentificatie").asString())
                .isEqualTo(B1);
        assertThat(eldest.get("gemeenteVanInschrijving").toString())
                .isEqualTo("{\"code\":\"0001\",\"omschrijving\":\"Benchdorp\"}");
        assertThat(eldest.at("/geboorte/datum/datum").asString()).isEqualTo("2014-05-06");

        assertThat(lookUp(List.of(MOTHER), "kinderen.burgerservicenummer")
                        .at("/personen/0/kinderen")
                        .findValuesAsString("burgerservicenummer"))
                .containsExactly(ELDEST, YOUNGEST);
        assertThat(lookUp(List.of(ONLY_CHILD, ELDEST), "burgerservicenummer").findValuesAsString("burgerservicenummer"))
                .containsExactlyInAnyOrder(ONLY_CHILD, ELDEST);
    }

    @Test
    void theResidentsOfAnAddressAreItsHousehold() throws Exception {
        start(population());

        assertThat(residents(B1)).containsExactly(MOTHER, FATHER, ELDEST, YOUNGEST);
        assertThat(residents(B2)).containsExactly(LONE_FATHER, ONLY_CHILD);
        assertThat(residents("0001018800000003")).isEmpty();
    }

    @Test
    void R_MOVE_aMoveTakesThePersonFromTheResidentsOfOneAddressToTheOtherUntilReset() throws Exception {
        start(population());

        standIn.move(new Bsn(ELDEST), "b-2");

        assertThat(residents(B1)).containsExactly(MOTHER, FATHER, YOUNGEST);
        assertThat(residents(B2)).containsExactly(ELDEST, LONE_FATHER, ONLY_CHILD);
        standIn.reset();
        assertThat(residents(B1)).containsExactly(MOTHER, FATHER, ELDEST, YOUNGEST);
        assertThat(residents(B2)).containsExactly(LONE_FATHER, ONLY_CHILD);
    }

    @Test
    void theFixtureStaysBesideThePersonsOfTheFile() throws Exception {
        start(population());

        assertThat(standIn.bsns())
                .contains(StandInPersons.NOAH_JANSEN.value(), ELDEST)
                .hasSize(new StandInBrp(0, null, CLOCK).bsns().size() + 6);
        assertThat(residents(StandInPersons.DE_HORST_ID))
                .containsExactlyInAnyOrder(
                        StandInPersons.MILAN_SMIT.value(),
                        StandInPersons.YARA_PETERS.value(),
                        StandInPersons.JESSE_MULDER.value());
    }

    @Test
    void aFileThatIsMissingUnreadableOrWrongStopsTheStart() throws Exception {
        assertRefused(dir.resolve("absent.json"), "does not exist");
        assertRefused(write("{\"persons\": [}"), "cannot be read at line 1");
        assertRefused(write(population().replace("\"persons\": [", "\"persons\": [null, ")), "an empty entry");
        assertRefused(
                write(population()
                        .replace(
                                "[\"%s\"]".formatted(LONE_FATHER),
                                "[\"%s\", \"%s\"]".formatted(LONE_FATHER, LONE_FATHER))),
                "a parent twice");
        assertRefused(write(population().replace("\"surname\": \"Stoel\"", "\"surname\": \" \"")), "no surname");
        assertRefused(write(population().replace("\"surname\"", "\"lastName\"")), "cannot be read");
        assertRefused(
                write(population().replace("[\"%s\", \"%s\"]".formatted(MOTHER, FATHER), "[\"%s\"]".formatted(bsn()))),
                "unknown parent");
        assertRefused(write(population().replace(ONLY_CHILD, StandInPersons.NOAH_JANSEN.value())), "repeated BSN");
        assertThatThrownBy(() -> new StandInBrp(
                        0,
                        null,
                        CLOCK,
                        List.of(),
                        write(population()
                                .replace("[\"%s\"]".formatted(LONE_FATHER), "[\"%s\"]".formatted(MOTHER + "X")))))
                .as("a refusal names the person by place, not by BSN")
                .hasMessageContaining("unknown parent of person ")
                .hasMessageNotContaining(ONLY_CHILD)
                .hasMessageNotContaining(LONE_FATHER);
        assertRefused(write(population().replace("\"address\": \"b-2\"", "\"address\": \"b-9\"")), "unknown address");
        assertRefused(
                write(population().replace("\"0001\": \"Benchdorp\"", "\"0002\": \"Elders\"")), "unknown municipality");
    }

    @Test
    void theStandInOfItsOwnAndTheStandaloneRunTakeTheFile() throws Exception {
        Path file = write(population());

        standIn = StandInBrpMain.start(new String[] {"0", "--population-file=" + file});
        assertThat(residents(B2)).containsExactly(LONE_FATHER, ONLY_CHILD);
        standIn.stop();

        MockEnvironment environment =
                new MockEnvironment().withProperty("verwijsindex.standalone.brp.population-file", file.toString());
        standIn = new StandInBrpConfiguration()
                .standInBrp(
                        environment,
                        CLOCK,
                        new DefaultListableBeanFactory().getBeanProvider(StandInBrp.Residents.class));
        standIn.start();
        assertThat(residents(B1)).containsExactly(MOTHER, FATHER, ELDEST, YOUNGEST);

        assertThatThrownBy(() -> StandInBrpMain.start(new String[] {"0", "--population-file="}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> new StandInBrp(0, null, CLOCK, List.of(), file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(reason);
    }

    private void start(String population) throws IOException {
        standIn = new StandInBrp(0, null, CLOCK, List.of(), write(population));
        standIn.start();
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "population", ".json");
        Files.writeString(file, content);
        return file;
    }

    private static String population() {
        return """
                {"about": "two households for a test",
                 "municipalities": {"0001": "Benchdorp"},
                 "addresses": [
                   {"key": "b-1", "adresseerbaarObjectIdentificatie": "%s", "nummeraanduidingIdentificatie": "0001208800000001",
                    "street": "Benchstraat", "houseNumber": 1, "postcode": "1000AA", "town": "Benchdorp", "municipality": "0001"},
                   {"key": "b-2", "adresseerbaarObjectIdentificatie": "%s", "nummeraanduidingIdentificatie": "0001208800000002",
                    "street": "Benchstraat", "houseNumber": 2, "postcode": "1000AA", "town": "Benchdorp", "municipality": "0001"}],
                 "persons": [
                   {"bsn": "%s", "givenNames": "Anna", "surname": "Bank", "gender": "V", "birthDate": "1985-01-02", "address": "b-1"},
                   {"bsn": "%s", "givenNames": "Bram", "surname": "Bank", "gender": "M", "birthDate": "1984-03-04", "address": "b-1"},
                   {"bsn": "%s", "givenNames": "Cas", "surname": "Bank", "gender": "M", "birthDate": "2014-05-06",
                    "parents": ["%s", "%s"], "address": "b-1"},
                   {"bsn": "%s", "givenNames": "Dewi", "surname": "Bank", "gender": "V", "birthDate": "2017-07-08",
                    "parents": ["%s", "%s"], "address": "b-1"},
                   {"bsn": "%s", "givenNames": "Erik", "surname": "Stoel", "gender": "M", "birthDate": "1980-09-10", "address": "b-2"},
                   {"bsn": "%s", "givenNames": "Fien", "surname": "Stoel", "gender": "V", "birthDate": "2010-11-12",
                    "parents": ["%s"], "address": "b-2"}]}
                """.formatted(
                        B1,
                        B2,
                        MOTHER,
                        FATHER,
                        ELDEST,
                        MOTHER,
                        FATHER,
                        YOUNGEST,
                        MOTHER,
                        FATHER,
                        LONE_FATHER,
                        ONLY_CHILD,
                        LONE_FATHER);
    }

    private List<String> residents(String addressableObjectId) throws Exception {
        return post("{\"type\":\"ZoekMetAdresseerbaarObjectIdentificatie\",\"fields\":[\"burgerservicenummer\"],"
                        + "\"adresseerbaarObjectIdentificatie\":\"" + addressableObjectId + "\"}")
                .findValuesAsString("burgerservicenummer");
    }

    private JsonNode lookUp(List<String> bsns, String... fields) throws Exception {
        return post("{\"type\":\"RaadpleegMetBurgerservicenummer\",\"fields\":" + JSON.writeValueAsString(fields)
                + ",\"burgerservicenummer\":" + JSON.writeValueAsString(bsns) + "}");
    }

    private JsonNode post(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/personen"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A valid BSN none of the others has, outside the fixture's range (9999...). */
    private static String bsn() {
        while (true) {
            String bsn = TestBsns.random(SEEDED);
            if (!bsn.startsWith("9999") && TAKEN.add(bsn)) {
                return bsn;
            }
        }
    }
}
