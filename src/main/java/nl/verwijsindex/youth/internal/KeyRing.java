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
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ADR 0022: the active keys by id, loaded once at start-up from {@link KeyProperties}. The current key writes
 * every new blind index and ciphertext; every active key still reads, so rows written under an older key are
 * found and decrypted until the re-keying task has moved them to the current one. The single pair of the
 * original settings is key id 1.
 */
record KeyRing(SortedMap<Integer, KeyMaterial> keys, int currentId) {

    static final int LEGACY_ID = 1;
    private static final Pattern FILE_ENTRY = Pattern.compile("(\\d+)\\.(blind-index-key|encryption-key)");

    KeyRing {
        keys = new TreeMap<>(keys);
        keys.keySet().forEach(KeyRing::requireValidId);
        if (!keys.containsKey(currentId)) {
            throw new IllegalStateException("verwijsindex.keys: the current key id " + currentId
                    + " is not among the configured key ids " + keys.keySet());
        }
    }

    KeyMaterial current() {
        return keys.get(currentId);
    }

    /** The key of this id, or an exception naming only the id when it is not (or no longer) active. */
    KeyMaterial get(int id) {
        KeyMaterial key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("verwijsindex.keys: key id " + id + " is not configured");
        }
        return key;
    }

    static KeyRing load(KeyProperties properties) {
        Map<Integer, KeyMaterial> keys = new TreeMap<>();
        Integer currentId = properties.currentId();
        if (present(properties.blindIndexKey()) && present(properties.encryptionKey())) {
            keys.put(
                    LEGACY_ID, new KeyMaterial(decode(properties.blindIndexKey()), decode(properties.encryptionKey())));
        }
        if (properties.ring() != null) {
            properties.ring().forEach((id, pair) -> {
                requireValidId(id);
                keys.put(id, new KeyMaterial(decode(pair.blindIndexKey()), decode(pair.encryptionKey())));
            });
        }
        Path file = properties.file();
        if (keys.isEmpty()) {
            if (file == null) {
                throw new IllegalStateException("""
                        No keys configured. Set VERWIJSINDEX_KEYS_BLIND_INDEX_KEY and VERWIJSINDEX_KEYS_ENCRYPTION_KEY \
                        (base64 of 32 random bytes each) or VERWIJSINDEX_KEYS_FILE.""");
            }
            Properties entries = readOrGenerate(file, properties.generateIfMissing());
            keys.putAll(fromFile(entries));
            if (currentId == null && entries.getProperty("current-id") != null) {
                currentId = Integer.valueOf(entries.getProperty("current-id").trim());
            }
        }
        return new KeyRing(new TreeMap<>(keys), currentId == null ? LEGACY_ID : currentId);
    }

    private static Map<Integer, KeyMaterial> fromFile(Properties entries) {
        Map<Integer, String[]> pairs = new TreeMap<>();
        if (entries.getProperty("blind-index-key") != null || entries.getProperty("encryption-key") != null) {
            pairs.put(
                    LEGACY_ID,
                    new String[] {entries.getProperty("blind-index-key"), entries.getProperty("encryption-key")});
        }
        for (String name : entries.stringPropertyNames()) {
            Matcher entry = FILE_ENTRY.matcher(name);
            if (entry.matches()) {
                String[] pair = pairs.computeIfAbsent(Integer.valueOf(entry.group(1)), id -> new String[2]);
                pair[entry.group(2).equals("blind-index-key") ? 0 : 1] = entries.getProperty(name);
            }
        }
        Map<Integer, KeyMaterial> keys = new TreeMap<>();
        pairs.forEach((id, pair) -> keys.put(id, new KeyMaterial(decode(pair[0]), decode(pair[1]))));
        return keys;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void requireValidId(int id) {
        if (id < 1 || id > 255) {
            throw new IllegalStateException("verwijsindex.keys: a key id is a number from 1 to 255, not " + id);
        }
    }

    private static Properties readOrGenerate(Path file, boolean generateIfMissing) {
        if (Files.notExists(file)) {
            if (!generateIfMissing) {
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
        return keys;
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
