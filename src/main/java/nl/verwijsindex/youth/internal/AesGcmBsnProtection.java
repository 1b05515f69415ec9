// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * HMAC-SHA-256 blind index and AES-256-GCM encryption. Ciphertext layout: one key-version byte, a 12-byte
 * random nonce, then ciphertext and 16-byte tag, so keys can be rotated later without ambiguity.
 */
@Component
class AesGcmBsnProtection implements BsnProtection {

    private static final byte KEY_VERSION = 1;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec macKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Mac> macs;
    /** A Cipher is not thread-safe but can be initialised again for every use; looking one up is not free. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(AesGcmBsnProtection::newCipher);

    @Autowired
    AesGcmBsnProtection(KeyProperties properties) {
        this(KeyMaterial.load(properties));
    }

    AesGcmBsnProtection(KeyMaterial keys) {
        this.macKey = new SecretKeySpec(keys.blindIndexKey(), "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(keys.encryptionKey(), "AES");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    @Override
    public BlindIndex blindIndex(Bsn bsn) {
        return new BlindIndex(keyedDigest("bsn:" + bsn.value()));
    }

    @Override
    public byte[] keyedDigest(String text) {
        Mac mac = macs.get();
        mac.reset();
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] encrypt(Bsn bsn) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[] {KEY_VERSION});
            byte[] sealed = cipher.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_LENGTH + sealed.length)
                    .put(KEY_VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN encryption failed", e);
        }
    }

    @Override
    public Bsn decrypt(byte[] ciphertext) {
        if (ciphertext.length < 1 + NONCE_LENGTH + TAG_BITS / 8 || ciphertext[0] != KEY_VERSION) {
            throw new IllegalStateException("Unknown BSN ciphertext format");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(
                    Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_LENGTH));
            cipher.updateAAD(new byte[] {KEY_VERSION});
            byte[] plain = cipher.doFinal(ciphertext, 1 + NONCE_LENGTH, ciphertext.length - 1 - NONCE_LENGTH);
            return new Bsn(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            // Never include the ciphertext or plaintext: only that it failed.
            throw new IllegalStateException("BSN decryption failed: wrong key or tampered data");
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }
}
