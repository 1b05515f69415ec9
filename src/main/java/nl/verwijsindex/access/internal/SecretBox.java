// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts an account's TOTP secret at rest: AES-256-GCM, a version byte, a random 12-byte nonce, and the
 * account id as associated data, so a secret copied to another account's row does not decrypt.
 */
public final class SecretBox {

    /** No key configured: the second factor cannot be set up (only allowed while it is not required). */
    static final SecretBox NONE = new SecretBox(null);

    private static final byte VERSION = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretBox(SecretKeySpec key) {
        this.key = key;
    }

    static SecretBox ofBase64Key(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("verwijsindex.accounts.second-factor-key must be 32 bytes (base64)");
        }
        return new SecretBox(new SecretKeySpec(bytes, "AES"));
    }

    public boolean available() {
        return key != null;
    }

    public byte[] seal(UUID account, String secret) {
        requireKey();
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(account));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + nonce.length + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a second-factor secret", e);
        }
    }

    public String open(UUID account, byte[] box) {
        requireKey();
        if (box.length < 1 + 12 + 16 || box[0] != VERSION) {
            throw new IllegalStateException("unknown second-factor secret format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, box, 1, 12));
            cipher.updateAAD(aad(account));
            return new String(cipher.doFinal(box, 13, box.length - 13), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the second-factor secret of account " + account, e);
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new IllegalStateException(
                    "no second-factor key configured (verwijsindex.accounts.second-factor-key)");
        }
    }

    private static byte[] aad(UUID account) {
        return ByteBuffer.allocate(17)
                .put(VERSION)
                .putLong(account.getMostSignificantBits())
                .putLong(account.getLeastSignificantBits())
                .array();
    }
}
