// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.verwijsindex.national.protocol.DeliveryKind;

/**
 * The table {@code match}: which pairs of signals the hub has matched. The pair, in a fixed order, is the identity,
 * so a pair is matched once whatever is replayed or arrives at the same time (docs/adr/0033).
 */
@Repository
class MatchStore {

    private final JdbcClient jdbc;

    MatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the match of two signals, unless the pair was matched before. @return the new match's id, or null */
    UUID record(DeliveryKind kind, HubSignal one, HubSignal other, Instant now) {
        boolean oneFirst = compare(one, other) < 0;
        HubSignal a = oneFirst ? one : other;
        HubSignal b = oneFirst ? other : one;
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into match (id, kind, region_a, signal_ref_a, region_b, signal_ref_b, made_at)
                        values (:id, :kind, :regionA, :refA, :regionB, :refB, :now)
                        on conflict (region_a, signal_ref_a, region_b, signal_ref_b) do nothing
                        """)
                .param("id", id)
                .param("kind", kind.name())
                .param("regionA", a.region())
                .param("refA", a.signalRef())
                .param("regionB", b.region())
                .param("refB", b.signalRef())
                .param("now", Timestamp.from(now))
                .update();
        return inserted == 1 ? id : null;
    }

    /** Forgets every match the signal is in: once it is forgotten it never comes back (its proof stays). */
    void deleteInvolving(String region, String signalRef) {
        jdbc.sql("""
                        delete from match
                         where (region_a = :region and signal_ref_a = :ref)
                            or (region_b = :region and signal_ref_b = :ref)
                        """).param("region", region).param("ref", signalRef).update();
    }

    private static int compare(HubSignal x, HubSignal y) {
        int byRegion = x.region().compareTo(y.region());
        return byRegion != 0 ? byRegion : x.signalRef().compareTo(y.signalRef());
    }
}
