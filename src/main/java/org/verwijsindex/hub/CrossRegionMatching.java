// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.verwijsindex.national.protocol.DeliveryKind;
import org.verwijsindex.national.protocol.SignalState;

/**
 * The hub's match rules (docs/adr/0033), across regions only: a region matches its own signals itself. Each rule
 * names its id from RULES.md. A match is written once per pair ({@link MatchStore}) and delivered to the regions it
 * concerns, each with its own signal and the other's contact card only (R-VISIBLE, R-NOTICE).
 */
@Component
class CrossRegionMatching {

    private final SignalStore signals;
    private final MatchStore matches;
    private final DeliveryStore deliveries;
    private final MunicipalityStore municipalities;

    CrossRegionMatching(
            SignalStore signals, MatchStore matches, DeliveryStore deliveries, MunicipalityStore municipalities) {
        this.signals = signals;
        this.matches = matches;
        this.deliveries = deliveries;
        this.municipalities = municipalities;
    }

    /**
     * Matches an active signal that was just stored.
     *
     * @param newlyActive true when the hub did not hold the signal as active before: only then may an archived
     *     signal elsewhere make an archive hit (R-ARCHIVE-HIT: for the professional who newly registers)
     */
    void match(HubSignal signal, boolean newlyActive, Instant now) {
        Set<String> youthMatched = new HashSet<>();
        // R-MATCH-YOUTH, R-NATIONAL: active signals of other regions on the same youth; each pair is one match.
        for (HubSignal other : signals.onYouth(signal, SignalState.ACTIVE)) {
            youthMatched.add(other.region() + "/" + other.signalRef());
            UUID id = matches.record(DeliveryKind.YOUTH_MATCH, signal, other, now);
            if (id != null) {
                deliverToBoth(DeliveryKind.YOUTH_MATCH, id, signal, other, now);
            }
        }
        // R-MATCH-FAMILY: active signals of other regions on another child with a shared parent; the delivery has
        // only the other professional's card, never which child.
        for (HubSignal other : signals.activeSharingParent(signal)) {
            if (youthMatched.contains(other.region() + "/" + other.signalRef())) {
                continue;
            }
            UUID id = matches.record(DeliveryKind.FAMILY_MATCH, signal, other, now);
            if (id != null) {
                deliverToBoth(DeliveryKind.FAMILY_MATCH, id, signal, other, now);
            }
        }
        // R-ARCHIVE-HIT: an archived signal of another region on the same youth, shown once and only to the region
        // of the new signal; the archived signal's professional is not told.
        if (newlyActive) {
            for (HubSignal archived : signals.onYouth(signal, SignalState.ARCHIVED)) {
                UUID id = matches.record(DeliveryKind.ARCHIVE_HIT, signal, archived, now);
                if (id != null) {
                    deliverArchiveHit(id, signal, archived, now);
                }
            }
        }
    }

    /**
     * R-ARCHIVE-HIT across a key rotation (docs/adr/0032): an archived signal now holds a pseudonym of a newer key
     * version. An active signal of another region registered under that version meanwhile could not see it; it gets
     * the archive hit now, once (a pair that matched before, in any version, is not matched again).
     */
    void archivedRekeyed(HubSignal archived, Instant now) {
        for (HubSignal active : signals.onYouth(archived, SignalState.ACTIVE)) {
            UUID id = matches.record(DeliveryKind.ARCHIVE_HIT, active, archived, now);
            if (id != null) {
                deliverArchiveHit(id, active, archived, now);
            }
        }
    }

    /**
     * R-MOVE: the youth of an active signal now lives in a municipality another region serves; that region is told
     * the municipality and the professional's card, nothing about the youth.
     */
    void moved(HubSignal signal, Instant now) {
        List<String> regions = municipalities.regionsServing(signal.municipalityCode(), signal.region());
        for (String region : regions) {
            deliveries.add(region, DeliveryKind.MOVED_IN, null, null, signal, null, signal.municipalityCode(), now);
        }
    }

    /** Only to the active signal's region; the archived signal's professional is not told. */
    private void deliverArchiveHit(UUID id, HubSignal active, HubSignal archived, Instant now) {
        deliveries.add(
                active.region(),
                DeliveryKind.ARCHIVE_HIT,
                id,
                active.signalRef(),
                archived,
                archived.activeUntil(),
                null,
                now);
    }

    private void deliverToBoth(DeliveryKind kind, UUID id, HubSignal signal, HubSignal other, Instant now) {
        deliveries.add(signal.region(), kind, id, signal.signalRef(), other, null, null, now);
        deliveries.add(other.region(), kind, id, other.signalRef(), signal, null, null, now);
    }
}
