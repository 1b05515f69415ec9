// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the two secret keys come from: base64 values (for example from the environment) or a key file.
 * With neither, the standalone run generates a key file in its data directory; production refuses to
 * start.
 *
 * @param blindIndexKey base64 of at least 32 random bytes, for the HMAC-SHA-256 blind index
 * @param encryptionKey base64 of exactly 32 random bytes, for AES-256-GCM
 * @param file          a properties file with {@code blind-index-key} and {@code encryption-key}
 * @param generateIfMissing create {@code file} with fresh random keys when it does not exist
 */
@ConfigurationProperties("verwijsindex.keys")
public record KeyProperties(String blindIndexKey, String encryptionKey, Path file, boolean generateIfMissing) {}
