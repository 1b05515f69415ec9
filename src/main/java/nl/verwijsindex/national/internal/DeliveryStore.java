// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.Delivery;

import nl.verwijsindex.shared.Moments;

/**
 * The SQL on {@code national_delivery} and {@code national_inbox_cursor}: each delivery stored once under its id
 * (a second copy of it changes nothing), and the highest id stored, which is what the region asks the hub after.
 */
@Component
class DeliveryStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return Moments.now(clock);
    }

    long cursor() {
        return jdbc.sql("select last_delivery_id from national_inbox_cursor where id = 1")
                .query(Long.class)
                .single();
    }

    /** Locks the cursor until the transaction ends, so two instances never apply one delivery twice. */
    long lockCursor() {
        return jdbc.sql("select last_delivery_id from national_inbox_cursor where id = 1 for update")
                .query(Long.class)
                .single();
    }

    void advanceCursor(long deliveryId) {
        jdbc.sql("update national_inbox_cursor set last_delivery_id = greatest(last_delivery_id, :id) where id = 1")
                .param("id", deliveryId)
                .update();
    }

    /**
     * @param signal       the own signal it is about; null when the region no longer holds it, or for MOVED_IN
     * @param municipality the municipality as the index spells it, for MOVED_IN
     * @return false when the delivery was stored before
     */
    boolean store(Delivery delivery, UUID signal, String municipality, boolean applied) {
        ContactCard other = delivery.other() == null ? new ContactCard(null, null, null, null, null) : delivery.other();
        return jdbc.sql("""
                                insert into national_delivery (delivery_id, kind, match_id, signal_id, other_name,
                                    other_organisation, other_phone, other_email, other_region, other_registered_on,
                                    other_ended_on, municipality_code, outcome, received_at)
                                values (:id, :kind, :match, :signal, :name, :organisation, :phone, :email, :region,
                                        :registeredOn, :endedOn, :municipality, :outcome, :now)
                                on conflict (delivery_id) do nothing""")
                        .param("id", delivery.deliveryId())
                        .param("kind", delivery.kind().name())
                        .param("match", delivery.matchId())
                        .param("signal", signal)
                        .param("name", clip(other.name(), 200))
                        .param("organisation", clip(other.organisation(), 200))
                        .param("phone", clip(other.phone(), 50))
                        .param("email", clip(other.email(), 320))
                        .param("region", clip(delivery.otherRegionShown(), 100))
                        .param("registeredOn", delivery.otherRegisteredOn())
                        .param("endedOn", delivery.otherEndedOn())
                        .param("municipality", clip(municipality, 10))
                        .param("outcome", applied ? "APPLIED" : "IGNORED")
                        .param("now", Moments.now(clock))
                        .update()
                > 0;
    }

    /**
     * Deliveries no signal of the region holds (a move, R-MOVE, or one about a signal the region no longer held)
     * received before {@code before}: a signal's deliveries go with the signal, these would stay forever. Their
     * notices go with them (on delete cascade).
     */
    int purgeUnheldBefore(OffsetDateTime before) {
        return jdbc.sql("delete from national_delivery where signal_id is null and received_at < :before")
                .param("before", before)
                .update();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
