// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.verwijsindex.oprf.SealedBox;

/**
 * The hub's keys (docs/adr/0032), read once from the key file at start and held in memory only: per key version the
 * X25519 sealing key pair the pseudonym service seals that version's evaluations to (each version its own,
 * docs/adr/0045), and the HMAC key that keys each unblinded
 * element once more. Never an OPRF key. The file is a properties file, as {@link NewHubKeys} writes it:
 *
 * <pre>
 * key.1.seal-public-key=&lt;base64, 32 bytes&gt;
 * key.1.seal-secret-key=&lt;base64, 32 bytes&gt;
 * key.1.hmac-key=&lt;base64, at least 32 bytes&gt;
 * </pre>
 *
 * A key that does not decode stops the start with a message that names the entry, never the value.
 */
@Component
class HubKeys {

    private static final Pattern ENTRY =
            Pattern.compile("key\\.([1-9][0-9]{0,8})\\.(seal-public-key|seal-secret-key|hmac-key)");

    /** The keys of one version. */
    record Version(SealedBox.KeyPair seal, byte[] hmacKey) {}

    private final Map<Integer, Version> versions;

    HubKeys(HubSettings settings) {
        this.versions = load(settings.keysFile());
    }

    Optional<Version> version(int keyVersion) {
        return Optional.ofNullable(versions.get(keyVersion));
    }

    /** The versions in the key file; one that is gone from it is retired ({@link KeyRetirement}). */
    Set<Integer> versions() {
        return versions.keySet();
    }

    /** The version new reports should carry (docs/adr/0032 step 2): the highest in the key file. */
    int current() {
        return Collections.max(versions.keySet());
    }

    static Map<Integer, Version> load(Path file) {
        if (file == null) {
            throw new IllegalStateException("verwijsindex.hub.keys-file is not set");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("the hub's key file " + file + " cannot be read", e);
        }
        Map<Integer, Map<String, byte[]>> parts = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            Matcher entry = ENTRY.matcher(name);
            if (!entry.matches()) {
                throw new IllegalStateException("the hub's key file has an entry it does not know: " + name);
            }
            parts.computeIfAbsent(Integer.parseInt(entry.group(1)), v -> new HashMap<>())
                    .put(entry.group(2), decode(name, properties.getProperty(name)));
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("the hub's key file " + file + " holds no key version");
        }
        Map<Integer, Version> versions = new HashMap<>();
        parts.forEach((version, keys) -> {
            byte[] publicKey = require(keys, version, "seal-public-key", SealedBox.PUBLIC_KEY_BYTES);
            byte[] secretKey = require(keys, version, "seal-secret-key", SealedBox.SECRET_KEY_BYTES);
            byte[] hmacKey = keys.get("hmac-key");
            if (hmacKey == null || hmacKey.length < 32) {
                throw new IllegalStateException("key." + version + ".hmac-key is missing or shorter than 32 bytes");
            }
            SealedBox.KeyPair seal = new SealedBox.KeyPair(publicKey, secretKey);
            if (!SealedBox.matches(seal)) {
                throw new IllegalStateException("key." + version + ".seal-public-key is not the public half of key."
                        + version + ".seal-secret-key");
            }
            versions.put(version, new Version(seal, hmacKey));
        });
        // Each version its own sealing key pair (docs/adr/0045): the pseudonym service seals a version's evaluations to
        // that version's public key, and a rotation must replace the key that protects them in transit too.
        versions.forEach((version, keys) -> versions.forEach((other, otherKeys) -> {
            if (other < version
                    && Arrays.equals(keys.seal().publicKey(), otherKeys.seal().publicKey())) {
                throw new IllegalStateException("key." + version + ".seal-public-key is the same key as key." + other
                        + ".seal-public-key: each key version needs a sealing key pair of its own (NewHubKeys)");
            }
        }));
        return Map.copyOf(versions);
    }

    private static byte[] require(Map<String, byte[]> keys, int version, String part, int length) {
        byte[] key = keys.get(part);
        if (key == null || key.length != length) {
            throw new IllegalStateException("key." + version + "." + part + " is missing or not " + length + " bytes");
        }
        return key;
    }

    private static byte[] decode(String name, String value) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
    }
}
