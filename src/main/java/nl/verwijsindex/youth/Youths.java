// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** The youths known to the index, by their protected BSN. */
public interface Youths {

    /**
     * Finds or adds the youth and locks them until the surrounding transaction ends, so that all
     * registrations on one youth happen one after the other (DESIGN decision 3: exactly one match).
     * The birth date given is kept only when the youth is new.
     */
    IdentifiedYouth identifyAndLock(Bsn bsn, LocalDate birthDate);

    /**
     * R-NOBSN: as {@link #identifyAndLock(Bsn, LocalDate)}, for a youth known by a verwijsindex number. The
     * number is kept only as its blind index; its display form is derived again when needed.
     */
    IdentifiedYouth identifyAndLock(ViNumber number, LocalDate birthDate);

    /** Locks a known youth for the rest of the transaction; empty when the youth no longer exists. */
    Optional<IdentifiedYouth> lock(YouthId id);

    Optional<IdentifiedYouth> find(YouthId id);

    /**
     * The BSN, decrypted; only for showing a signal to its own professional or organisation and for asking
     * the person register. Empty for a youth known by a verwijsindex number (R-NOBSN).
     */
    Optional<Bsn> bsnOf(YouthId id);

    /**
     * {@link #bsnOf} for several youths in one read (issue 18: the person checks of a busy moment together). Each youth
     * asked for is in the answer, in the order asked: with its BSN, empty when it is known by a verwijsindex number or
     * no longer there, or, when its BSN cannot be decrypted, given to {@code unreadable} and left out.
     */
    Map<YouthId, Optional<Bsn>> bsnsOf(List<YouthId> ids, BiConsumer<YouthId, UnreadableBsn> unreadable);

    /** The BSN or verwijsindex number, for showing a signal to its own professional or organisation. */
    YouthIdentity identityOf(YouthId id);

    /** Whether the youth is known by a BSN (false: by a verwijsindex number). */
    boolean hasBsn(YouthId id);

    /**
     * The birth date the person register gives, which the index then keeps for R-YOUTH and R-AGE-23 instead
     * of the one typed at registration.
     */
    void correctBirthDate(YouthId id, LocalDate birthDate);

    /**
     * R-NOBSN: the youth known by a verwijsindex number turns out to have this BSN. From now on they are
     * known by it (same id); empty when the index already knows another youth with this BSN, whose signals
     * the caller must then move over before forgetting this one.
     */
    Optional<YouthId> assignBsn(YouthId viYouth, Bsn bsn);

    /** The youth with this BSN, if the index knows them; for merging only, never for searching (R-NOSEARCH). */
    Optional<YouthId> findByBsn(Bsn bsn);

    /** {@link #findByBsn} for several BSNs in one read (issue 18): the youths the index knows by any of them. */
    Set<YouthId> findAllByBsn(Collection<Bsn> bsns);

    /**
     * Removes the youth, once no signal refers to them any more (data minimisation). Only the blind index
     * in the logbook remains.
     */
    void forget(YouthId id);

    /**
     * ADR 0022: moves at most {@code limit} youths known by a BSN from an older key to the current one (new
     * blind index, new ciphertext), skipping rows other transactions hold. @return the youths moved, with
     * their blind index before and after, for the modules that keep a copy of it
     */
    List<Rekeyed> rekey(int limit);

    /** How many youths each key id holds, by how they are known ({@code BSN} or {@code VI_NUMBER}). */
    List<KeyUse> keyUse();

    record Rekeyed(YouthId id, BlindIndex previous, BlindIndex current) {}

    record KeyUse(int keyId, String identifiedBy, long youths) {}

    /**
     * @param created the youth was inserted by this transaction: the index knows nothing else of it yet (issue 18:
     *                so the registration's listeners need not look)
     */
    record IdentifiedYouth(YouthId id, BlindIndex blindIndex, LocalDate birthDate, boolean created) {}
}
