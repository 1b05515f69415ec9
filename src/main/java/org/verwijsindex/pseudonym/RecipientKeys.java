// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;

/**
 * The keys of the pseudonym service, read once from the key file at start and held in memory only: per recipient
 * its sealing public key and its OPRF secret keys by version. The file is a properties file:
 *
 * <pre>
 * recipient.national-index.seal-public-key=&lt;base64, 32 bytes X25519&gt;
 * recipient.national-index.oprf-key.1=&lt;base64, 32-byte ristretto255 scalar&gt;
 * recipient.national-index.oprf-key.2=...
 * </pre>
 *
 * A key that does not decode stops the start with a message that names the entry, never the value.
 */
@Component
class RecipientKeys {

    private static final Pattern ENTRY =
            Pattern.compile("recipient\\.([a-z0-9][a-z0-9-]{0,62})\\.(seal-public-key|oprf-key\\.([1-9][0-9]{0,8}))");

    record Recipient(byte[] sealPublicKey, Map<Integer, byte[]> oprfKeys) {}

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
        Map<String, byte[]> sealKeys = new HashMap<>();
        Map<String, Map<Integer, byte[]>> oprfKeys = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            Matcher entry = ENTRY.matcher(name);
            if (!entry.matches()) {
                throw new IllegalStateException("the key file has an entry it does not know: " + name);
            }
            byte[] value = decode(name, properties.getProperty(name));
            String recipient = entry.group(1);
            if (entry.group(3) == null) {
                if (value.length != SealedBox.PUBLIC_KEY_BYTES) {
                    throw new IllegalStateException(name + " is not a 32-byte public key");
                }
                sealKeys.put(recipient, value);
            } else {
                try {
                    oprfKeys.computeIfAbsent(recipient, r -> new HashMap<>())
                            .put(Integer.parseInt(entry.group(3)), Oprf.requireSecretKey(value));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(name + " is not a valid OPRF key (a non-zero ristretto255 scalar)");
                }
            }
        }
        Map<String, Recipient> recipients = new HashMap<>();
        oprfKeys.forEach((recipient, keys) -> {
            byte[] sealKey = sealKeys.get(recipient);
            if (sealKey == null) {
                throw new IllegalStateException("recipient." + recipient + ".seal-public-key is missing");
            }
            recipients.put(recipient, new Recipient(sealKey, Map.copyOf(keys)));
        });
        return Map.copyOf(recipients);
    }

    private static byte[] decode(String name, String value) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
    }
}
