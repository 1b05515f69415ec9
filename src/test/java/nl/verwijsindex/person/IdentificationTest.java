// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.person.Person.PersonName;
import tools.jackson.databind.JsonNode;

/** R-BSN-HIDDEN, R-NOBSN, R-DATA and R-SECRET: naming a youth without a BSN, and what a professional sees. */
@IntegrationTest
class IdentificationTest {

    private static final LocalDate BORN = LocalDate.of(2013, 3, 14);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRegisterDouble register;

    @Test
    void R_BSN_HIDDEN_aProfessionalWithoutBsnAuthorityRegistersByNameAndNeverSeesTheBsn() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Organisation school = fixtures.organisation(region, "PRIMARY_EDUCATION");
        fixtures.directory().authoriseBsnUse(school.id(), false);
        Professional teacher = fixtures.professional(school);
        String surname = "Vlinder" + TestBsns.random();
        String bsn = TestBsns.random();
        register.put(person(bsn, surname, Gender.MALE, "3511AB", false));

        Api.Response byBsn = api.post(teacher.signalsPath(), teacher.token(), Api.registration(bsn, BORN.toString()));
        assertThat(byBsn.status()).isEqualTo(403);
        assertThat(byBsn.json().at("/code").asString()).isEqualTo("bsn-not-authorised");

        Api.Response created = api.post(teacher.signalsPath(), teacher.token(), byPerson(surname, "M", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().at("/signal/id").asString();
        assertThat(created.body()).doesNotContain(bsn);
        assertThat(created.json().at("/signal/bsn").isNull()).isTrue();
        assertThat(api.get(teacher.signalsPath(), teacher.token()).body()).doesNotContain(bsn);
        JsonNode shown =
                api.get(teacher.signalsPath() + "/" + id, teacher.token()).json();
        assertThat(shown.toString()).doesNotContain(bsn);
        assertThat(shown.at("/person/name").asString()).endsWith(surname);

        // Another professional who may use the BSN registers the same youth by BSN: one youth, one match.
        Professional nurse = fixtures.professional(fixtures.organisation(region));
        assertThat(api.post(nurse.signalsPath(), nurse.token(), Api.registration(bsn, BORN.toString()))
                        .status())
                .isEqualTo(201);
        assertThat(api.get(teacher.matchesPath(), teacher.token()).json()).hasSize(1);
    }

    @Test
    void R_BSN_HIDDEN_aSurnameTheRegisterWouldNotSearchOnIsRefusedWith422AndWritesNothing() {
        // Issue 13, defect 1: these gave a 500 when the BRP adapter refused what the registration had accepted.
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Organisation school = fixtures.organisation(fixtures.region(false), "PRIMARY_EDUCATION");
        fixtures.directory().authoriseBsnUse(school.id(), false);
        Professional teacher = fixtures.professional(school);
        int signals = fixtures.count("signal");
        int searches = register.searches();
        for (String surname : List.of(
                "Zwanen*",
                "Zwan?",
                "Jan;sen",
                "<b>x</b>",
                "Jan\u0000sen",
                "Robert'); drop table signal;--",
                "12345",
                "Jan_sen")) {
            for (String body : List.of(byPerson(json(surname), "M", null), withoutBsn(json(surname), "M"))) {
                Api.Response refused = api.post(teacher.signalsPath(), teacher.token(), body);
                assertThat(refused.status()).as(surname + ": " + refused.body()).isEqualTo(422);
                assertThat(refused.json().at("/code").asString()).isEqualTo("invalid-surname");
                assertThat(refused.body())
                        .as("the answer does not echo the input")
                        .doesNotContain("drop table", "<b>");
            }
        }
        assertThat(fixtures.count("signal")).isEqualTo(signals);
        assertThat(register.searches()).as("the register was never asked").isEqualTo(searches);
    }

    @Test
    void R_BSN_HIDDEN_aSurnameTypedWithItsPrefixIsFoundAsTheRegisterKeepsIt() {
        // Issue 13, defect 2: "van den Heuvel" is sent as voorvoegsel "van den" and geslachtsnaam "Heuvel".
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Organisation school = fixtures.organisation(fixtures.region(false), "PRIMARY_EDUCATION");
        fixtures.directory().authoriseBsnUse(school.id(), false);
        String surname = "Heuvel" + TestBsns.random();
        register.put(new Person(
                nl.verwijsindex.youth.Bsn.parse(TestBsns.random()),
                new PersonName("Sam", "van den", surname),
                BORN,
                Gender.MALE,
                List.of(),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty()));

        Professional typesThePrefix = fixtures.professional(school);
        Api.Response withPrefix = api.post(
                typesThePrefix.signalsPath(), typesThePrefix.token(), byPerson("Van den " + surname, "M", null));
        assertThat(withPrefix.status()).as(withPrefix.body()).isEqualTo(201);
        Professional leavesItOut = fixtures.professional(school);
        Api.Response withoutPrefix =
                api.post(leavesItOut.signalsPath(), leavesItOut.token(), byPerson(surname, "M", null));
        assertThat(withoutPrefix.status()).as(withoutPrefix.body()).isEqualTo(201);
        Professional typesAnotherPrefix = fixtures.professional(school);
        Api.Response otherPrefix = api.post(
                typesAnotherPrefix.signalsPath(), typesAnotherPrefix.token(), byPerson("de " + surname, "M", null));
        assertThat(otherPrefix.status()).isEqualTo(422);
        assertThat(otherPrefix.json().at("/code").asString()).isEqualTo("person-not-identified");
        assertThat(api.get(typesThePrefix.matchesPath(), typesThePrefix.token()).json())
                .as("one youth, one match")
                .hasSize(1);
    }

    /** The text as it goes inside a JSON string. */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
    }

    @Test
    void R_BSN_HIDDEN_noneOrSeveralPersonsGiveAClearErrorAndAPostcodeNarrowsTheSearch() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Organisation school = fixtures.organisation(region, "PRIMARY_EDUCATION");
        fixtures.directory().authoriseBsnUse(school.id(), false);
        Professional teacher = fixtures.professional(school);
        String surname = "Jansen" + TestBsns.random();
        register.put(person(TestBsns.random(), surname, Gender.FEMALE, "1011AA", false));
        register.put(person(TestBsns.random(), surname, Gender.FEMALE, "9711BB", false));
        int before = fixtures.count("signal");

        Api.Response none =
                api.post(teacher.signalsPath(), teacher.token(), byPerson("Onbekend" + TestBsns.random(), "V", null));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().at("/code").asString()).isEqualTo("person-not-identified");
        Api.Response several = api.post(teacher.signalsPath(), teacher.token(), byPerson(surname, "V", null));
        assertThat(several.status()).isEqualTo(422);
        assertThat(several.json().at("/code").asString()).isEqualTo("person-not-identified");
        assertThat(several.json().at("/detail").asString()).contains("postcode");
        assertThat(fixtures.count("signal")).as("nothing written").isEqualTo(before);

        register.goDown(PersonRegisterUnavailable.Reason.TIMEOUT);
        try {
            Api.Response down = api.post(teacher.signalsPath(), teacher.token(), byPerson(surname, "V", "9711 BB"));
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().at("/code").asString()).isEqualTo("person-register-unavailable");
        } finally {
            register.comeBack();
        }
        assertThat(api.post(teacher.signalsPath(), teacher.token(), byPerson(surname, "V", "9711 BB"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void R_NOBSN_aYouthWithoutBsnIsMatchedByTheVerwijsindexNumberAndMergesWhenTheBsnBecomesKnown() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional one = fixtures.professional(fixtures.organisation(region));
        Professional two = fixtures.professional(fixtures.organisation(region));
        Professional three = fixtures.professional(fixtures.organisation(region));
        String surname = "Öztürk" + TestBsns.random();

        Api.Response first = api.post(one.signalsPath(), one.token(), withoutBsn(surname, "M"));
        Api.Response second = api.post(
                two.signalsPath(),
                two.token(),
                withoutBsn(" " + surname.toUpperCase().replace("Ö", "O") + " ", "m"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String number = first.json().at("/signal/viNumber").asString();
        assertThat(number).matches("VI-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(second.json().at("/signal/viNumber").asString())
                .as("same youth, same number")
                .isEqualTo(number);
        assertThat(api.post(three.signalsPath(), three.token(), withoutBsn(surname, "V"))
                        .json()
                        .at("/signal/viNumber")
                        .asString())
                .as("another gender is another youth")
                .isNotEqualTo(number);
        assertThat(api.get(one.matchesPath(), one.token()).json()).hasSize(1);
        assertThat(api.get(
                                one.signalsPath() + "/"
                                        + first.json().at("/signal/id").asString(),
                                one.token())
                        .json()
                        .at("/person/status")
                        .asString())
                .isEqualTo("NO_BSN");

        // The BSN becomes known; a third professional already had a signal on that BSN.
        String bsn = TestBsns.random();
        register.put(person(bsn, surname, Gender.MALE, "1011AA", false));
        String thirds = api.post(three.signalsPath(), three.token(), Api.registration(bsn, BORN.toString()))
                .json()
                .at("/signal/id")
                .asString();
        Api.Response merged = api.post(
                one.signalsPath() + "/" + first.json().at("/signal/id").asString() + "/bsn",
                one.token(),
                "{\"bsn\":\"" + bsn + "\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().at("/bsn").asString()).isEqualTo(bsn);
        assertThat(merged.json().at("/viNumber").isNull()).isTrue();
        assertThat(api.get(three.matchesPath(), three.token()).json())
                .as("both moved signals now match the third")
                .hasSize(2);
        assertThat(api.get(one.matchesPath(), one.token()).json()).hasSize(2);
        assertThat(jdbc.sql(
                                "select count(distinct youth_id) from signal where id in (cast(:a as uuid), cast(:b as uuid), cast(:c as uuid))")
                        .param("a", first.json().at("/signal/id").asString())
                        .param("b", second.json().at("/signal/id").asString())
                        .param("c", thirds)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(three.inboxPath(), three.token()).json().size() == 2);
    }

    @Test
    void R_SECRET_aSecretAddressIsNeverShownButNameAndBirthDateAre() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Professional pro = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String open = TestBsns.random();
        String secret = TestBsns.random();
        register.put(person(open, "Open" + open, Gender.FEMALE, "3511AB", false));
        register.put(person(secret, "Geheim" + secret, Gender.FEMALE, "3511AB", true));

        JsonNode shownOpen = api.get(pro.signalsPath() + "/" + register(api, pro, open), pro.token())
                .json();
        JsonNode shownSecret = api.get(pro.signalsPath() + "/" + register(api, pro, secret), pro.token())
                .json();

        assertThat(shownOpen.at("/person/status").asString()).isEqualTo("SHOWN");
        assertThat(shownOpen.at("/person/address").toString()).contains("Bloemstraat 7");
        assertThat(shownOpen.at("/person/birthDate").asString()).isEqualTo(BORN.toString());
        assertThat(shownSecret.at("/person/name").asString()).contains("Geheim");
        assertThat(shownSecret.at("/person/addressSecret").asBoolean()).isTrue();
        assertThat(shownSecret.toString()).doesNotContain("Bloemstraat", "3511");

        register.goDown(PersonRegisterUnavailable.Reason.UNREACHABLE);
        try {
            JsonNode down = api.get(
                            pro.signalsPath() + "/" + shownOpen.at("/id").asString(), pro.token())
                    .json();
            assertThat(down.at("/person/status").asString()).isEqualTo("REGISTER_UNAVAILABLE");
            assertThat(down.at("/id").asString())
                    .as("the signal itself still shows")
                    .isNotEmpty();
        } finally {
            register.comeBack();
        }
    }

    @Test
    void R_AGE_23_theRegistersBirthDateReplacesTheOneTypedWhileTheRegisterCouldNotCheckIt() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Professional pro = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();
        register.put(person(bsn, "Typfout" + bsn, Gender.MALE, "3511AB", false));
        String typed = BORN.plusYears(1).toString();
        // Issue 12 §2: a register that cannot answer at the registration does not stop it.
        register.goDown(PersonRegisterUnavailable.Reason.TIMEOUT);
        String id;
        try {
            id = api.post(pro.signalsPath(), pro.token(), Api.registration(bsn, typed))
                    .json()
                    .at("/signal/id")
                    .asString();
        } finally {
            register.comeBack();
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql(
                                "select y.birth_date from youth y join signal s on s.youth_id = y.id where s.id = cast(:id as uuid)")
                        .param("id", id)
                        .query(LocalDate.class)
                        .single()
                        .equals(BORN));
    }

    private static Person person(String bsn, String surname, Gender gender, String postcode, boolean secret) {
        return new Person(
                nl.verwijsindex.youth.Bsn.parse(bsn),
                new PersonName("Sam", null, surname),
                BORN,
                gender,
                List.of(),
                List.of(),
                Optional.of(new Person.Residence(
                        "0363010000" + bsn.substring(3),
                        "GM0363",
                        "Amsterdam",
                        postcode,
                        List.of(
                                "Bloemstraat 7",
                                postcode.substring(0, 4) + " " + postcode.substring(4) + "  AMSTERDAM"))),
                secret,
                Optional.empty());
    }

    private static String register(Api api, Professional pro, String bsn) {
        return api.post(pro.signalsPath(), pro.token(), Api.registration(bsn, BORN.toString()))
                .json()
                .at("/signal/id")
                .asString();
    }

    private static String byPerson(String surname, String gender, String postcode) {
        return "{\"person\":{\"surname\":\"" + surname + "\",\"gender\":\"" + gender + "\""
                + (postcode == null ? "" : ",\"postcode\":\"" + postcode + "\"") + "},\"birthDate\":\"" + BORN
                + "\",\"groundsConfirmed\":true}";
    }

    private static String withoutBsn(String surname, String gender) {
        return "{\"withoutBsn\":{\"surname\":\"" + surname + "\",\"gender\":\"" + gender + "\"},\"birthDate\":\"" + BORN
                + "\",\"groundsConfirmed\":true}";
    }
}
