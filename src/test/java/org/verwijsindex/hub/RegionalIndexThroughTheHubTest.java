// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.verwijsindex.demo.PartyCa;
import org.verwijsindex.national.client.HttpNationalIndex;
import org.verwijsindex.national.client.NationalIndexUnavailable;
import org.verwijsindex.national.client.SignalReport;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.DeliveryKind;
import org.verwijsindex.national.protocol.SignalState;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.MovableClock;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.VerwijsindexApplication;
import nl.verwijsindex.national.CrossRegionKind;
import nl.verwijsindex.national.CrossRegionMatches;
import nl.verwijsindex.national.CrossRegionMatches.CrossRegionMatch;
import nl.verwijsindex.national.NationalInbox;
import nl.verwijsindex.national.NationalOutbox;
import nl.verwijsindex.person.PersonRegisterDouble;

/**
 * R-NATIONAL end to end: the whole regional index (its outbox and inbox, with the real {@link HttpNationalIndex}
 * wired from its settings and an SSL bundle of its own client certificate) against the real pseudonym service and
 * hub over mutual TLS. The other region is a second client certificate reporting through {@link HttpNationalIndex}
 * as a regional index does, so each scenario needs one regional application, not two.
 */
@SpringBootTest(classes = VerwijsindexApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({PersonRegisterDouble.Configuration.class, MovableClock.Use.class})
@TestPropertySource(
        properties = {
            "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-through-the-hub",
            "verwijsindex.logbook.checkpoint-dir=${verwijsindex.test.target:target}/test-data-through-the-hub/logbook",
            "verwijsindex.national.enabled=true",
            "verwijsindex.national.ssl-bundle=national",
            "verwijsindex.national.recipient=" + NationalParties.HUB,
            "verwijsindex.national.key-version=1",
            // The test sends and fetches itself, so it knows when.
            "verwijsindex.national.send-interval=PT1H",
            "verwijsindex.national.inbox-interval=PT1H",
            // A message that fails once (a slow first TLS handshake in a busy JVM) is due again within the tests'
            // waits; with the default 30 s back-off it waited past them, and every later test's outbox was not empty.
            "verwijsindex.national.retry-backoff=PT1S",
            "verwijsindex.national.max-backoff=PT5S"
        })
class RegionalIndexThroughTheHubTest {

    private static final LocalDate BIRTH_DATE = LocalDate.now().minusYears(9);
    private static final Parties PARTIES = new Parties();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    NationalOutbox outbox;

    @Autowired
    NationalInbox inbox;

    @Autowired
    CrossRegionMatches matches;

    @Autowired
    PersonRegisterDouble register;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Fixtures fixtures;

    @DynamicPropertySource
    static void parties(DynamicPropertyRegistry registry) {
        NationalParties parties = PARTIES.get();
        registry.add("verwijsindex.national.hub-url", () -> parties.hubUri().toString());
        registry.add(
                "verwijsindex.national.pseudonym-service-url",
                () -> parties.serviceUri().toString());
        registry.add("spring.ssl.bundle.pem.national.keystore.certificate", () -> PARTIES.regionCertificate);
        registry.add("spring.ssl.bundle.pem.national.keystore.private-key", () -> PARTIES.regionKey);
        registry.add("spring.ssl.bundle.pem.national.truststore.certificate", () -> PARTIES.trusted);
    }

    @AfterAll
    static void stopParties() throws IOException {
        PARTIES.get().close();
    }

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
    }

    @Test
    void
            R_NATIONAL_R_MATCH_YOUTH_R_VISIBLE_aSignalHereAndOneInAnotherRegionOnOneYouthMatchAndEachSeesTheOtherContact() {
        Professional anna = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();
        String signal = register(anna, bsn);
        sendAll();

        String other = PARTIES.get().freshRegion();
        HttpNationalIndex elsewhere = PARTIES.get().client(other);
        elsewhere.report(report("elsewhere-" + UUID.randomUUID(), bsn, List.of(), "Bo Elders"));

        CrossRegionMatch match = awaitMatch(anna, signal);
        assertThat(match.kind()).isEqualTo(CrossRegionKind.YOUTH_MATCH);
        assertThat(match.other().name()).isEqualTo("Bo Elders");
        assertThat(match.other().region()).isEqualTo(NationalParties.regionName(other));

        List<Delivery> theirs = elsewhere.inbox(0, 100).deliveries();
        assertThat(theirs).singleElement().satisfies(delivery -> {
            assertThat(delivery.kind()).isEqualTo(DeliveryKind.YOUTH_MATCH);
            assertThat(delivery.other().name()).isEqualTo(anna.name());
            assertThat(delivery.other().region()).isEqualTo(PARTIES.region);
        });
        assertThat(noticeKinds(signal)).contains("NATIONAL_YOUTH_MATCH");

        sendAll();
        inbox.fetch();
        assertThat(matches.ofProfessional(anna.id())).as("a match once").hasSize(1);
        assertNoBsnAtTheHub(bsn);
    }

    @Test
    void R_NATIONAL_R_MATCH_FAMILY_siblingsInTwoRegionsMatchThroughTheParentFromTheRegisterNamingNeitherChild() {
        Professional anna = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String child = TestBsns.random();
        String sibling = TestBsns.random();
        String mother = TestBsns.random();
        register.put(PersonRegisterDouble.child(
                child,
                BIRTH_DATE,
                "Visser",
                PersonRegisterDouble.address("0344010000" + (100000 + (int) (Math.random() * 899999)), "GM0344"),
                mother));
        String signal = register(anna, child);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sendAll();
            return reportsSent(signal) >= 2;
        });

        String other = PARTIES.get().freshRegion();
        HttpNationalIndex elsewhere = PARTIES.get().client(other);
        elsewhere.report(report("elsewhere-" + UUID.randomUUID(), sibling, List.of(mother), "Noor Elders"));

        CrossRegionMatch match = awaitMatch(anna, signal);
        assertThat(match.kind()).isEqualTo(CrossRegionKind.FAMILY_MATCH);
        assertThat(match.other().name()).isEqualTo("Noor Elders");
        assertThat(elsewhere.inbox(0, 100).deliveries())
                .singleElement()
                .extracting(Delivery::kind)
                .isEqualTo(DeliveryKind.FAMILY_MATCH);
        assertNoBsnAtTheHub(child, sibling, mother);
    }

    @Test
    void R_NATIONAL_R_PROOF_aSignalEndedAsUnjustifiedHereIsForgottenAtTheHubWithAProofAndMatchesNothingAfterwards() {
        Professional anna = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();
        String signal = register(anna, bsn);
        sendAll();
        assertThat(hubRows(signal)).as("the hub holds the signal").isEqualTo(1);

        var ended = api.post(anna.signalsPath() + "/" + signal + "/end", anna.token(), "{\"reason\":\"UNJUSTIFIED\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        sendAll();
        assertThat(hubRows(signal)).as("forgotten").isZero();
        assertThat(PARTIES.get()
                        .hubDatabase()
                        .sql("select count(*) from hub.forget_proof where signal_ref = :ref")
                        .param("ref", signal)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        String other = PARTIES.get().freshRegion();
        HttpNationalIndex elsewhere = PARTIES.get().client(other);
        elsewhere.report(report("elsewhere-" + UUID.randomUUID(), bsn, List.of(), "Bo Elders"));
        assertThat(elsewhere.inbox(0, 100).deliveries())
                .as("nothing left to match")
                .isEmpty();
    }

    @Test
    void R_NATIONAL_R_MATCH_YOUTH_theHubDownForAnHourHoldsUpNoRegistrationAndTheMatchArrivesAfterwardsOnceEachSide() {
        anHourDown(PARTIES.get().hub());
    }

    @Test
    void
            R_NATIONAL_R_MATCH_YOUTH_thePseudonymServiceDownForAnHourHoldsUpNoRegistrationAndTheMatchArrivesAfterwardsOnce() {
        anHourDown(PARTIES.get().service());
    }

    /**
     * The real party stops; both regions register on one youth meanwhile (here through the outbox, there through a
     * client that fails and sends the same message again later, as its outbox would); an hour on the party is back
     * and each side has the match once, also when both sides send their messages once more.
     */
    private void anHourDown(ConfigurableApplicationContext party) {
        Professional anna = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String bsn = TestBsns.random();
        String other = PARTIES.get().freshRegion();
        HttpNationalIndex elsewhere = PARTIES.get().client(other);
        SignalReport theirs = report("elsewhere-" + UUID.randomUUID(), bsn, List.of(), "Bo Elders");
        int port = NationalParties.portOf(party);

        party.stop();
        String signal;
        try {
            signal = register(anna, bsn);
            for (int i = 0; i < 3; i++) {
                outbox.sendDue();
            }
            assertThat(outbox.status().retrying()).as("held, not lost").isPositive();
            assertThat(reportsSent(signal)).isZero();
            assertThatThrownBy(() -> elsewhere.report(theirs)).isInstanceOf(NationalIndexUnavailable.class);
        } finally {
            party.start();
        }
        assertThat(NationalParties.portOf(party))
                .as("back where the regions look")
                .isEqualTo(port);

        MovableClock.INSTANCE.setTo(LocalDateTime.now(MovableClock.INSTANCE).plusHours(1));
        sendAll();
        elsewhere.report(theirs);
        elsewhere.report(theirs);

        CrossRegionMatch match = awaitMatch(anna, signal);
        assertThat(match.other().region()).isEqualTo(NationalParties.regionName(other));
        // Sent again, as after a crash between sending and marking it sent.
        jdbc.sql("update national_outbox set state = 'PENDING', next_attempt_at = now() - interval '1 minute'"
                        + " where signal_id = cast(:signal as uuid)")
                .param("signal", signal)
                .update();
        sendAll();
        inbox.fetch();
        assertThat(matches.ofProfessional(anna.id())).as("once here").hasSize(1);
        assertThat(elsewhere.inbox(0, 100).deliveries())
                .as("once there")
                .singleElement()
                .extracting(Delivery::kind)
                .isEqualTo(DeliveryKind.YOUTH_MATCH);
        assertNoBsnAtTheHub(bsn);
    }

    private CrossRegionMatch awaitMatch(Professional professional, String signal) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            inbox.fetch();
            return !matches.ofProfessional(professional.id()).isEmpty();
        });
        List<CrossRegionMatch> found = matches.ofProfessional(professional.id());
        assertThat(found)
                .singleElement()
                .extracting(m -> m.ownSignalId().toString())
                .isEqualTo(signal);
        return found.get(0);
    }

    private void sendAll() {
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                outbox.sendDue();
                return outbox.status().pending() == 0;
            });
        } catch (ConditionTimeoutException e) {
            // Say why: the full run once timed out here while the class alone passed.
            throw new AssertionError(
                    "the outbox did not empty by " + MovableClock.INSTANCE.instant() + ": " + outbox.status() + "; "
                            + jdbc.sql("select action || ' ' || state || ' attempts ' || attempts || ' due '"
                                            + " || next_attempt_at || ' ' || coalesce(refusal_code, '')"
                                            + " from national_outbox where state <> 'SENT' order by sequence")
                                    .query(String.class)
                                    .list()
                            + "; the region's log: " + outboxLog(),
                    e);
        }
    }

    /** The regional index's own warnings about the outbox (ids and exception classes, never personal data). */
    private static List<String> outboxLog() {
        List<String> lines = PARTIES.get().logLines().stream()
                .filter(line -> line.startsWith("National index:"))
                .toList();
        return lines.subList(Math.max(0, lines.size() - 10), lines.size());
    }

    private String register(Professional professional, String bsn) {
        var response = api.post(
                professional.signalsPath(), professional.token(), Api.registration(bsn, BIRTH_DATE.toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/signal/id").asString();
    }

    private int reportsSent(String signal) {
        return jdbc.sql(
                        "select count(*) from national_outbox where signal_id = cast(:signal as uuid) and state = 'SENT'")
                .param("signal", signal)
                .query(Integer.class)
                .single();
    }

    private List<String> noticeKinds(String signal) {
        return jdbc.sql("select kind from notice where signal_id = cast(:signal as uuid)")
                .param("signal", signal)
                .query(String.class)
                .list();
    }

    private int hubRows(String signal) {
        return PARTIES.get()
                .hubDatabase()
                .sql("select count(*) from hub.signal where region = :region and signal_ref = :ref")
                .param("region", PARTIES.region)
                .param("ref", signal)
                .query(Integer.class)
                .single();
    }

    private static SignalReport report(String ref, String bsn, List<String> parents, String professional) {
        return new SignalReport(
                ref,
                UUID.randomUUID(),
                1,
                SignalState.ACTIVE,
                bsn,
                parents,
                null,
                LocalDate.now().minusDays(3),
                LocalDate.now().plusYears(2),
                null,
                new ContactCard(professional, "Jeugdteam Elders", "010 1234567", "elders@test.example", null));
    }

    /** R-NATIONAL: the hub's tables and the logs of all parties hold none of the BSNs the scenario used. */
    private static void assertNoBsnAtTheHub(String... bsns) {
        List<String> dump = PARTIES.get().dump();
        List<String> logs = PARTIES.get().logLines();
        for (String bsn : bsns) {
            assertThat(dump).noneMatch(value -> value.contains(bsn));
            assertThat(logs).noneMatch(line -> line.contains(bsn));
        }
    }

    /** The pseudonym service and the hub, started once for this class, and this region's certificate. */
    private static final class Parties {

        private NationalParties parties;
        private String region;
        private String regionCertificate;
        private String regionKey;
        private String trusted;

        synchronized NationalParties get() {
            if (parties == null) {
                try {
                    Path dir = Files.createTempDirectory("through-the-hub");
                    parties = new NationalParties(dir);
                    region = parties.freshRegion();
                    var issued = parties.ca.party(region);
                    regionCertificate = PartyCa.writePem(dir.resolve("region.pem"), issued.certificate())
                            .toUri()
                            .toString();
                    regionKey = PartyCa.writePrivateKeyPem(
                                    dir.resolve("region-key.pem"), issued.keys().getPrivate())
                            .toUri()
                            .toString();
                    trusted = PartyCa.writePem(dir.resolve("trusted.pem"), parties.ca.certificate())
                            .toUri()
                            .toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return parties;
        }
    }
}
