// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

/** The two secret keys of one key id in the {@link KeyRing}. */
record KeyMaterial(byte[] blindIndexKey, byte[] encryptionKey) {

    KeyMaterial {
        if (blindIndexKey.length < 32) {
            throw new IllegalStateException("verwijsindex.keys: the blind-index key must have at least 32 bytes");
        }
        if (encryptionKey.length != 32) {
            throw new IllegalStateException("verwijsindex.keys: the encryption key must have exactly 32 bytes");
        }
    }
}
