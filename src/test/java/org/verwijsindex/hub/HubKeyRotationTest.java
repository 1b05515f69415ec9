// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verwijsindex.national.client.SignalReport;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.DeliveryKind;
import org.verwijsindex.national.protocol.KeyVersions;
import org.verwijsindex.national.protocol.SignalState;

/**
 * A key rotation at the hub (docs/adr/0032 steps 2-4), on the shared parties whose hub and pseudonym service hold key
 * versions 1 and 2: pseudonyms of both versions side by side, a match across the rotation made once, the archive hit
 * a rotation would otherwise hide, the per-region count of the round, and the retirement of version 1.
 */
class HubKeyRotationTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 4, 1);
    private static final AtomicLong NEXT_BSN = new AtomicLong(900_100_001);

    private static NationalParties parties;

    @BeforeAll
    static void start() throws IOException {
        parties = NationalParties.shared();
    }

    @Test
    void R_NATIONAL_R_MATCH_YOUTH_aSignalOfKeyVersion1AndOneOfVersion2MatchOnceWhenTheFirstIsSentAgainUnder2() {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String c = parties.freshRegion();
        String youth = bsn();

        send(a, 1, "rot-a", youth, SignalState.ACTIVE, 1);
        send(b, 2, "rot-b", youth, SignalState.ACTIVE, 1);
        assertThat(parties.drain(a)).as("versions 1 and 2 cannot be compared").isEmpty();
        assertThat(parties.drain(b)).isEmpty();
        assertThat(parties.client(a).keyVersions().orElseThrow()).isEqualTo(new KeyVersions(2, Map.of(1, 1L), 1));

        // Region a's round (step 3): the signal again, under version 2.
        send(a, 2, "rot-a", youth, SignalState.ACTIVE, 2);
        send(a, 2, "rot-a", youth, SignalState.ACTIVE, 3);
        send(a, 1, "rot-a", youth, SignalState.ACTIVE, 4);
        Delivery toA = single(a);
        Delivery toB = single(b);
        assertThat(toA.kind()).isEqualTo(DeliveryKind.YOUTH_MATCH);
        assertThat(toA.other().region()).isEqualTo(b);
        assertThat(toB.other().region()).isEqualTo(a);
        assertThat(toB.matchId()).isEqualTo(toA.matchId());
        assertThat(parties.client(a).keyVersions().orElseThrow())
                .isEqualTo(new KeyVersions(2, Map.of(1, 1L, 2, 1L), 0));

        // A region that has not switched yet still matches signals that hold version 1 beside 2.
        send(c, 1, "rot-c", youth, SignalState.ACTIVE, 1);
        assertThat(single(c).other().region()).isEqualTo(a);
        assertThat(parties.drain(a)).hasSize(1);
        assertThat(parties.drain(b))
                .as("b holds version 2 only: c matches it after c's round")
                .isEmpty();
    }

    @Test
    void R_ARCHIVE_HIT_anArchivedSignalSentAgainUnderVersion2IsAHitOnceForTheSignalRegisteredUnder2Meanwhile() {
        String a = parties.freshRegion();
        String b = parties.freshRegion();
        String youth = bsn();

        send(a, 1, "old-a", youth, SignalState.ARCHIVED, 1);
        send(b, 2, "new-b", youth, SignalState.ACTIVE, 1);
        assertThat(parties.drain(b)).isEmpty();

        send(a, 2, "old-a", youth, SignalState.ARCHIVED, 2);
        send(a, 2, "old-a", youth, SignalState.ARCHIVED, 3);
        Delivery hit = single(b);
        assertThat(hit.kind()).isEqualTo(DeliveryKind.ARCHIVE_HIT);
        assertThat(hit.ownSignalRef()).isEqualTo("new-b");
        assertThat(hit.other().region()).isEqualTo(a);
        assertThat(parties.drain(a))
                .as("the archived signal's professional is not told")
                .isEmpty();
    }

    @Test
    void R_NATIONAL_retiringVersion1DeletesItsPseudonymsWhereVersion2IsHeldAndKeepsASignalThatHasOnly1() {
        String a = parties.freshRegion();
        String c = parties.freshRegion();
        String parent = bsn();
        SignalReport first = report("ret-a", bsn(), List.of(parent), SignalState.ACTIVE, 1);
        parties.client(a, 1).report(first);
        parties.client(a, 2).report(again(first, 2));
        send(c, 1, "ret-c", bsn(), SignalState.ACTIVE, 1);

        long stranded = parties.hub().getBean(KeyRetirement.class).retireAllBut(Set.of(2));

        assertThat(versions("signal_youth", a)).containsExactly(2);
        assertThat(versions("signal_parent", a)).containsExactly(2);
        assertThat(versions("signal_youth", c)).as("not sent again yet: kept").containsExactly(1);
        assertThat(stranded).isPositive();
        assertThat(parties.client(c).keyVersions().orElseThrow().signalsWithoutCurrentVersion())
                .isOne();
        assertThat(parties.logLines()).anyMatch(line -> line.contains("signals hold only pseudonyms of retired"));
    }

    private static void send(String region, int keyVersion, String ref, String youth, SignalState state, long seq) {
        parties.client(region, keyVersion).report(report(ref, youth, List.of(), state, seq));
    }

    private static SignalReport report(String ref, String youth, List<String> parents, SignalState state, long seq) {
        boolean archived = state == SignalState.ARCHIVED;
        return new SignalReport(
                ref,
                UUID.randomUUID(),
                seq,
                state,
                youth,
                parents,
                null,
                REGISTERED,
                archived ? REGISTERED.plusMonths(3) : REGISTERED.plusYears(2),
                archived ? REGISTERED.plusYears(5) : null,
                new ContactCard("Professional " + ref, "Wijkteam", null, ref + "@rotation.test", null));
    }

    private static SignalReport again(SignalReport report, long sequence) {
        return report(report.signalRef(), report.youthBsn(), report.parentBsns(), report.state(), sequence);
    }

    private static List<Integer> versions(String table, String region) {
        return parties.hubDatabase()
                .sql("select distinct key_version from hub." + table + " where region = :region order by 1")
                .param("region", region)
                .query(Integer.class)
                .list();
    }

    private static String bsn() {
        return Long.toString(NEXT_BSN.getAndIncrement());
    }

    private static Delivery single(String region) {
        return assertThat(parties.drain(region)).as(region).singleElement().actual();
    }
}
