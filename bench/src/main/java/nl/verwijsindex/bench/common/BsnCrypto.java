package nl.verwijsindex.bench.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The service's BSN protection, reproduced from its documented format (AesGcmBsnProtection): the blind
 * index is HMAC-SHA-256 over "bsn:" + BSN; the ciphertext is key-version byte 1, a 12-byte nonce, then
 * AES-256-GCM ciphertext and 16-byte tag, with the version byte as associated data. Not thread-safe.
 */
public final class BsnCrypto {

    private static final byte KEY_VERSION = 1;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = {KEY_VERSION};

    private final Mac mac;
    private final Cipher cipher;
    private final SecretKeySpec encryptionKey;

    public BsnCrypto(byte[] blindIndexKey, byte[] encryptionKey) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            this.mac.init(new SecretKeySpec(blindIndexKey, "HmacSHA256"));
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] blindIndex(String bsn) {
        return mac.doFinal(("bsn:" + bsn).getBytes(StandardCharsets.UTF_8));
    }

    /** @param random source of the nonce; the loader passes a seeded one so a load is reproducible */
    public byte[] encrypt(String bsn, Random random) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(bsn.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_LENGTH + sealed.length).put(KEY_VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN encryption failed", e);
        }
    }

    public String decrypt(byte[] ciphertext) {
        if (ciphertext.length < 1 + NONCE_LENGTH + TAG_BITS / 8 || ciphertext[0] != KEY_VERSION) {
            throw new IllegalStateException("Unknown BSN ciphertext format");
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_LENGTH));
            cipher.updateAAD(AAD);
            byte[] plain = cipher.doFinal(ciphertext, 1 + NONCE_LENGTH, ciphertext.length - 1 - NONCE_LENGTH);
            return new String(plain, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN decryption failed: were the youths loaded with other keys?", e);
        }
    }
}
