// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;

/**
 * The keys of the pseudonym service, read once from the key file at start and held in memory only: per recipient
 * and key version its OPRF secret key and the recipient's sealing public key of that version (docs/adr/0045), so a
 * key rotation also rotates the key that protects evaluations on their way to the recipient. The file is a properties
 * file:
 *
 * <pre>
 * recipient.national-index.oprf-key.1=&lt;base64, 32-byte ristretto255 scalar&gt;
 * recipient.national-index.seal-public-key.1=&lt;base64, 32 bytes X25519, printed by NewHubKeys&gt;
 * recipient.national-index.oprf-key.2=...
 * recipient.national-index.seal-public-key.2=...
 * </pre>
 *
 * The form before docs/adr/0045, one {@code recipient.<name>.seal-public-key} without a version, is still read for a
 * recipient with exactly one key version (it is that version's); beside a second version, or beside versioned sealing
 * keys, it stops the start with a message that names it. A key that does not decode stops the start with a message
 * that names the entry, never the value.
 */
@Component
class RecipientKeys {

    private static final Pattern ENTRY = Pattern.compile(
            "recipient\\.([a-z0-9][a-z0-9-]{0,62})\\.(seal-public-key|oprf-key)(?:\\.([1-9][0-9]{0,8}))?");

    /** A recipient's keys per key version: the OPRF key and the sealing public key each version has of its own. */
    record Recipient(Map<Integer, byte[]> oprfKeys, Map<Integer, byte[]> sealPublicKeys) {

        /** The sealing public key of a version the recipient has an OPRF key of (the load checks there is one). */
        byte[] sealPublicKey(int keyVersion) {
            return sealPublicKeys.get(keyVersion);
        }
    }

    private final Map<String, Recipient> recipients;

    RecipientKeys(PseudonymServiceSettings settings) {
        this.recipients = load(settings.keysFile());
    }

    Optional<Recipient> recipient(String name) {
        return Optional.ofNullable(recipients.get(name));
    }

    static Map<String, Recipient> load(Path file) {
        if (file == null) {
            throw new IllegalStateException("verwijsindex.pseudonym.keys-file is not set");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("the key file " + file + " cannot be read", e);
        }
        Map<String, byte[]> unversionedSealKeys = new HashMap<>();
        Map<String, Map<Integer, byte[]>> sealKeys = new TreeMap<>();
        Map<String, Map<Integer, byte[]>> oprfKeys = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            Matcher entry = ENTRY.matcher(name);
            if (!entry.matches() || (entry.group(2).equals("oprf-key") && entry.group(3) == null)) {
                throw new IllegalStateException("the key file has an entry it does not know: " + name);
            }
            byte[] value = decode(name, properties.getProperty(name));
            String recipient = entry.group(1);
            if (entry.group(2).equals("seal-public-key")) {
                if (value.length != SealedBox.PUBLIC_KEY_BYTES) {
                    throw new IllegalStateException(name + " is not a 32-byte public key");
                }
                if (entry.group(3) == null) {
                    unversionedSealKeys.put(recipient, value);
                } else {
                    sealKeys.computeIfAbsent(recipient, r -> new TreeMap<>())
                            .put(Integer.parseInt(entry.group(3)), value);
                }
            } else {
                try {
                    oprfKeys.computeIfAbsent(recipient, r -> new TreeMap<>())
                            .put(Integer.parseInt(entry.group(3)), Oprf.requireSecretKey(value));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(name + " is not a valid OPRF key (a non-zero ristretto255 scalar)");
                }
            }
        }
        Set<String> names = new TreeSet<>(oprfKeys.keySet());
        names.addAll(sealKeys.keySet());
        names.addAll(unversionedSealKeys.keySet());
        Map<String, Recipient> recipients = new HashMap<>();
        for (String recipient : names) {
            Map<Integer, byte[]> oprf = oprfKeys.getOrDefault(recipient, Map.of());
            Map<Integer, byte[]> seal = sealKeysPerVersion(
                    recipient, oprf.keySet(), sealKeys.getOrDefault(recipient, Map.of()), unversionedSealKeys);
            recipients.put(recipient, new Recipient(Map.copyOf(oprf), Map.copyOf(seal)));
        }
        return Map.copyOf(recipients);
    }

    /**
     * One sealing public key per OPRF key version, each version's its own: a rotation that kept the sealing key would
     * leave a stolen old secret sealing key able to open the new version's evaluations in transit (docs/adr/0045).
     */
    private static Map<Integer, byte[]> sealKeysPerVersion(
            String recipient, Set<Integer> versions, Map<Integer, byte[]> versioned, Map<String, byte[]> unversioned) {
        String prefix = "recipient." + recipient + ".";
        byte[] legacy = unversioned.get(recipient);
        if (versions.isEmpty()) {
            throw new IllegalStateException(prefix + "seal-public-key"
                    + (legacy != null ? "" : "." + versioned.keySet().iterator().next()) + " has no " + prefix
                    + "oprf-key.<version>");
        }
        if (legacy != null) {
            if (versions.size() != 1 || !versioned.isEmpty()) {
                throw new IllegalStateException(prefix + "seal-public-key (without a key version) is read only for a"
                        + " recipient with one key version and no other sealing key: name it " + prefix
                        + "seal-public-key.<version> for each of its key versions " + versions
                        + " (docs/adr/0045; NewHubKeys prints it)");
            }
            return Map.of(versions.iterator().next(), legacy);
        }
        Map<Integer, byte[]> seal = new TreeMap<>();
        for (int version : versions) {
            byte[] key = versioned.get(version);
            if (key == null) {
                throw new IllegalStateException(prefix + "seal-public-key." + version + " is missing: each key version"
                        + " needs the recipient's sealing public key of that version (docs/adr/0045; NewHubKeys prints"
                        + " it)");
            }
            for (Map.Entry<Integer, byte[]> other : seal.entrySet()) {
                if (Arrays.equals(other.getValue(), key)) {
                    throw new IllegalStateException(prefix + "seal-public-key." + version + " is the same key as "
                            + prefix + "seal-public-key." + other.getKey()
                            + ": each key version needs a sealing key pair of its own (docs/adr/0045)");
                }
            }
            seal.put(version, key);
        }
        for (int version : versioned.keySet()) {
            if (!versions.contains(version)) {
                throw new IllegalStateException(
                        prefix + "seal-public-key." + version + " has no " + prefix + "oprf-key." + version);
            }
        }
        return seal;
    }

    private static byte[] decode(String name, String value) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
    }
}
