// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.client;

import java.util.Optional;

import org.verwijsindex.national.protocol.ForgetMessage;
import org.verwijsindex.national.protocol.Inbox;
import org.verwijsindex.national.protocol.KeyVersions;
import org.verwijsindex.national.protocol.RegionMunicipalities;

/**
 * The national index as a regional index uses it (docs/adr/0033). Every call is idempotent, so the region's outbox
 * may repeat it after a failure; a call that fails for a reason that may pass (the hub or the pseudonym service is
 * down, overloaded or slow) throws {@link NationalIndexUnavailable}, one the hub refuses for good throws {@link
 * NationalIndexRefused}.
 */
public interface NationalIndex {

    /**
     * Evaluates the youth's and the parents' pseudonyms at the pseudonym service (each blinded with a fresh blind),
     * and sends the signal's state to the hub with the sealed evaluations and the blinds.
     */
    void report(SignalReport report);

    /** The signal left the region's index; the hub forgets it and keeps a proof (R-PROOF). */
    void forget(String signalRef, ForgetMessage message);

    /** The region's deliveries after {@code after}, oldest first, at most {@code limit}; acknowledges up to {@code after}. */
    Inbox inbox(long after, int limit);

    /** The municipalities whose supervisors this region serves (R-MOVE). */
    void serveMunicipalities(RegionMunicipalities municipalities);

    /**
     * The hub's current key version and how many of this region's signals it holds no pseudonym of that version for
     * (docs/adr/0032); empty from a national index that does not tell.
     */
    default Optional<KeyVersions> keyVersions() {
        return Optional.empty();
    }
}
