// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the secret keys come from: base64 values (for example from the environment) or a key file.
 * With neither, the standalone run generates a key file in its data directory; production refuses to
 * start. The single pair of {@code blind-index-key} and {@code encryption-key} is key id 1; more keys go in
 * {@code ring} (ADR 0022: key rotation).
 *
 * @param blindIndexKey base64 of at least 32 random bytes, for the HMAC-SHA-256 blind index (key id 1)
 * @param encryptionKey base64 of exactly 32 random bytes, for AES-256-GCM (key id 1)
 * @param file          a properties file with {@code blind-index-key} and {@code encryption-key}, and for
 *                      more keys {@code <id>.blind-index-key}, {@code <id>.encryption-key} and {@code current-id}
 * @param generateIfMissing create {@code file} with fresh random keys when it does not exist
 * @param ring          more keys by id (1 to 255): {@code verwijsindex.keys.ring.<id>.blind-index-key} and
 *                      {@code .encryption-key}
 * @param currentId     the key that writes new blind indexes and ciphertexts; the others only read.
 *                      Default 1
 */
@ConfigurationProperties("verwijsindex.keys")
public record KeyProperties(
        String blindIndexKey,
        String encryptionKey,
        Path file,
        boolean generateIfMissing,
        Map<Integer, Pair> ring,
        Integer currentId) {

    /** One key id's two keys, base64. */
    public record Pair(String blindIndexKey, String encryptionKey) {}
}
