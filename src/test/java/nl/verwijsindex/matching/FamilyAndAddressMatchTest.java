// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonCheck;
import nl.verwijsindex.person.PersonRegisterDouble;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.standalone.InProcessMailServer;
import tools.jackson.databind.JsonNode;

/**
 * R-MATCH-FAMILY, R-MATCH-ADDRESS, R-NOTICE and R-MOVE with a person register: who matches whom, what the
 * notices may say, and that a register that is down delays family and address matches but loses none.
 */
@IntegrationTest
class FamilyAndAddressMatchTest extends IntegrationTestBase {

    private static final LocalDate BORN = LocalDate.of(2014, 5, 1);

    @Autowired
    PersonCheck personCheck;

    @Autowired
    InProcessMailServer mailServer;

    @Test
    void R_MATCH_FAMILY_siblingsAndHalfSiblingsMatchPairwiseAndNoticesNameNoChild() {
        String region = fixtures.region(false);
        String p1 = TestBsns.random();
        String p2 = TestBsns.random();
        String p3 = TestBsns.random();
        String p4 = TestBsns.random();
        // A and B are full siblings; C shares a parent with both; E shares a parent with C only.
        String a = person("Zonnebloem", null, p1, p2);
        String b = person("Zonnebloem", null, p1, p2);
        String c = person("Madeliefje", null, p2, p3);
        String e = person("Klaproos", null, p3, p4);
        List<Professional> pros = new ArrayList<>();
        List<String> signals = new ArrayList<>();
        for (String youth : List.of(a, b, c, e)) {
            Professional pro = fixtures.professional(fixtures.organisation(region));
            pros.add(pro);
            signals.add(register(api, pro, youth));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> pairs(signals, "FAMILY") == 4);
        assertThat(pairs(signals, "ADDRESS") + pairs(signals, "YOUTH")).isZero();
        assertThat(paired(signals.get(0), signals.get(3)))
                .as("A and E share no parent")
                .isFalse();
        assertThat(paired(signals.get(0), signals.get(2)))
                .as("half-siblings through parent 2")
                .isTrue();
        assertThat(paired(signals.get(2), signals.get(3)))
                .as("half-siblings through parent 3")
                .isTrue();

        Professional ofA = pros.get(0);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(ofA.inboxPath(), ofA.token()).json().size() == 2);
        JsonNode inbox = api.get(ofA.inboxPath(), ofA.token()).json();
        for (JsonNode item : inbox) {
            assertThat(item.at("/matchKind").asString()).isEqualTo("FAMILY");
            assertThat(item.at("/text").asString()).contains("een ander kind uit hetzelfde gezin");
        }
        JsonNode matches = api.get(ofA.matchesPath(), ofA.token()).json();
        assertThat(matches).hasSize(2);
        assertThat(matches.findValuesAsString("kind")).containsOnly("FAMILY");
        assertThat(matches.toString())
                .contains(pros.get(1).email(), pros.get(2).email())
                .doesNotContain(pros.get(3).email());

        // R-NOTICE, R-MAIL-EMPTY: nothing any professional reads names a sibling.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailServer.received().stream()
                                .filter(m ->
                                        pros.stream().anyMatch(p -> p.email().equals(m.to())))
                                .count()
                        == 8);
        for (int i = 0; i < pros.size(); i++) {
            Professional pro = pros.get(i);
            String seen = api.get(pro.inboxPath(), pro.token()).body()
                    + api.get(pro.matchesPath(), pro.token()).body();
            for (String youth : List.of(a, b, c, e)) {
                if (!youth.equals(List.of(a, b, c, e).get(i))) {
                    assertThat(seen).doesNotContain(youth);
                }
            }
            assertThat(seen).doesNotContain("Zonnebloem", "Madeliefje", "Klaproos", p1, p2, p3, p4);
        }
        assertThat(mailServer.received())
                .allSatisfy(mail -> assertThat(mail.subject() + mail.body())
                        .doesNotContain(a, b, c, e, "Zonnebloem", "Madeliefje", "Klaproos"));
    }

    @Test
    void R_MATCH_FAMILY_siblingsRegisteredAtTheSameMomentMatchExactlyOnce() throws Exception {
        String region = fixtures.region(false);
        for (int round = 0; round < 3; round++) {
            String parent = TestBsns.random();
            List<String> children = List.of(
                    person("Tulp", null, parent),
                    person("Tulp", null, parent),
                    person("Tulp", null, parent),
                    person("Tulp", null, parent));
            List<Professional> pros = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                pros.add(fixtures.professional(fixtures.organisation(region)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(children.size());
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                int n = i;
                futures.add(pool.submit((Callable<String>) () -> register(api, pros.get(n), children.get(n))));
            }
            List<String> signals = new ArrayList<>();
            for (Future<String> future : futures) {
                signals.add(future.get());
            }
            pool.shutdown();
            await().atMost(Duration.ofSeconds(20)).until(() -> pairs(signals, "FAMILY") == 6);
            Thread.sleep(1500);
            assertThat(pairs(signals, "FAMILY"))
                    .as("4 siblings, 6 pairs, none doubled")
                    .isEqualTo(6);
            assertThat(jdbc.sql("""
                            select count(*) from notice n join match_pair mp on mp.id = n.match_pair_id
                            where mp.signal_a in (:s) and mp.signal_b in (:s)""")
                            .param(
                                    "s",
                                    signals.stream()
                                            .map(java.util.UUID::fromString)
                                            .toList())
                            .query(Long.class)
                            .single())
                    .as("one notice per pair and professional")
                    .isEqualTo(12);
        }
    }

    @Test
    void R_MATCH_ADDRESS_youthsAtOneAddressMatchExceptAtAnInstitutionOfTheRegion() {
        String region = fixtures.region(false);
        String home = bagId();
        String institution = bagId();
        fixtures.covenants().designateInstitutionAddress(region, institution, "Leefgroep De Linde");

        String x = person("Berk", PersonRegisterDouble.address(home, "GM0344"), TestBsns.random());
        String y = person("Eik", PersonRegisterDouble.address(home, "GM0344"), TestBsns.random());
        String u = person("Wilg", PersonRegisterDouble.address(institution, "GM0344"), TestBsns.random());
        String v = person("Populier", PersonRegisterDouble.address(institution, "GM0344"), TestBsns.random());
        Professional one = fixtures.professional(fixtures.organisation(region));
        Professional two = fixtures.professional(fixtures.organisation(region));
        List<String> atHome = List.of(register(api, one, x), register(api, two, y));
        List<String> atInstitution = List.of(register(api, one, u), register(api, two, v));

        await().atMost(Duration.ofSeconds(20)).until(() -> pairs(atHome, "ADDRESS") == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> due(atInstitution) == 0);
        assertThat(pairs(atInstitution, "ADDRESS"))
                .as("an institution's residents do not match by address")
                .isZero();
        // the notice is made by the case opening, after the pair's transaction committed (ADR 0058)
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !api.get(one.inboxPath(), one.token())
                        .json()
                        .findValuesAsString("matchKind")
                        .isEmpty());
        JsonNode inbox = api.get(one.inboxPath(), one.token()).json();
        assertThat(inbox.findValuesAsString("matchKind")).containsExactly("ADDRESS");
        assertThat(inbox.toString()).contains("een ander kind op hetzelfde adres");
    }

    @Test
    void whenTheRegisterIsDownRegistrationWorksAndFamilyMatchesCatchUpWhenItIsBack() {
        String region = fixtures.region(false);
        String parent = TestBsns.random();
        String a = person("Hazelaar", null, parent);
        String b = person("Hazelaar", null, parent);
        List<String> signals = new ArrayList<>();
        register.goDown(PersonRegisterUnavailable.Reason.MALFORMED_RESPONSE);
        try {
            signals.add(register(api, fixtures.professional(fixtures.organisation(region)), a));
            signals.add(register(api, fixtures.professional(fixtures.organisation(region)), b));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("""
                            select count(*) from youth_person yp join signal s on s.youth_id = yp.youth_id
                            where s.id in (:s) and yp.sync_error = 'MALFORMED_RESPONSE' and yp.sync_due_at is not null""")
                                    .param(
                                            "s",
                                            signals.stream()
                                                    .map(java.util.UUID::fromString)
                                                    .toList())
                                    .query(Long.class)
                                    .single()
                            == 2);
            assertThat(personCheck.status().failing()).isGreaterThanOrEqualTo(2);
            assertThat(pairs(signals, "FAMILY")).isZero();
        } finally {
            register.comeBack();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pairs(signals, "FAMILY") == 1);
        assertThat(due(signals)).isZero();
    }

    @Test
    void R_MOVE_aMoveIsToldToTheProfessionalsAndMakesNewAddressMatches() {
        String region = fixtures.region(false);
        String oldHome = bagId();
        String newHome = bagId();
        String oldMunicipality = fixtures.municipality(region);
        String newMunicipality = fixtures.municipality(region);
        String supervisorToken = context.getBean(nl.verwijsindex.access.MunicipalSupervisors.class)
                .add(
                        newMunicipality,
                        new nl.verwijsindex.access.MunicipalSupervisors.NewSupervisor(
                                "Regie", "regie@test.example", "14 030"))
                .token();
        String mover = person("Es", PersonRegisterDouble.address(oldHome, oldMunicipality), TestBsns.random());
        String stayer = person("Beuk", PersonRegisterDouble.address(newHome, newMunicipality), TestBsns.random());
        Professional one = fixtures.professional(fixtures.organisation(region));
        Professional two = fixtures.professional(fixtures.organisation(region));
        List<String> signals = List.of(register(api, one, mover), register(api, two, stayer));
        await().atMost(Duration.ofSeconds(20)).until(() -> due(signals) == 0);
        assertThat(pairs(signals, "ADDRESS")).isZero();

        Person before = register.get(mover);
        register.put(new Person(
                before.bsn(),
                before.name(),
                before.birthDate(),
                before.gender(),
                before.parents(),
                before.children(),
                java.util.Optional.of(PersonRegisterDouble.address(newHome, newMunicipality)),
                false,
                java.util.Optional.empty()));
        fixtures.dueForRegisterCheck(signals.get(0));

        await().atMost(Duration.ofSeconds(20)).until(() -> pairs(signals, "ADDRESS") == 1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(one.inboxPath(), one.token())
                        .json()
                        .findValuesAsString("kind")
                        .contains("MOVED"));
        assertThat(jdbc.sql(
                                "select municipality_code from youth_person yp join signal s on s.youth_id = yp.youth_id where s.id = cast(:s as uuid)")
                        .param("s", signals.get(0))
                        .query(String.class)
                        .single())
                .isEqualTo(newMunicipality);
        // ... and the supervisor of the new municipality hears of it, without anything about the youth.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/supervisor/inbox", supervisorToken)
                        .json()
                        .findValuesAsString("kind")
                        .contains("MOVED_IN"));
        assertThat(api.get("/api/v1/supervisor/inbox", supervisorToken).body()).doesNotContain(mover);
        assertThat(api.get(two.inboxPath(), two.token()).json().findValuesAsString("kind"))
                .as("the stayer did not move")
                .doesNotContain("MOVED");
    }

    private String person(String surname, Person.Residence residence, String... parents) {
        String bsn = TestBsns.random();
        register.put(PersonRegisterDouble.child(bsn, BORN, surname, residence, parents));
        return bsn;
    }

    private static String register(Api api, Professional pro, String bsn) {
        Api.Response response = api.post(pro.signalsPath(), pro.token(), Api.registration(bsn, BORN.toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/signal/id").asString();
    }

    private long pairs(List<String> signals, String kind) {
        return jdbc.sql("select count(*) from match_pair where kind = :kind and signal_a in (:s) and signal_b in (:s)")
                .param("kind", kind)
                .param("s", signals.stream().map(java.util.UUID::fromString).toList())
                .query(Long.class)
                .single();
    }

    private boolean paired(String one, String other) {
        return pairs(List.of(one, other), "FAMILY") + pairs(List.of(one, other), "ADDRESS") > 0;
    }

    private long due(List<String> signals) {
        return jdbc.sql("""
                        select count(*) from youth_person yp join signal s on s.youth_id = yp.youth_id
                        where s.id in (:s) and yp.sync_due_at is not null""")
                .param("s", signals.stream().map(java.util.UUID::fromString).toList())
                .query(Long.class)
                .single();
    }

    private static String bagId() {
        return "0344%012d"
                .formatted(Math.abs(
                                java.util.concurrent.ThreadLocalRandom.current().nextLong())
                        % 1_000_000_000_000L);
    }
}
