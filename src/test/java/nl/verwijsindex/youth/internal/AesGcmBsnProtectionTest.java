// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.UnreadableBsn;

/** DESIGN decision 1: a keyed blind index to match on, AES-GCM to keep the BSN at rest. */
class AesGcmBsnProtectionTest {

    private static final Bsn BSN = new Bsn("999990019");

    private final AesGcmBsnProtection protection = new AesGcmBsnProtection(keys('a', 'b'));

    @Test
    void theBlindIndexIsTheSameForTheSameBsnAndDiffersPerKey() {
        assertThat(protection.blindIndex(BSN)).isEqualTo(protection.blindIndex(new Bsn("999990019")));
        assertThat(protection.blindIndex(BSN)).isNotEqualTo(protection.blindIndex(new Bsn("999990020")));
        assertThat(new AesGcmBsnProtection(keys('c', 'b')).blindIndex(BSN)).isNotEqualTo(protection.blindIndex(BSN));
    }

    @Test
    void encryptionRoundTripsAndNeverRepeatsCiphertext() {
        byte[] first = protection.encrypt(BSN);
        byte[] second = protection.encrypt(BSN);
        assertThat(first).isNotEqualTo(second);
        assertThat(protection.decrypt(first)).isEqualTo(BSN);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain(BSN.value());
    }

    @Test
    void tamperedCiphertextOrAnotherKeyFailsWithoutRevealingAnything() {
        byte[] sealed = protection.encrypt(BSN);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> protection.decrypt(sealed))
                .isInstanceOf(UnreadableBsn.class)
                .hasMessageNotContaining(BSN.value())
                .hasNoCause();
        byte[] other = protection.encrypt(BSN);
        assertThatThrownBy(() -> new AesGcmBsnProtection(keys('a', 'z')).decrypt(other))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theStandaloneRunGeneratesAKeyFileOnceAndKeepsUsingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.properties");
        KeyProperties properties = new KeyProperties(null, null, file, true, null, null);
        byte[] sealed = new AesGcmBsnProtection(properties).encrypt(BSN);
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
        assertThat(new AesGcmBsnProtection(properties).decrypt(sealed)).isEqualTo(BSN);
    }

    @Test
    void productionRefusesToStartWithoutKeys() {
        assertThatThrownBy(() -> new AesGcmBsnProtection(new KeyProperties(null, null, null, false, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No keys configured");
        assertThatThrownBy(() ->
                        new AesGcmBsnProtection(new KeyProperties(key('a', 32), key('b', 16), null, false, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    private static KeyProperties keys(char blind, char encryption) {
        return new KeyProperties(key(blind, 32), key(encryption, 32), null, false, null, null);
    }

    private static String key(char fill, int length) {
        return Base64.getEncoder()
                .encodeToString(String.valueOf(fill).repeat(length).getBytes(StandardCharsets.US_ASCII));
    }
}
