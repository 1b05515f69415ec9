// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One item of a region's inbox at the hub ({@code GET /v1/inbox}). A match is delivered to both regions, each
 * with its own signal and the other's contact card; the {@code matchId} is the same on both sides, and the hub
 * makes a match between two signals once (the pair of signal references is its identity), so a region that stores
 * deliveries by {@code deliveryId} applies each exactly once.
 *
 * @param deliveryId       rising per region; the region asks for those after the last it stored
 * @param matchId          the match's id at the hub, the same in both regions; null for {@link DeliveryKind#MOVED_IN}
 * @param ownSignalRef     the region's own signal the delivery is about; null for {@link DeliveryKind#MOVED_IN}
 * @param other            the other signal's professional, with their region
 * @param otherRegisteredOn the day the other signal was registered
 * @param otherEndedOn     for an archive hit, the day the other signal went to the archive; otherwise null
 * @param municipalityCode for {@link DeliveryKind#MOVED_IN}, the youth's new municipality; otherwise null
 * @param otherRegionName  the other region's display name as the hub lists it ({@code verwijsindex.hub.region-names}),
 *                         e.g. "Regio Utrecht"; null when the hub has none, then the region shows the code
 */
public record Delivery(
        long deliveryId,
        DeliveryKind kind,
        UUID matchId,
        String ownSignalRef,
        ContactCard other,
        LocalDate otherRegisteredOn,
        LocalDate otherEndedOn,
        String municipalityCode,
        String otherRegionName) {

    /** How the professional is shown the other region: its display name, or its code when the hub has no name. */
    public String otherRegionShown() {
        if (otherRegionName != null && !otherRegionName.isBlank()) {
            return otherRegionName;
        }
        return other == null ? null : other.region();
    }
}
