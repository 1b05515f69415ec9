// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import java.util.List;

/**
 * DESIGN decision 1: turns a BSN into what may be stored. The blind index is for matching and the
 * logbook; the ciphertext is for the lookups and rights requests that need the BSN back.
 *
 * <p>ADR 0022: several keys can be active, each with an id. The current one writes; every active one
 * reads. A ciphertext names its key id in its first byte; a stored blind index is kept next to its key
 * id, and a lookup computes the index under every active key ({@link #blindIndexes(Bsn)}).
 */
public interface BsnProtection {

    /** Under the current key. */
    BlindIndex blindIndex(Bsn bsn);

    BlindIndex blindIndex(int keyId, Bsn bsn);

    /** Under every active key, the current one first: what a lookup during a key rotation must look for. */
    default List<BlindIndex> blindIndexes(Bsn bsn) {
        return activeKeyIds().stream().map(id -> blindIndex(id, bsn)).toList();
    }

    /** Under the current key. */
    byte[] encrypt(Bsn bsn);

    /** Under whichever active key the ciphertext names. */
    Bsn decrypt(byte[] ciphertext);

    /** The key id a ciphertext was made with. */
    int keyIdOf(byte[] ciphertext);

    /** The key that writes. */
    int currentKeyId();

    /** Every key that still reads, the current one first. */
    List<Integer> activeKeyIds();

    /**
     * A keyed digest of any text, with the current blind-index key, for fingerprints that cover a BSN (for
     * example of an API request) without making it guessable.
     */
    byte[] keyedDigest(String text);

    byte[] keyedDigest(int keyId, String text);
}
