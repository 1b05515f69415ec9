// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.UnreadableBsn;

/**
 * ADR 0022: several keys, each with an id; the current one writes, every active one reads. DESIGN decision 1
 * holds under each of them.
 */
class KeyRingTest {

    private static final Bsn BSN = new Bsn("999990019");

    private final AesGcmBsnProtection onlyKey1 = new AesGcmBsnProtection(properties(null));
    private final AesGcmBsnProtection key2Current = new AesGcmBsnProtection(properties(2));

    @Test
    void theOriginalSingleKeySettingsAreKeyId1AndKeepTheirBlindIndexes() {
        assertThat(onlyKey1.currentKeyId()).isEqualTo(1);
        assertThat(onlyKey1.activeKeyIds()).containsExactly(1);
        assertThat(onlyKey1.keyIdOf(onlyKey1.encrypt(BSN))).isEqualTo(1);
        // The same blind index as before key rotation existed: key id 1 is the old single key.
        AesGcmBsnProtection before =
                new AesGcmBsnProtection(new KeyProperties(key('a', 32), key('b', 32), null, false, null, null));
        assertThat(onlyKey1.blindIndex(BSN)).isEqualTo(before.blindIndex(BSN));
    }

    @Test
    void theCurrentKeyWritesAndEveryActiveKeyReads() {
        byte[] underKey1 = onlyKey1.encrypt(BSN);
        byte[] underKey2 = key2Current.encrypt(BSN);
        assertThat(key2Current.keyIdOf(underKey2)).isEqualTo(2);
        assertThat(key2Current.decrypt(underKey1)).isEqualTo(BSN);
        assertThat(key2Current.decrypt(underKey2)).isEqualTo(BSN);
        assertThat(key2Current.blindIndex(BSN)).isNotEqualTo(onlyKey1.blindIndex(BSN));
        assertThat(key2Current.blindIndexes(BSN))
                .containsExactly(key2Current.blindIndex(BSN), onlyKey1.blindIndex(BSN));
        assertThat(key2Current.activeKeyIds()).containsExactly(2, 1);
    }

    @Test
    void aRetiredKeyNoLongerReadsAndSaysOnlyWhichKeyIsMissing() {
        byte[] underKey1 = onlyKey1.encrypt(BSN);
        AesGcmBsnProtection key1Retired =
                new AesGcmBsnProtection(new KeyProperties(null, null, null, false, Map.of(2, pair('c', 'd')), 2));
        assertThatThrownBy(() -> key1Retired.decrypt(underKey1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key id 1")
                .hasMessageNotContaining(BSN.value());
        assertThat(key1Retired.blindIndexes(BSN)).containsExactly(key2Current.blindIndex(BSN));
    }

    @Test
    void theKeyIdByteIsAuthenticatedSoACiphertextCannotBeMovedToAnotherKey() {
        byte[] sealed = key2Current.encrypt(BSN);
        sealed[0] = 1;
        assertThatThrownBy(() -> key2Current.decrypt(sealed)).isInstanceOf(UnreadableBsn.class);
    }

    @Test
    void aCurrentKeyIdThatIsNotConfiguredOrOutOfRangeRefusesToStart() {
        assertThatThrownBy(() -> new AesGcmBsnProtection(properties(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("current key id 3");
        assertThatThrownBy(() -> new AesGcmBsnProtection(
                        new KeyProperties(key('a', 32), key('b', 32), null, false, Map.of(256, pair('c', 'd')), 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 to 255");
    }

    @Test
    void aKeyFileHoldsSeveralKeysAndNamesTheCurrentOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.properties");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "blind-index-key=" + key('a', 32),
                        "encryption-key=" + key('b', 32),
                        "2.blind-index-key=" + key('c', 32),
                        "2.encryption-key=" + key('d', 32),
                        "current-id=2"));
        AesGcmBsnProtection fromFile = new AesGcmBsnProtection(new KeyProperties(null, null, file, false, null, null));
        assertThat(fromFile.currentKeyId()).isEqualTo(2);
        assertThat(fromFile.blindIndex(BSN)).isEqualTo(key2Current.blindIndex(BSN));
        assertThat(fromFile.decrypt(onlyKey1.encrypt(BSN))).isEqualTo(BSN);
    }

    @Test
    void theRingBindsFromEnvironmentVariablesNamedLikeTheOtherKeySettings() {
        Map<String, Object> environment = Map.of(
                "VERWIJSINDEX_KEYS_BLIND_INDEX_KEY", key('a', 32),
                "VERWIJSINDEX_KEYS_ENCRYPTION_KEY", key('b', 32),
                "VERWIJSINDEX_KEYS_RING_2_BLIND_INDEX_KEY", key('c', 32),
                "VERWIJSINDEX_KEYS_RING_2_ENCRYPTION_KEY", key('d', 32),
                "VERWIJSINDEX_KEYS_CURRENT_ID", "2");
        KeyProperties bound = new Binder(ConfigurationPropertySources.from(
                        new SystemEnvironmentPropertySource("systemEnvironment", environment)))
                .bind("verwijsindex.keys", KeyProperties.class)
                .get();
        assertThat(new AesGcmBsnProtection(bound).blindIndex(BSN)).isEqualTo(key2Current.blindIndex(BSN));
    }

    private static KeyProperties properties(Integer currentId) {
        return new KeyProperties(
                key('a', 32),
                key('b', 32),
                null,
                false,
                currentId == null ? null : Map.of(2, pair('c', 'd')),
                currentId);
    }

    private static KeyProperties.Pair pair(char blind, char encryption) {
        return new KeyProperties.Pair(key(blind, 32), key(encryption, 32));
    }

    private static String key(char fill, int length) {
        return Base64.getEncoder()
                .encodeToString(String.valueOf(fill).repeat(length).getBytes(StandardCharsets.US_ASCII));
    }
}
