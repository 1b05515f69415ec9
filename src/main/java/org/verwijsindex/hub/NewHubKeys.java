// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.verwijsindex.oprf.SealedBox;

/**
 * A command that makes the hub's keys of a new version (docs/adr/0032): appends the sealing key pair and the HMAC key
 * to the hub's key file (made readable by its owner only), and prints the one line the pseudonym service's operator
 * needs, the public sealing key of that version (docs/adr/0045: each version its own sealing key pair). The secret
 * halves never leave the file. Arguments: key file, key version, and
 * optionally the hub's recipient name (default {@code national-index}).
 */
public final class NewHubKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private NewHubKeys() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: NewHubKeys <hub key file> <key version> [recipient, default national-index]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int version = Integer.parseInt(args[1]);
        String recipient = args.length == 3 ? args[2] : "national-index";
        byte[] hmacKey = new byte[32];
        RANDOM.nextBytes(hmacKey);
        SealedBox.KeyPair seal = SealedBox.generateKeyPair();
        append(file, hubLines(version, seal, hmacKey));
        System.out.print(serviceLine(recipient, version, seal));
    }

    public static String hubLines(int version, SealedBox.KeyPair seal, byte[] hmacKey) {
        Base64.Encoder base64 = Base64.getEncoder();
        return "key." + version + ".seal-public-key=" + base64.encodeToString(seal.publicKey()) + "\n"
                + "key." + version + ".seal-secret-key=" + base64.encodeToString(seal.secretKey()) + "\n"
                + "key." + version + ".hmac-key=" + base64.encodeToString(hmacKey) + "\n";
    }

    public static String serviceLine(String recipient, int version, SealedBox.KeyPair seal) {
        return "# For the pseudonym service's key file (verwijsindex.pseudonym.keys-file):\n"
                + "recipient." + recipient + ".seal-public-key." + version + "="
                + Base64.getEncoder().encodeToString(seal.publicKey()) + "\n";
    }

    public static void append(Path file, String lines) throws IOException {
        if (Files.notExists(file)) {
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the operator protects the file
            }
        }
        String existing = Files.readString(file);
        String firstKey = lines.substring(0, lines.indexOf('=') + 1);
        if (existing.contains(firstKey)) {
            throw new IllegalStateException(file + " already holds this key version");
        }
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            lines = "\n" + lines;
        }
        Files.writeString(file, lines, StandardOpenOption.APPEND);
    }
}
