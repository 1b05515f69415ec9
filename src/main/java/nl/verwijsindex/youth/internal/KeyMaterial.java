// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/** The two secret keys, loaded once at start-up from {@link KeyProperties}. */
record KeyMaterial(byte[] blindIndexKey, byte[] encryptionKey) {

    KeyMaterial {
        if (blindIndexKey.length < 32) {
            throw new IllegalStateException("verwijsindex.keys: the blind-index key must have at least 32 bytes");
        }
        if (encryptionKey.length != 32) {
            throw new IllegalStateException("verwijsindex.keys: the encryption key must have exactly 32 bytes");
        }
    }

    static KeyMaterial load(KeyProperties properties) {
        if (properties.blindIndexKey() != null && properties.encryptionKey() != null) {
            return new KeyMaterial(decode(properties.blindIndexKey()), decode(properties.encryptionKey()));
        }
        Path file = properties.file();
        if (file == null) {
            throw new IllegalStateException("""
                    No keys configured. Set VERWIJSINDEX_KEYS_BLIND_INDEX_KEY and VERWIJSINDEX_KEYS_ENCRYPTION_KEY \
                    (base64 of 32 random bytes each) or VERWIJSINDEX_KEYS_FILE.""");
        }
        if (Files.notExists(file)) {
            if (!properties.generateIfMissing()) {
                throw new IllegalStateException("Key file " + file + " does not exist");
            }
            generate(file);
        }
        Properties keys = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            keys.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key file " + file, e);
        }
        return new KeyMaterial(decode(keys.getProperty("blind-index-key")), decode(keys.getProperty("encryption-key")));
    }

    private static void generate(Path file) {
        SecureRandom random = new SecureRandom();
        Properties keys = new Properties();
        keys.setProperty("blind-index-key", randomKey(random));
        keys.setProperty("encryption-key", randomKey(random));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file)) {
                keys.store(
                        writer, "Verwijsindex keys. Losing them makes every stored BSN unreadable: back this file up.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create key file " + file, e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            throw new IllegalStateException("verwijsindex.keys: a key is missing");
        }
        return Base64.getDecoder().decode(base64.trim());
    }
}
