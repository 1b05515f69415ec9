// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code PUT /v1/signals/{signalRef}}: the whole current state of one of the region's signals, sent when it is
 * registered and whenever it changes (ended, extended, transferred, archived, moved, new parents from the register,
 * a new key version). The hub replaces what it held for {@code (region, signalRef)} and matches a signal that is
 * new or newly active, or whose pseudonyms changed, against the other regions' signals.
 *
 * <p>Replays change nothing: a {@code messageId} the hub has seen from the region is answered as before, and a
 * {@code sequence} not above the last one the hub applied for the signal is acknowledged and ignored (an older
 * state that arrives late never overwrites a newer one).
 *
 * @param messageId        unique per message, chosen by the region
 * @param sequence         per signal, rising with every change the region sends (its outbox order)
 * @param keyVersion       the version of the hub's key the pseudonyms were evaluated with (docs/adr/0032)
 * @param youth            the youth's pseudonym
 * @param parents          the pseudonyms of the youth's parents from the person register, zero to two (R-MATCH-FAMILY)
 * @param municipalityCode the youth's municipality of residence (CBS code, four digits), null when unknown; a change
 *                         to a municipality of another region tells that region (R-MOVE)
 * @param registeredOn     the day the signal was registered
 * @param activeUntil      the day it runs out without extension (R-ACTIVE-2Y); for an archived signal the day it ended
 * @param archiveUntil     the day it leaves the archive; null while active
 */
public record SignalMessage(
        UUID messageId,
        long sequence,
        int keyVersion,
        SignalState state,
        SealedPseudonym youth,
        List<SealedPseudonym> parents,
        String municipalityCode,
        LocalDate registeredOn,
        LocalDate activeUntil,
        LocalDate archiveUntil,
        ContactCard professional) {}
