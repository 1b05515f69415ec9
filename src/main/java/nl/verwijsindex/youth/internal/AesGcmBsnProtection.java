// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.UnreadableBsn;

/**
 * HMAC-SHA-256 blind index and AES-256-GCM encryption, under a {@link KeyRing}. Ciphertext layout: one
 * key-id byte (also authenticated), a 12-byte random nonce, then ciphertext and 16-byte tag, so a ciphertext
 * names the key that opens it (ADR 0022).
 */
@Component
class AesGcmBsnProtection implements BsnProtection {

    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private final int currentId;
    private final List<Integer> activeIds;
    private final Map<Integer, SecretKeySpec> encryptionKeys = new TreeMap<>();
    private final Map<Integer, ThreadLocal<Mac>> macs = new TreeMap<>();
    private final SecureRandom random = new SecureRandom();
    /** A Cipher is not thread-safe but can be initialised again for every use; looking one up is not free. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(AesGcmBsnProtection::newCipher);

    @Autowired
    AesGcmBsnProtection(KeyProperties properties) {
        this(KeyRing.load(properties));
    }

    AesGcmBsnProtection(KeyRing ring) {
        this.currentId = ring.currentId();
        List<Integer> ids = new ArrayList<>();
        ids.add(currentId);
        ring.keys().keySet().stream().filter(id -> id != currentId).forEach(ids::add);
        this.activeIds = List.copyOf(ids);
        ring.keys().forEach((id, keys) -> {
            encryptionKeys.put(id, new SecretKeySpec(keys.encryptionKey(), "AES"));
            SecretKeySpec macKey = new SecretKeySpec(keys.blindIndexKey(), "HmacSHA256");
            macs.put(id, ThreadLocal.withInitial(() -> newMac(macKey)));
        });
    }

    @Override
    public BlindIndex blindIndex(Bsn bsn) {
        return blindIndex(currentId, bsn);
    }

    @Override
    public BlindIndex blindIndex(int keyId, Bsn bsn) {
        return new BlindIndex(keyedDigest(keyId, "bsn:" + bsn.value()));
    }

    @Override
    public byte[] keyedDigest(String text) {
        return keyedDigest(currentId, text);
    }

    @Override
    public byte[] keyedDigest(int keyId, String text) {
        ThreadLocal<Mac> perThread = macs.get(keyId);
        if (perThread == null) {
            throw new IllegalStateException("verwijsindex.keys: key id " + keyId + " is not configured");
        }
        Mac mac = perThread.get();
        mac.reset();
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int currentKeyId() {
        return currentId;
    }

    @Override
    public List<Integer> activeKeyIds() {
        return activeIds;
    }

    @Override
    public byte[] encrypt(Bsn bsn) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        byte keyId = (byte) currentId;
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKeys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[] {keyId});
            byte[] sealed = cipher.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_LENGTH + sealed.length)
                    .put(keyId)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN encryption failed", e);
        }
    }

    @Override
    public int keyIdOf(byte[] ciphertext) {
        if (ciphertext.length < 1 + NONCE_LENGTH + TAG_BITS / 8) {
            throw new UnreadableBsn("Unknown BSN ciphertext format");
        }
        return ciphertext[0] & 0xff;
    }

    @Override
    public Bsn decrypt(byte[] ciphertext) {
        int keyId = keyIdOf(ciphertext);
        SecretKeySpec key = encryptionKeys.get(keyId);
        if (key == null) {
            throw new UnreadableBsn("BSN ciphertext under key id " + keyId + ", which is not configured");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_LENGTH));
            cipher.updateAAD(new byte[] {ciphertext[0]});
            byte[] plain = cipher.doFinal(ciphertext, 1 + NONCE_LENGTH, ciphertext.length - 1 - NONCE_LENGTH);
            return new Bsn(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            // Never include the ciphertext or plaintext: only that it failed.
            throw new UnreadableBsn("BSN decryption failed: wrong key or tampered data");
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static Mac newMac(SecretKeySpec macKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }
}
