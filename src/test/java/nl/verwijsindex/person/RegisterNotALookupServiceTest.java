// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.person.Person.PersonName;
import nl.verwijsindex.standalone.InProcessMailServer;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.Youths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12 §2, the person register is not a lookup service: a registration by BSN is checked against the
 * register before the signal exists; a search by name and birth date (R-BSN-HIDDEN) comes only after every
 * other check, tells nobody whether no one or several fit, is logged and is rate-limited; a BSN attached to a
 * youth without one (R-NOBSN) must be that youth's by the register.
 */
@IntegrationTest
class RegisterNotALookupServiceTest {

    private static final LocalDate BORN = LocalDate.of(2013, 3, 14);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonRegisterDouble register;

    @Autowired
    Youths youths;

    @Autowired
    Logbook logbook;

    @Autowired
    InProcessMailServer mailServer;

    @Test
    void R_YOUTH_aBirthDateTheRegisterDoesNotHaveForTheBsnIsRefusedAndCreatesNothing() {
        // On the old main this registered (201) and the register's date replaced the typed one afterwards.
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Professional pro = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();
        register.put(person(bsn, "Datum" + bsn, BORN, Gender.MALE));
        int signals = fixtures.count("signal");

        Api.Response refused = api.post(
                pro.signalsPath(),
                pro.token(),
                Api.registration(bsn, BORN.plusDays(1).toString()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/code").asString()).isEqualTo("birth-date-mismatch");
        assertThat(refused.body()).as("the register's date is not given away").doesNotContain(BORN.toString(), bsn);
        assertThat(fixtures.count("signal")).isEqualTo(signals);
        assertThat(youths.findByBsn(new Bsn(bsn))).as("no youth created").isEmpty();
        // the professional's own mail: other tests' notices may still be arriving in the shared server
        assertThat(mailServer.received()).noneMatch(mail -> mail.to().equals(pro.email()));

        assertThat(api.post(pro.signalsPath(), pro.token(), Api.registration(bsn, BORN.toString()))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void R_YOUTH_aPersonWhoIs23PerTheRegisterIsRefusedBeforeTheSignalExists() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Professional pro = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();
        LocalDate adult = LocalDate.now().minusYears(23).minusDays(1);
        register.put(person(bsn, "Volwassen" + bsn, adult, Gender.FEMALE));
        int signals = fixtures.count("signal");

        Api.Response refused = api.post(pro.signalsPath(), pro.token(), Api.registration(bsn, adult.toString()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/code").asString()).isEqualTo("youth-too-old");
        assertThat(fixtures.count("signal")).isEqualTo(signals);
        assertThat(youths.findByBsn(new Bsn(bsn))).isEmpty();
    }

    @Test
    void R_DATA_nameAndAddressAreFetchedOnlyWhileTheProfessionalsSignalIsActive() {
        // On the old main an ended (archived) signal still fetched and showed the youth's name and address.
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Professional pro = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();
        register.put(person(bsn, "Toon" + bsn, BORN, Gender.FEMALE));
        String id = api.post(pro.signalsPath(), pro.token(), Api.registration(bsn, BORN.toString()))
                .json()
                .at("/signal/id")
                .asString();
        assertThat(api.get(pro.signalsPath() + "/" + id, pro.token())
                        .json()
                        .at("/person/name")
                        .asString())
                .endsWith("Toon" + bsn);

        assertThat(api.post(pro.signalsPath() + "/" + id + "/end", pro.token(), "{\"reason\":\"RISK_GONE\"}")
                        .status())
                .isEqualTo(200);
        int questions = register.questionsAbout(new Bsn(bsn), Purpose.DISPLAY);
        JsonNode ended = api.get(pro.signalsPath() + "/" + id, pro.token()).json();

        assertThat(ended.at("/person/status").asString()).isEqualTo("SIGNAL_NOT_ACTIVE");
        assertThat(ended.toString()).doesNotContain("Toon" + bsn);
        assertThat(register.questionsAbout(new Bsn(bsn), Purpose.DISPLAY))
                .as("the register was not asked")
                .isEqualTo(questions);
    }

    @Test
    void R_BSN_HIDDEN_theRegisterIsNotAskedBeforeAuthorisationAgeAndGroundsHold() {
        // On the old main the search ran first and the grounds and the professional were checked after it.
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Organisation school = school(fixtures);
        Professional teacher = fixtures.professional(school);
        Professional notDesignated = fixtures.professional(school, false);
        String surname = "Vooraf" + TestBsns.random();
        register.put(person(TestBsns.random(), surname, BORN, Gender.MALE));
        int searches = register.searches();

        Api.Response noGrounds = api.post(
                teacher.signalsPath(),
                teacher.token(),
                byPerson(surname, "M", BORN).replace("\"groundsConfirmed\":true", "\"groundsConfirmed\":false"));
        Api.Response tooOld = api.post(
                teacher.signalsPath(),
                teacher.token(),
                byPerson(surname, "M", LocalDate.now().minusYears(30)));
        Api.Response notAllowed =
                api.post(notDesignated.signalsPath(), notDesignated.token(), byPerson(surname, "M", BORN));

        assertThat(noGrounds.status()).as(noGrounds.body()).isEqualTo(422);
        assertThat(tooOld.status()).as(tooOld.body()).isEqualTo(422);
        assertThat(notAllowed.status()).as(notAllowed.body()).isIn(403, 404, 422);
        assertThat(register.searches()).as("the register was never asked").isEqualTo(searches);
    }

    @Test
    void R_BSN_HIDDEN_nobodyAndSeveralPersonsGiveOneIndistinguishableAnswerAndEveryQueryIsLogged() {
        // On the old main these answered person-not-found and person-ambiguous: a search told who exists.
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Organisation school = school(fixtures);
        Professional teacher = fixtures.professional(school);
        String twins = "Tweeling" + TestBsns.random();
        register.put(person(TestBsns.random(), twins, BORN, Gender.FEMALE));
        register.put(person(TestBsns.random(), twins, BORN, Gender.FEMALE));
        String single = "Enig" + TestBsns.random();
        register.put(person(TestBsns.random(), single, BORN, Gender.FEMALE));

        Api.Response nobody =
                api.post(teacher.signalsPath(), teacher.token(), byPerson("Niemand" + TestBsns.random(), "V", BORN));
        Api.Response several = api.post(teacher.signalsPath(), teacher.token(), byPerson(twins, "V", BORN));
        Api.Response one = api.post(teacher.signalsPath(), teacher.token(), byPerson(single, "V", BORN));

        assertThat(several.status()).isEqualTo(nobody.status()).isEqualTo(422);
        assertThat(several.json().at("/code").asString())
                .isEqualTo(nobody.json().at("/code").asString())
                .isEqualTo("person-not-identified");
        assertThat(withoutInstance(several.json())).isEqualTo(withoutInstance(nobody.json()));
        assertThat(one.status()).isEqualTo(201);

        List<String> logged = logbook.entriesForProfessional(teacher.id().value(), 50).stream()
                .filter(e -> e.entry().action() == Action.PERSON_REGISTER_QUERIED)
                .map(e -> e.entry().subjectId())
                .toList();
        assertThat(logged).containsExactlyInAnyOrder("SEARCH:NONE_FOUND", "SEARCH:SEVERAL_FOUND", "SEARCH:ONE_FOUND");
    }

    @Test
    void R_BSN_HIDDEN_searchesAreLimitedPerProfessionalAndPerOrganisationWith429AndRetryAfter() {
        // On the old main a professional could search the register without any limit.
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Organisation school = school(fixtures);
        Professional fisher = fixtures.professional(school);
        for (int i = 0; i < 10; i++) {
            assertThat(api.post(fisher.signalsPath(), fisher.token(), byPerson("Vis" + i, "M", BORN))
                            .status())
                    .isEqualTo(422);
        }
        Api.Response limited = api.post(fisher.signalsPath(), fisher.token(), byPerson("Vis", "M", BORN));
        assertThat(limited.status()).as(limited.body()).isEqualTo(429);
        assertThat(limited.json().at("/code").asString()).isEqualTo("person-query-limit");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();

        // The organisation's limit (25 in the tests) holds across its professionals.
        int answered = 10;
        Api.Response orgLimited = null;
        for (int p = 0; p < 3 && orgLimited == null; p++) {
            Professional colleague = fixtures.professional(school);
            for (int i = 0; i < 10; i++) {
                Api.Response response =
                        api.post(colleague.signalsPath(), colleague.token(), byPerson("Net" + i, "V", BORN));
                if (response.status() == 429) {
                    orgLimited = response;
                    break;
                }
                answered++;
            }
        }
        assertThat(answered).isEqualTo(25);
        assertThat(orgLimited).isNotNull();
        assertThat(orgLimited.json().at("/code").asString()).isEqualTo("person-query-limit");
        assertThat(orgLimited.header("Retry-After")).isNotBlank();
    }

    @Test
    void R_NOBSN_aBsnWhoseRegisteredSurnameBirthDateAndGenderGiveAnotherNumberIsNotAttached() {
        // On the old main any valid BSN was attached and the youth merged with whoever had it.
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        Professional pro = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String surname = "Zonder" + TestBsns.random();
        Api.Response registered = api.post(pro.signalsPath(), pro.token(), withoutBsn(surname, "M"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String path =
                pro.signalsPath() + "/" + registered.json().at("/signal/id").asString() + "/bsn";
        String someoneElse = TestBsns.random();
        register.put(person(someoneElse, "Ander" + someoneElse, BORN, Gender.MALE));
        String otherGender = TestBsns.random();
        register.put(person(otherGender, surname, BORN, Gender.FEMALE));
        String theYouth = TestBsns.random();
        register.put(new Person(
                Bsn.parse(theYouth),
                new PersonName("Sam", null, surname),
                BORN,
                Gender.MALE,
                List.of(),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty()));

        for (String wrong : List.of(someoneElse, otherGender)) {
            Api.Response refused = api.post(path, pro.token(), "{\"bsn\":\"" + wrong + "\"}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().at("/code").asString()).isEqualTo("bsn-does-not-match-youth");
            assertThat(refused.body()).doesNotContain(wrong);
        }
        Api.Response attached = api.post(path, pro.token(), "{\"bsn\":\"" + theYouth + "\"}");
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    }

    private static Organisation school(Fixtures fixtures) {
        Organisation school = fixtures.organisation(fixtures.region(false), "PRIMARY_EDUCATION");
        fixtures.directory().authoriseBsnUse(school.id(), false);
        return school;
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        ObjectNode copy = (ObjectNode) problem.deepCopy();
        copy.remove("instance");
        return copy;
    }

    private static Person person(String bsn, String surname, LocalDate born, Gender gender) {
        return new Person(
                Bsn.parse(bsn),
                new PersonName("Sam", null, surname),
                born,
                gender,
                List.of(),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty());
    }

    private static String byPerson(String surname, String gender, LocalDate born) {
        return "{\"person\":{\"surname\":\"" + surname + "\",\"gender\":\"" + gender + "\"},\"birthDate\":\"" + born
                + "\",\"groundsConfirmed\":true}";
    }

    private static String withoutBsn(String surname, String gender) {
        return "{\"withoutBsn\":{\"surname\":\"" + surname + "\",\"gender\":\"" + gender + "\"},\"birthDate\":\"" + BORN
                + "\",\"groundsConfirmed\":true}";
    }
}
