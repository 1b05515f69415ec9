// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.DeliveryKind;
import org.verwijsindex.national.protocol.Inbox;

/**
 * The table {@code delivery}: each region's inbox. A delivery names the other signal's professional and dates, never
 * anything about a youth; it is deleted once the region acknowledges it, or when the other signal is forgotten.
 */
@Repository
class DeliveryStore {

    private final JdbcClient jdbc;
    private final HubSettings settings;

    DeliveryStore(JdbcClient jdbc, HubSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Puts a delivery in {@code region}'s inbox about {@code other}.
     *
     * @param ownSignalRef the region's own signal, null for {@link DeliveryKind#MOVED_IN}
     */
    void add(
            String region,
            DeliveryKind kind,
            UUID matchId,
            String ownSignalRef,
            HubSignal other,
            LocalDate otherEndedOn,
            String municipalityCode,
            Instant now) {
        ContactCard card = other.card();
        jdbc.sql("""
                        insert into delivery (region, kind, match_id, own_signal_ref, other_region, other_signal_ref,
                            other_name, other_organisation, other_phone, other_email, other_registered_on,
                            other_ended_on, municipality_code, created_at)
                        values (:region, :kind, :matchId, :own, :otherRegion, :otherRef, :name, :organisation, :phone,
                            :email, :registeredOn, :endedOn, :municipality, :now)
                        """)
                .param("region", region)
                .param("kind", kind.name())
                .param("matchId", matchId)
                .param("own", ownSignalRef)
                .param("otherRegion", other.region())
                .param("otherRef", other.signalRef())
                .param("name", card.name())
                .param("organisation", card.organisation())
                .param("phone", card.phone())
                .param("email", card.email())
                .param("registeredOn", other.registeredOn())
                .param("endedOn", otherEndedOn)
                .param("municipality", municipalityCode)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Deletes the region's deliveries up to {@code after} (acknowledged) and returns those after it. */
    Inbox fetch(String region, long after, int limit) {
        jdbc.sql("delete from delivery where region = :region and id <= :after")
                .param("region", region)
                .param("after", after)
                .update();
        List<Delivery> deliveries = jdbc.sql("""
                        select id, kind, match_id, own_signal_ref, other_region, other_name, other_organisation,
                               other_phone, other_email, other_registered_on, other_ended_on, municipality_code
                          from delivery
                         where region = :region and id > :after
                         order by id
                         limit :limit
                        """)
                .param("region", region)
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> new Delivery(
                        rs.getLong("id"),
                        DeliveryKind.valueOf(rs.getString("kind")),
                        rs.getObject("match_id", UUID.class),
                        rs.getString("own_signal_ref"),
                        new ContactCard(
                                rs.getString("other_name"),
                                rs.getString("other_organisation"),
                                rs.getString("other_phone"),
                                rs.getString("other_email"),
                                rs.getString("other_region")),
                        rs.getObject("other_registered_on", LocalDate.class),
                        rs.getObject("other_ended_on", LocalDate.class),
                        rs.getString("municipality_code"),
                        settings.regionName(rs.getString("other_region"))))
                .list();
        boolean more = deliveries.size() > limit;
        return new Inbox(more ? deliveries.subList(0, limit) : deliveries, more);
    }

    /** Takes back what was not fetched yet about a forgotten signal: to its own region, and naming it to others. */
    void deleteAbout(String region, String signalRef) {
        jdbc.sql("""
                        delete from delivery
                         where (region = :region and own_signal_ref = :ref)
                            or (other_region = :region and other_signal_ref = :ref)
                        """).param("region", region).param("ref", signalRef).update();
    }
}
