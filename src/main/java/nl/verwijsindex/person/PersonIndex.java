// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.verwijsindex.youth.YouthId;

/**
 * What the index derived from the register about youths' families and addresses, as blind indexes: for
 * family and address matching (R-MATCH-FAMILY, R-MATCH-ADDRESS). Never names a parent or an address.
 */
public interface PersonIndex {

    /**
     * R-MATCH-FAMILY: the other youths in the index who share at least one parent with this youth, each with
     * the blind index of one shared parent (the lowest, so full siblings share one key).
     */
    List<Relative> familyOf(YouthId youth);

    /** R-MATCH-ADDRESS: the youth's address key and the other youths in the index registered there. */
    Optional<CoResidence> coResidentsOf(YouthId youth);

    /** Whether one of the regions designated the address as an institution (no address matches there). */
    boolean isInstitution(byte[] addressKey, Collection<String> regionCodes);

    /** The municipality (CBS code) the youth is registered in, as far as the index knows. */
    Optional<String> municipalityOf(YouthId youth);

    /** The municipalities (CBS codes) of these youths as far as the index knows them; unknown ones are left out. */
    Map<YouthId, String> municipalitiesOf(Collection<YouthId> youths);

    /**
     * The municipality (CBS code) the youth of this signal is registered in, as far as the index knows: for
     * the supervisor of a match case (R-SUPERVISE).
     */
    Optional<String> municipalityOfYouthOfSignal(UUID signalId);

    /**
     * The youth of this signal, while the signal exists, with their municipality (CBS code) as far as the index knows
     * it: for a report fact that counts there, or waits for it. One read (issue 18: two before).
     */
    Optional<YouthOfSignal> youthOfSignal(UUID signalId);

    /** @param municipality empty while the index does not know it */
    record YouthOfSignal(YouthId youth, Optional<String> municipality) {}

    /**
     * A youth who shares at least one parent, with the blind indexes of every parent they share (in index order):
     * a family's case is keyed by one of them, whichever it was opened with (ADR 0022: after a key rotation the
     * order of the indexes is another).
     */
    record Relative(YouthId youth, List<byte[]> sharedParentKeys) {

        public Relative {
            sharedParentKeys = List.copyOf(sharedParentKeys);
        }
    }

    record CoResidence(byte[] addressKey, List<YouthId> others) {}
}
