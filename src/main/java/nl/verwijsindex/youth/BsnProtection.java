// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

/**
 * DESIGN decision 1: turns a BSN into what may be stored. The blind index is for matching and the
 * logbook; the ciphertext is for the lookups and rights requests that need the BSN back.
 */
public interface BsnProtection {

    BlindIndex blindIndex(Bsn bsn);

    byte[] encrypt(Bsn bsn);

    Bsn decrypt(byte[] ciphertext);

    /**
     * A keyed digest of any text, with the blind-index key, for fingerprints that cover a BSN (for
     * example of an API request) without making it guessable.
     */
    byte[] keyedDigest(String text);
}
