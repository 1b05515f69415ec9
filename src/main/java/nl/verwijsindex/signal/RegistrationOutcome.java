// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.List;

/**
 * What a registration produced, and whether it was new.
 *
 * @param replayed true when this is a retry of an earlier request with the same idempotency key: the result is
 *                 then the one the first request had, so the retry is answered exactly as the first was
 */
public record RegistrationOutcome(SignalView signal, Result result, List<ArchiveHit> archiveHits, boolean replayed) {

    public RegistrationOutcome(SignalView signal, Result result, List<ArchiveHit> archiveHits) {
        this(signal, result, archiveHits, false);
    }

    public enum Result {
        /** A new signal. */
        CREATED,
        /** The professional already had an active signal on this youth; that one is returned. */
        ALREADY_ACTIVE
    }
}
