// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.SignalState;

/**
 * A signal's current state as the regional index hands it to {@link NationalIndex#report}: with the youth's and the
 * parents' BSNs, which exist only in memory here and leave the region only blinded (docs/adr/0026). Never logged:
 * {@link #toString()} leaves the BSNs out.
 *
 * @param youthBsn   the youth's BSN, nine digits
 * @param parentBsns the parents' BSNs from the person register, zero to two
 */
public record SignalReport(
        String signalRef,
        UUID messageId,
        long sequence,
        SignalState state,
        String youthBsn,
        List<String> parentBsns,
        String municipalityCode,
        LocalDate registeredOn,
        LocalDate activeUntil,
        LocalDate archiveUntil,
        ContactCard professional) {

    public SignalReport {
        parentBsns = List.copyOf(parentBsns);
    }

    @Override
    public String toString() {
        return "SignalReport[signalRef=" + signalRef + ", messageId=" + messageId + ", sequence=" + sequence
                + ", state=" + state + ", parents=" + parentBsns.size() + "]";
    }
}
