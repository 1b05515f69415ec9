package nl.verwijsindex.signal;

import java.util.List;

/** What a registration produced, and whether it was new. */
public record RegistrationOutcome(SignalView signal, Result result, List<ArchiveHit> archiveHits) {

    public enum Result {
        /** A new signal. */
        CREATED,
        /** The professional already had an active signal on this youth; that one is returned. */
        ALREADY_ACTIVE,
        /** A retry of an earlier request with the same idempotency key. */
        REPLAYED
    }
}
