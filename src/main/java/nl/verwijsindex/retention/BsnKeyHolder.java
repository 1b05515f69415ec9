// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import java.util.Map;

/**
 * Rows of another module that keep a BSN the way the youth table does, a blind index and a ciphertext under a key
 * (ADR 0022): a privacy desk's request, for one. {@link KeyRotation} moves them to the current key with the
 * youths, and keeps an older key from being called retirable while such rows still use it.
 */
public interface BsnKeyHolder {

    /** The rows by the key id they are stored under. */
    Map<Integer, Long> keyUse();

    /** Moves at most {@code limit} rows under an older key to the current one, in the caller's transaction. */
    int rekey(int limit);
}
