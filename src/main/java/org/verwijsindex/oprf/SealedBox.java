// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.oprf;

import java.util.Arrays;

/**
 * libsodium's sealed box (X25519, XSalsa20-Poly1305, an ephemeral sender key): anyone with the recipient's public
 * key can seal, only the holder of its secret key can open, and tampering is detected. The pseudonym service seals
 * an evaluated element to the national index with it, so the regional index that forwards it cannot read it
 * (docs/adr/0026).
 */
public final class SealedBox {

    public static final int PUBLIC_KEY_BYTES = 32;
    public static final int SECRET_KEY_BYTES = 32;
    public static final int OVERHEAD_BYTES = 48;

    private SealedBox() {}

    /** A key pair: the recipient keeps the secret half, the pseudonym service is given the public half. */
    public record KeyPair(byte[] publicKey, byte[] secretKey) {}

    public static KeyPair generateKeyPair() {
        byte[] publicKey = new byte[PUBLIC_KEY_BYTES];
        byte[] secretKey = new byte[SECRET_KEY_BYTES];
        if (Ristretto255.SODIUM.crypto_box_keypair(publicKey, secretKey) != 0) {
            throw new IllegalStateException("crypto_box_keypair failed");
        }
        return new KeyPair(publicKey, secretKey);
    }

    /** Whether the public key is the secret key's own (X25519: the secret scalar times the base point). */
    public static boolean matches(KeyPair pair) {
        requireLength(pair.publicKey(), PUBLIC_KEY_BYTES, "public key");
        requireLength(pair.secretKey(), SECRET_KEY_BYTES, "secret key");
        byte[] derived = new byte[PUBLIC_KEY_BYTES];
        if (Ristretto255.SODIUM.crypto_scalarmult_base(derived, pair.secretKey()) != 0) {
            return false;
        }
        return Arrays.equals(derived, pair.publicKey());
    }

    public static byte[] seal(byte[] message, byte[] recipientPublicKey) {
        requireLength(recipientPublicKey, PUBLIC_KEY_BYTES, "public key");
        byte[] sealed = new byte[message.length + OVERHEAD_BYTES];
        if (Ristretto255.SODIUM.crypto_box_seal(sealed, message, message.length, recipientPublicKey) != 0) {
            throw new IllegalStateException("crypto_box_seal failed");
        }
        return sealed;
    }

    /** Opens a sealed box; one that was not sealed to this key pair, or was altered, is refused. */
    public static byte[] open(byte[] sealed, KeyPair recipient) {
        requireLength(recipient.publicKey(), PUBLIC_KEY_BYTES, "public key");
        requireLength(recipient.secretKey(), SECRET_KEY_BYTES, "secret key");
        if (sealed.length < OVERHEAD_BYTES) {
            throw new IllegalArgumentException("a sealed box is at least " + OVERHEAD_BYTES + " bytes");
        }
        byte[] message = new byte[sealed.length - OVERHEAD_BYTES];
        if (Ristretto255.SODIUM.crypto_box_seal_open(
                        message, sealed, sealed.length, recipient.publicKey(), recipient.secretKey())
                != 0) {
            Arrays.fill(message, (byte) 0);
            throw new IllegalArgumentException("the sealed box does not open with this key pair");
        }
        return message;
    }

    private static void requireLength(byte[] key, int length, String what) {
        if (key == null || key.length != length) {
            throw new IllegalArgumentException("a " + what + " is exactly " + length + " bytes");
        }
    }
}
