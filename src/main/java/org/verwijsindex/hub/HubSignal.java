// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.time.LocalDate;
import java.util.List;

import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.SignalState;

/**
 * A region's signal as the hub keeps it (docs/adr/0033): the keyed pseudonyms of the youth and the parents of one key
 * version, the state, the municipality, the dates and the professional's contact card. Nothing else, and {@link
 * #toString()} leaves the pseudonyms out.
 *
 * @param youth   the youth's keyed pseudonym, 32 bytes
 * @param parents the parents' keyed pseudonyms, zero to two
 */
record HubSignal(
        String region,
        String signalRef,
        SignalState state,
        int keyVersion,
        byte[] youth,
        List<byte[]> parents,
        String municipalityCode,
        LocalDate registeredOn,
        LocalDate activeUntil,
        LocalDate archiveUntil,
        ContactCard card,
        long sequence) {

    HubSignal {
        parents = List.copyOf(parents);
    }

    boolean active() {
        return state == SignalState.ACTIVE;
    }

    @Override
    public String toString() {
        return "HubSignal[region=" + region + ", signalRef=" + signalRef + ", state=" + state + ", keyVersion="
                + keyVersion + ", sequence=" + sequence + "]";
    }
}
