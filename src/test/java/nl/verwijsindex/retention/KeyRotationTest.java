// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.VerwijsindexApplication;
import nl.verwijsindex.person.PersonRegisterDouble;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * ADR 0022, end to end over three starts of the application on one database: signals registered under key
 * 1; key 2 added and made current (matching, decryption and idempotent retries still work for what key 1
 * wrote); the re-keying task moves everything to key 2; key 1 removed, and everything is still found and
 * decrypted. This is the procedure in the README, also for a leaked key.
 */
class KeyRotationTest {

    private static final String KEY_2_BLIND = "a2V5LXR3by1ibGluZC1pbmRleC0zMi1ieXRlcy1sb25nISE=";
    private static final String KEY_2_ENCRYPTION = "a2V5LXR3by1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcyE=";
    private static final Map<String, String> RETRY_KEY = Map.of("Idempotency-Key", "rotation-request-1");

    static final UUID REQUEST = UUID.randomUUID();

    @Test
    void aRotatedKeyKeepsEveryYouthFoundAndEveryBsnReadableAndTheOldKeyCanBeRetired() {
        String bsn = TestBsns.random();
        String retried = TestBsns.random();
        String born = LocalDate.now().minusYears(9).toString();
        Professional a;
        Professional b;
        Professional d;
        String signalOfA;
        String retriedSignal;
        byte[] indexUnderKey1;
        // R-MATCH-FAMILY across the rotation: two siblings before it, a third after the old key is retired.
        Family family = new Family(born);
        Professional e;
        Professional f;
        Professional g;
        List<String> familySignals;
        String familyCase;
        byte[] familyKeyUnderKey1;

        // Key 1 only, from the original settings: the single-key configuration as it always was.
        try (ConfigurableApplicationContext first = start()) {
            Api api = new Api(port(first));
            Fixtures fixtures = new Fixtures(first);
            String region = fixtures.region(false);
            a = fixtures.professional(fixtures.organisation(region));
            b = fixtures.professional(fixtures.organisation(region));
            d = fixtures.professional(fixtures.organisation(region));
            Api.Response registered = api.post(a.signalsPath(), a.token(), Api.registration(bsn, born));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            signalOfA = registered.json().at("/signal/id").asString();
            Api.Response once = api.post(a.signalsPath(), a.token(), Api.registration(retried, born), RETRY_KEY);
            assertThat(once.status()).as(once.body()).isEqualTo(201);
            retriedSignal = once.json().at("/signal/id").asString();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            family.putInto(first);
            e = fixtures.professional(fixtures.organisation(region));
            f = fixtures.professional(fixtures.organisation(region));
            g = fixtures.professional(fixtures.organisation(region));
            Api.Response older = api.post(e.signalsPath(), e.token(), Api.registration(family.first, born));
            Api.Response younger = api.post(f.signalsPath(), f.token(), Api.registration(family.second, born));
            assertThat(younger.status()).as(younger.body()).isEqualTo(201);
            familySignals = List.of(
                    older.json().at("/signal/id").asString(),
                    younger.json().at("/signal/id").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> familyCase(jdbc, familySignals) != null);
            familyCase = familyCase(jdbc, familySignals);
            familyKeyUnderKey1 = caseKey(jdbc, familyCase);
            assertThat(keyIdsOfYouths(jdbc)).containsOnly(1);
            // A privacy desk's request on the youth keeps the BSN as the index keeps every BSN (R-REQUEST).
            BsnProtection protection = first.getBean(BsnProtection.class);
            String municipality = fixtures.municipality(region);
            jdbc.sql("""
                            insert into rights_request (id, municipality_code, kind, requester, identity_check,
                                youth_birth_date, bsn_index, bsn_key_id, bsn_encrypted, received_on, due_on,
                                recorded_by, recorded_at)
                            values (:id, :municipality, 'ACCESS', 'YOUTH', 'DIGID', :born, :index, 1, :encrypted,
                                current_date, current_date + 30, 'test', now())""")
                    .param("id", REQUEST)
                    .param("municipality", municipality)
                    .param("born", LocalDate.parse(born))
                    .param("index", protection.blindIndex(Bsn.parse(bsn)).bytes())
                    .param("encrypted", protection.encrypt(Bsn.parse(bsn)))
                    .update();
            indexUnderKey1 = youthIndexOfSignal(jdbc, signalOfA);
            assertThat(logbookEntriesWith(jdbc, indexUnderKey1)).isPositive();
        }

        // Key 2 added and current, key 1 still active for reading; the re-keying task has not run yet.
        try (ConfigurableApplicationContext second = start(
                "--verwijsindex.keys.ring.2.blind-index-key=" + KEY_2_BLIND,
                "--verwijsindex.keys.ring.2.encryption-key=" + KEY_2_ENCRYPTION,
                "--verwijsindex.keys.current-id=2")) {
            Api api = new Api(port(second));
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            family.putInto(second);
            assertThat(keyIdsOfYouths(jdbc)).containsOnly(1);

            // A new signal on the same BSN matches the one registered under key 1: one youth, one match.
            Api.Response matched = api.post(b.signalsPath(), b.token(), Api.registration(bsn, born));
            assertThat(matched.status()).as(matched.body()).isEqualTo(201);
            assertThat(api.get(a.matchesPath(), a.token()).json()).hasSize(1);
            assertThat(youthIndexOfSignal(jdbc, matched.json().at("/signal/id").asString()))
                    .isEqualTo(indexUnderKey1);
            // The BSN under key 1 still decrypts for its own professional.
            assertThat(api.get(a.signalsPath() + "/" + signalOfA, a.token()).body())
                    .contains(bsn);
            // A retry across the rotation is the same request, not a reused key.
            Api.Response retry = api.post(a.signalsPath(), a.token(), Api.registration(retried, born), RETRY_KEY);
            assertThat(retry.status()).as(retry.body()).isLessThan(300);
            assertThat(retry.json().at("/signal/id").asString()).isEqualTo(retriedSignal);

            KeyRotation rotation = second.getBean(KeyRotation.class);
            // The two youths of signals a and the retried one, and the two siblings.
            assertThat(rotation.status().bsnYouths()).containsEntry(1, 4L);
            assertThat(rotation.status().retirable()).isEmpty();
            assertThat(rotation.status().otherRows()).as("the request").containsEntry(1, 1L);
            assertThat(rotation.run()).isEqualTo(4);
            assertThat(rotation.status().otherRows()).doesNotContainKey(1);
            BsnProtection protection = second.getBean(BsnProtection.class);
            assertThat(jdbc.sql("select bsn_index from rights_request where id = :id")
                            .param("id", REQUEST)
                            .query(byte[].class)
                            .single())
                    .as("the request is found by the BSN under the new key")
                    .isEqualTo(protection.blindIndex(Bsn.parse(bsn)).bytes())
                    .isEqualTo(youthIndexOfSignal(jdbc, signalOfA));
            assertThat(protection.keyIdOf(jdbc.sql("select bsn_encrypted from rights_request where id = :id")
                            .param("id", REQUEST)
                            .query(byte[].class)
                            .single()))
                    .isEqualTo(2);
            assertThat(keyIdsOfYouths(jdbc)).containsOnly(2);
            byte[] indexUnderKey2 = youthIndexOfSignal(jdbc, signalOfA);
            assertThat(indexUnderKey2).isNotEqualTo(indexUnderKey1);
            assertThat(logbookEntriesWith(jdbc, indexUnderKey2)).isPositive();
            assertThat(jdbc.sql("select count(*) from youth where get_byte(bsn_encrypted, 0) <> 2")
                            .query(Long.class)
                            .single())
                    .isZero();
            // Parents and address are checked again at the person register and stored under key 2.
            // Entries being written about the youth while it moved (its notices, its register check) follow it
            // at the latest at the next run.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                rotation.run();
                assertThat(rotation.status().personData()).doesNotContainKey(1);
                assertThat(logbookEntriesWith(jdbc, indexUnderKey1)).isZero();
            });
            assertThat(rotation.status().retirable()).containsExactly(1);
            // The family's case follows its parent to key 2: the same case, keyed under the new key.
            assertThat(caseKey(jdbc, familyCase)).isNotEqualTo(familyKeyUnderKey1);
        }

        // Key 1 retired: only key 2 is configured. Everything is still found and decrypted.
        try (ConfigurableApplicationContext third = start(
                "--verwijsindex.keys.blind-index-key=",
                "--verwijsindex.keys.encryption-key=",
                "--verwijsindex.keys.ring.2.blind-index-key=" + KEY_2_BLIND,
                "--verwijsindex.keys.ring.2.encryption-key=" + KEY_2_ENCRYPTION,
                "--verwijsindex.keys.current-id=2")) {
            Api api = new Api(port(third));
            JdbcClient jdbc = third.getBean(JdbcClient.class);
            family.putInto(third);
            Api.Response youngest = api.post(g.signalsPath(), g.token(), Api.registration(family.third, born));
            assertThat(youngest.status()).as(youngest.body()).isEqualTo(201);
            List<String> all = List.of(
                    familySignals.get(0),
                    familySignals.get(1),
                    youngest.json().at("/signal/id").asString());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("select count(*) from match_pair where signal_a in (:s) and signal_b in (:s)")
                                    .param(
                                            "s",
                                            all.stream().map(UUID::fromString).toList())
                                    .query(Long.class)
                                    .single()
                            == 3);
            assertThat(jdbc.sql(
                                    "select distinct match_case_id::text from match_pair where signal_a in (:s) and signal_b in (:s)")
                            .param("s", all.stream().map(UUID::fromString).toList())
                            .query(String.class)
                            .list())
                    .as("the youngest sibling joins the family's case, no second case beside it")
                    .containsExactly(familyCase);
            Api.Response third3 = api.post(d.signalsPath(), d.token(), Api.registration(bsn, born));
            assertThat(third3.status()).as(third3.body()).isEqualTo(201);
            assertThat(api.get(a.matchesPath(), a.token()).json()).hasSize(2);
            assertThat(api.get(a.signalsPath() + "/" + signalOfA, a.token()).body())
                    .contains(bsn);
            assertThat(third.getBean(KeyRotation.class).status().unconfigured()).isEmpty();
        }
    }

    private static List<Integer> keyIdsOfYouths(JdbcClient jdbc) {
        return new ArrayList<>(jdbc.sql("select distinct key_id from youth")
                .query(Integer.class)
                .list());
    }

    private static byte[] youthIndexOfSignal(JdbcClient jdbc, String signal) {
        return jdbc.sql("select y.bsn_index from youth y join signal s on s.youth_id = y.id where s.id = :id::uuid")
                .param("id", signal)
                .query(byte[].class)
                .single();
    }

    /** Three siblings of two parents, put into each start's person register alike. */
    private static final class Family {

        final String mother = TestBsns.random();
        final String father = TestBsns.random();
        final String first = TestBsns.random();
        final String second = TestBsns.random();
        final String third = TestBsns.random();
        final LocalDate born;

        Family(String born) {
            this.born = LocalDate.parse(born);
        }

        void putInto(ConfigurableApplicationContext context) {
            PersonRegisterDouble register = context.getBean(PersonRegisterDouble.class);
            for (String child : List.of(first, second, third)) {
                register.put(PersonRegisterDouble.child(child, born, "Zonnebloem", null, mother, father));
            }
        }
    }

    private static String familyCase(JdbcClient jdbc, List<String> signals) {
        return jdbc.sql("""
                        select c.id::text from match_pair p join match_case c on c.id = p.match_case_id
                        where c.kind = 'FAMILY' and p.signal_a in (:s) and p.signal_b in (:s)""")
                .param("s", signals.stream().map(UUID::fromString).toList())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static byte[] caseKey(JdbcClient jdbc, String matchCase) {
        return jdbc.sql("select case_key from match_case where id = :id::uuid")
                .param("id", matchCase)
                .query(byte[].class)
                .single();
    }

    private static long logbookEntriesWith(JdbcClient jdbc, byte[] index) {
        return jdbc.sql("select count(*) from logbook_entry where youth_index = :index")
                .param("index", index)
                .query(Long.class)
                .single();
    }

    private static ConfigurableApplicationContext start(String... keys) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-keys",
                // The test runs the re-keying itself, at the moment it chooses.
                "--verwijsindex.keys.rekey-interval=PT1H"));
        arguments.addAll(List.of(keys));
        return new SpringApplicationBuilder(VerwijsindexApplication.class, PersonRegisterDouble.Configuration.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
