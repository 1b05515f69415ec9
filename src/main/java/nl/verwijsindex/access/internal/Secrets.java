// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Tokens are full-entropy random secrets, so a plain SHA-256 is a safe way to keep them (docs/adr/0002). */
final class Secrets {

    private Secrets() {}

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time, so the time taken reveals nothing about how much of a guess was right. */
    static boolean matches(String presented, byte[] expectedHash) {
        return expectedHash != null && MessageDigest.isEqual(expectedHash, sha256(presented));
    }
}
