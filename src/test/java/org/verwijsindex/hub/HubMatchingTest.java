// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.verwijsindex.national.client.HttpNationalIndex;
import org.verwijsindex.national.client.SignalReport;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.DeliveryKind;
import org.verwijsindex.national.protocol.ForgetMessage;
import org.verwijsindex.national.protocol.RegionMunicipalities;
import org.verwijsindex.national.protocol.SignalState;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R-NATIONAL end to end: regions report through {@link HttpNationalIndex} (blinding at the region, evaluation at the
 * pseudonym service, unblinding and keying at the hub), the hub matches across regions and each region fetches its
 * inbox. Every test takes fresh regions, so an inbox holds only that test's deliveries. Last, the hub's whole database
 * and the logs of all the scenarios are searched for every BSN used.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubMatchingTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 3, 2);
    private static final AtomicLong NEXT_BSN = new AtomicLong(900_000_001);
    private static final Set<String> BSNS_USED = new HashSet<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static NationalParties parties;

    @BeforeAll
    static void start() throws IOException {
        parties = NationalParties.shared();
    }

    @Test
    @Order(1)
    void R_NATIONAL_R_MATCH_YOUTH_twoRegionsOnOneYouthMatchAndEachInboxHasTheOthersContactCard() {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String youth = bsn();

        report(a, "sig-a1", youth, List.of(), SignalState.ACTIVE, null, 1);
        report(b, "sig-b1", youth, List.of(), SignalState.ACTIVE, null, 1);

        Delivery toA = single(a);
        Delivery toB = single(b);
        assertThat(toA.kind()).isEqualTo(DeliveryKind.YOUTH_MATCH);
        assertThat(toA.ownSignalRef()).isEqualTo("sig-a1");
        assertThat(toA.other()).isEqualTo(card(b, "sig-b1"));
        assertThat(toA.otherRegisteredOn()).isEqualTo(REGISTERED);
        assertThat(toB.kind()).isEqualTo(DeliveryKind.YOUTH_MATCH);
        assertThat(toB.ownSignalRef()).isEqualTo("sig-b1");
        assertThat(toB.other()).isEqualTo(card(a, "sig-a1"));
        assertThat(toB.matchId()).isEqualTo(toA.matchId()).isNotNull();
        // The other region by the display name the hub lists it under, beside its code in the card.
        assertThat(toA.otherRegionName())
                .isEqualTo(NationalParties.regionName(b))
                .startsWith("Regio ");
        assertThat(toB.otherRegionName()).isEqualTo(NationalParties.regionName(a));
        // Asking after the last delivery acknowledges it: the hub deletes it.
        assertThat(parties.client(a).inbox(toA.deliveryId(), 10).deliveries()).isEmpty();
        assertThat(parties.client(a).inbox(0, 10).deliveries()).isEmpty();
    }

    @Test
    @Order(2)
    void R_MATCH_YOUTH_threeRegionsOnOneYouthGiveTheThreePairs() {
        List<String> regions = List.of(parties.freshRegion(), parties.freshRegion(), parties.freshRegion());
        String youth = bsn();
        for (String region : regions) {
            report(region, "sig-" + region, youth, List.of(), SignalState.ACTIVE, null, 1);
        }

        Set<UUID> matches = new HashSet<>();
        for (String region : regions) {
            List<Delivery> inbox = drain(region);
            assertThat(inbox).hasSize(2).allMatch(d -> d.kind() == DeliveryKind.YOUTH_MATCH);
            assertThat(inbox).extracting(d -> d.other().region()).doesNotContain(region);
            inbox.forEach(d -> matches.add(d.matchId()));
        }
        assertThat(matches).as("a-b, a-c, b-c").hasSize(3);
    }

    @Test
    @Order(3)
    void R_MATCH_FAMILY_siblingsInTwoRegionsMatchAndTheDeliveryNamesNeitherChild() throws Exception {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String mother = bsn();
        String father = bsn();

        report(a, "sib-a", bsn(), List.of(mother), SignalState.ACTIVE, null, 1);
        // A sibling in the same region is the region's own affair: the hub matches across regions only.
        report(a, "sib-a2", bsn(), List.of(mother), SignalState.ACTIVE, null, 1);
        report(b, "sib-b", bsn(), List.of(father, mother), SignalState.ACTIVE, null, 1);

        List<Delivery> toA = drain(a);
        assertThat(toA).hasSize(2).allMatch(d -> d.kind() == DeliveryKind.FAMILY_MATCH);
        assertThat(toA).extracting(Delivery::ownSignalRef).containsExactlyInAnyOrder("sib-a", "sib-a2");
        assertThat(toA).allMatch(d -> d.other().equals(card(b, "sib-b")));
        List<Delivery> toB = drain(b);
        assertThat(toB).hasSize(2).allMatch(d -> d.ownSignalRef().equals("sib-b"));
        // A family delivery has the other professional's card and dates only: no child's reference, no pseudonym.
        for (Delivery delivery : toB) {
            assertThat(delivery.toString()).doesNotContain("sib-a");
            assertThat(delivery.municipalityCode()).isNull();
            assertThat(delivery.otherEndedOn()).isNull();
        }
        report(b, "sib-b3", bsn(), List.of(mother), SignalState.ACTIVE, null, 1);
        HttpResponse<String> raw = parties.send(
                parties.tls(b),
                HttpRequest.newBuilder(parties.hubUri().resolve("v1/inbox")).build());
        JsonNode delivery = JSON.readTree(raw.body()).get("deliveries").get(0);
        assertThat(delivery.propertyNames())
                .containsExactlyInAnyOrder(
                        "deliveryId",
                        "kind",
                        "matchId",
                        "ownSignalRef",
                        "other",
                        "otherRegisteredOn",
                        "otherEndedOn",
                        "municipalityCode",
                        "otherRegionName");
        assertThat(raw.body()).doesNotContain("sib-a");
    }

    @Test
    @Order(4)
    void R_ARCHIVE_HIT_anArchivedSignalIsShownOnceAndOnlyToTheRegionThatNewlyRegisters() {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String youth = bsn();
        LocalDate ended = LocalDate.of(2026, 1, 15);
        parties.client(a)
                .report(new SignalReport(
                        "arch-a",
                        UUID.randomUUID(),
                        1,
                        SignalState.ARCHIVED,
                        youth,
                        List.of(),
                        null,
                        LocalDate.of(2024, 1, 15),
                        ended,
                        LocalDate.of(2031, 1, 15),
                        professional(a, "arch-a")));

        report(b, "new-b", youth, List.of(), SignalState.ACTIVE, null, 1);
        report(b, "new-b", youth, List.of(), SignalState.ACTIVE, "0363", 2);

        Delivery hit = single(b);
        assertThat(hit.kind()).isEqualTo(DeliveryKind.ARCHIVE_HIT);
        assertThat(hit.ownSignalRef()).isEqualTo("new-b");
        assertThat(hit.other()).isEqualTo(card(a, "arch-a"));
        assertThat(hit.otherEndedOn()).isEqualTo(ended);
        assertThat(drain(a))
                .as("the archived signal's professional is not told")
                .isEmpty();
    }

    @Test
    @Order(5)
    void R_MOVE_aYouthMovingToAMunicipalityOfAnotherRegionIsDeliveredToThatRegion() {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        parties.client(b).serveMunicipalities(new RegionMunicipalities(List.of("0363", "0384")));
        String youth = bsn();

        report(a, "mover", youth, List.of(), SignalState.ACTIVE, "0599", 1);
        assertThat(drain(b)).isEmpty();
        report(a, "mover", youth, List.of(), SignalState.ACTIVE, "0363", 2);

        Delivery moved = single(b);
        assertThat(moved.kind()).isEqualTo(DeliveryKind.MOVED_IN);
        assertThat(moved.municipalityCode()).isEqualTo("0363");
        assertThat(moved.ownSignalRef()).isNull();
        assertThat(moved.matchId()).isNull();
        assertThat(moved.other()).isEqualTo(card(a, "mover"));
        assertThat(drain(a)).isEmpty();
    }

    @Test
    @Order(6)
    void R_PROOF_aForgottenSignalLeavesNothingButAProofWithoutPersonalDataAndForgettingTwiceIsFine() {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String youth = bsn();
        String parent = bsn();
        report(a, "gone-a", youth, List.of(parent), SignalState.ACTIVE, "0599", 1);
        report(b, "stays-b", youth, List.of(), SignalState.ACTIVE, null, 1);

        parties.client(a).forget("gone-a", new ForgetMessage(UUID.randomUUID(), 2, "R-AGE-23"));
        List<String> proofs = proofRows(a);
        parties.client(a).forget("gone-a", new ForgetMessage(UUID.randomUUID(), 2, "R-AGE-23"));

        assertThat(drain(b)).as("the match not yet fetched is taken back").isEmpty();
        assertThat(drain(a)).isEmpty();
        assertThat(parties.dump())
                .filteredOn(row -> row.contains("gone-a")
                        || row.contains(professional(a, "gone-a").name()))
                .as("only the proof names the signal")
                .containsExactlyElementsOf(proofs);
        assertThat(proofRows(a)).as("the first proof stands").isEqualTo(proofs).hasSize(1);
        assertThat(parties.hubDatabase()
                        .sql("select column_name from information_schema.columns where table_schema = 'hub' "
                                + "and table_name = 'forget_proof' order by ordinal_position")
                        .query(String.class)
                        .list())
                .containsExactly("region", "signal_ref", "rule_id", "forgotten_at", "sequence");

        // A report of the forgotten signal arriving late (older than the forget) brings nothing back.
        report(a, "gone-a", youth, List.of(parent), SignalState.ACTIVE, "0599", 1);
        assertThat(count("signal", a)).isZero();
        assertThat(drain(b)).isEmpty();
    }

    @Test
    @Order(6)
    void R_PROOF_R_REQUEST_aSignalSentAgainAfterItWasForgottenComesBackAndALateForgetDoesNotTakeItAway() {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String youth = bsn();
        report(a, "back-a", youth, List.of(), SignalState.ACTIVE, null, 1);
        report(b, "back-b", youth, List.of(), SignalState.ACTIVE, null, 1);
        assertThat(drain(b)).hasSize(1);
        ForgetMessage restricted = new ForgetMessage(UUID.randomUUID(), 2, "R-REQUEST");
        parties.client(a).forget("back-a", restricted);
        assertThat(count("signal", a)).isZero();

        // The restriction is lifted: the region sends the signal again, with a higher sequence.
        report(a, "back-a", youth, List.of(), SignalState.ACTIVE, null, 3);
        assertThat(count("signal", a)).isOne();
        assertThat(drain(b)).as("matched again").hasSize(1);

        parties.client(a).forget("back-a", new ForgetMessage(UUID.randomUUID(), 2, "R-REQUEST"));
        assertThat(count("signal", a)).as("a late forget changes nothing").isOne();
    }

    @Test
    @Order(7)
    void R_NATIONAL_aReplayedMessageOrAnOlderSequenceChangesNothing() {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String youth = bsn();
        SignalReport first = report(a, "rep-a", youth, List.of(), SignalState.ACTIVE, "0599", 5);
        report(b, "rep-b", youth, List.of(), SignalState.ACTIVE, null, 1);

        parties.client(a).report(first);
        parties.client(a).report(first);
        report(a, "rep-a", youth, List.of(), SignalState.ARCHIVED, "0100", 4);
        report(b, "rep-b", youth, List.of(), SignalState.ACTIVE, null, 1);

        assertThat(drain(a)).hasSize(1);
        assertThat(drain(b)).hasSize(1);
        assertThat(parties.hubDatabase()
                        .sql("select state || ' ' || municipality_code || ' ' || last_sequence from hub.signal "
                                + "where region = :region and signal_ref = 'rep-a'")
                        .param("region", a)
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVE 0599 5");
        assertThat(parties.logLines())
                .anyMatch(line -> line.contains("region=" + a) && line.contains("outcome=replayed"))
                .anyMatch(line -> line.contains("region=" + a) && line.contains("outcome=out-of-order"));
    }

    @Test
    @Order(8)
    void R_MATCH_YOUTH_concurrentReportsOnOneYouthFromFourRegionsMakeEachPairOnce() throws Exception {
        List<String> regions =
                List.of(parties.freshRegion(), parties.freshRegion(), parties.freshRegion(), parties.freshRegion());
        String youth = bsn();
        List<SignalReport> reports = new ArrayList<>();
        for (String region : regions) {
            reports.add(new SignalReport(
                    "con-" + region,
                    UUID.randomUUID(),
                    1,
                    SignalState.ACTIVE,
                    youth,
                    List.of(),
                    null,
                    REGISTERED,
                    REGISTERED.plusYears(2),
                    null,
                    professional(region, "con-" + region)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> sent = new ArrayList<>();
        try {
            for (int copy = 0; copy < 2; copy++) {
                for (int i = 0; i < regions.size(); i++) {
                    HttpNationalIndex client = parties.client(regions.get(i));
                    SignalReport report = reports.get(i);
                    sent.add(pool.submit(() -> {
                        go.await();
                        client.report(report);
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> future : sent) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Set<UUID> matches = new HashSet<>();
        for (String region : regions) {
            List<Delivery> inbox = drain(region);
            assertThat(inbox).as(region).hasSize(3);
            inbox.forEach(d -> matches.add(d.matchId()));
        }
        assertThat(matches).as("four regions, six pairs").hasSize(6);
    }

    @Test
    @Order(9)
    void R_NATIONAL_appliedMessageIdsAreForgottenAfterTheRetentionOfThirtyDays() {
        String a = parties.freshRegion();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        for (var seen : List.of(List.of(old, "31 days"), List.of(recent, "29 days"))) {
            parties.hubDatabase()
                    .sql("insert into hub.seen_message (region, message_id, seen_at) "
                            + "values (:region, :id, now() - cast(:age as interval))")
                    .param("region", a)
                    .param("id", seen.get(0))
                    .param("age", seen.get(1))
                    .update();
        }

        report(a, "retained", bsn(), List.of(), SignalState.ACTIVE, null, 1);

        assertThat(parties.hubDatabase()
                        .sql("select message_id from hub.seen_message where region = :region")
                        .param("region", a)
                        .query(UUID.class)
                        .list())
                .contains(recent)
                .doesNotContain(old)
                .hasSize(2);
    }

    @Test
    @Order(100)
    void R_NATIONAL_theHubsDatabaseAndLogsHoldNoBsnAfterAllTheScenarios() {
        assertThat(BSNS_USED).hasSizeGreaterThan(10);
        List<String> dump = parties.dump();
        assertThat(dump).as("the scenarios left data to search").hasSizeGreaterThan(10);
        List<String> logs = parties.logLines();
        assertThat(logs).anyMatch(line -> line.contains("outcome=applied"));
        for (String bsn : BSNS_USED) {
            assertThat(dump).noneMatch(row -> row.contains(bsn));
            assertThat(logs).noneMatch(line -> line.contains(bsn));
        }
        assertThat(logs).noneMatch(line -> line.matches("(?s).*\\b\\d{9}\\b.*"));
    }

    private static SignalReport report(
            String region,
            String signalRef,
            String youth,
            List<String> parents,
            SignalState state,
            String municipality,
            long sequence) {
        SignalReport report = new SignalReport(
                signalRef,
                UUID.randomUUID(),
                sequence,
                state,
                youth,
                parents,
                municipality,
                REGISTERED,
                REGISTERED.plusYears(2),
                state == SignalState.ARCHIVED ? REGISTERED.plusYears(7) : null,
                professional(region, signalRef));
        parties.client(region).report(report);
        return report;
    }

    private static ContactCard professional(String region, String signalRef) {
        return new ContactCard(
                "Professional " + (signalRef.hashCode() & 0xffff),
                "Jeugdteam " + region,
                "+31 20 555 0101",
                "prof@" + region + ".test",
                null);
    }

    private static ContactCard card(String region, String signalRef) {
        return professional(region, signalRef).inRegion(region);
    }

    private static String bsn() {
        String bsn = Long.toString(NEXT_BSN.getAndIncrement());
        BSNS_USED.add(bsn);
        return bsn;
    }

    /** Everything in the region's inbox, acknowledged afterwards. */
    private static List<Delivery> drain(String region) {
        return parties.drain(region);
    }

    private static Delivery single(String region) {
        List<Delivery> inbox = drain(region);
        assertThat(inbox).hasSize(1);
        return inbox.get(0);
    }

    private static List<String> proofRows(String region) {
        return parties.hubDatabase()
                .sql("select t::text from hub.forget_proof t where region = :region")
                .param("region", region)
                .query(String.class)
                .list();
    }

    private static int count(String table, String region) {
        return parties.hubDatabase()
                .sql("select count(*) from hub." + table + " where region = :region")
                .param("region", region)
                .query(Integer.class)
                .single();
    }
}
