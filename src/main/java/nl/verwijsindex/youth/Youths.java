package nl.verwijsindex.youth;

import java.time.LocalDate;
import java.util.Optional;

/** The youths known to the index, by their protected BSN. */
public interface Youths {

    /**
     * Finds or adds the youth and locks them until the surrounding transaction ends, so that all
     * registrations on one youth happen one after the other (DESIGN decision 3: exactly one match).
     * The birth date given is kept only when the youth is new.
     */
    IdentifiedYouth identifyAndLock(Bsn bsn, LocalDate birthDate);

    /** Locks a known youth for the rest of the transaction; empty when the youth no longer exists. */
    Optional<IdentifiedYouth> lock(YouthId id);

    Optional<IdentifiedYouth> find(YouthId id);

    /** The BSN, decrypted; only for showing a signal to its own professional or organisation. */
    Bsn bsnOf(YouthId id);

    /**
     * Removes the youth, once no signal refers to them any more (data minimisation). Only the blind index
     * in the logbook remains.
     */
    void forget(YouthId id);

    record IdentifiedYouth(YouthId id, BlindIndex blindIndex, LocalDate birthDate) {
    }
}
