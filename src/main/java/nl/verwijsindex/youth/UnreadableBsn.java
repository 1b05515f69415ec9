// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

/**
 * A stored BSN that cannot be decrypted: its key is not configured, or the ciphertext is damaged. The message names
 * at most the key id, never the ciphertext or the BSN.
 */
public class UnreadableBsn extends IllegalStateException {

    public UnreadableBsn(String message) {
        super(message);
    }
}
