// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;

/** R-NATIONAL: the key file holds OPRF keys per recipient and version; a bad entry stops the start without its value. */
class NewRecipientKeysTest {

    @TempDir
    Path dir;

    @Test
    void R_NATIONAL_generatedLinesMakeAKeyFileThePseudonymServiceLoads() throws IOException {
        SealedBox.KeyPair seal = SealedBox.generateKeyPair();
        byte[] oprfKey = Oprf.randomSecretKey();
        Path file = Files.writeString(
                dir.resolve("keys.properties"), NewRecipientKeys.lines("national-index", 3, seal, oprfKey));

        RecipientKeys.Recipient recipient = RecipientKeys.load(file).get("national-index");
        assertThat(recipient.sealPublicKey(3)).isEqualTo(seal.publicKey());
        assertThat(recipient.oprfKeys().get(3)).isEqualTo(oprfKey);
        assertThat(Files.readString(file)).contains("# seal-secret-key.3=");
    }

    @Test
    void R_NATIONAL_eachKeyVersionHasASealingPublicKeyOfItsOwn() throws IOException {
        SealedBox.KeyPair seal1 = SealedBox.generateKeyPair();
        SealedBox.KeyPair seal2 = SealedBox.generateKeyPair();
        Path file = Files.writeString(
                dir.resolve("keys.properties"),
                NewRecipientKeys.lines("national-index", 1, seal1, Oprf.randomSecretKey())
                        + NewRecipientKeys.lines("national-index", 2, seal2, Oprf.randomSecretKey()));

        RecipientKeys.Recipient recipient = RecipientKeys.load(file).get("national-index");
        assertThat(recipient.sealPublicKey(1)).isEqualTo(seal1.publicKey());
        assertThat(recipient.sealPublicKey(2)).isEqualTo(seal2.publicKey());
    }

    @Test
    void R_NATIONAL_aKeyFileWithOneUnversionedSealingKeyAndOneVersionIsStillRead() throws IOException {
        SealedBox.KeyPair seal = SealedBox.generateKeyPair();
        Path file = Files.writeString(
                dir.resolve("keys.properties"),
                "recipient.hub.seal-public-key=" + b64(seal.publicKey()) + "\nrecipient.hub.oprf-key.4="
                        + b64(Oprf.randomSecretKey()) + "\n");

        assertThat(RecipientKeys.load(file).get("hub").sealPublicKey(4)).isEqualTo(seal.publicKey());
    }

    @Test
    void R_NATIONAL_anUnversionedSealingKeyBesideTwoVersionsStopsTheStartNamingTheSetting() throws IOException {
        Path file = Files.writeString(
                dir.resolve("keys.properties"),
                "recipient.hub.seal-public-key="
                        + b64(SealedBox.generateKeyPair().publicKey())
                        + "\nrecipient.hub.oprf-key.1=" + b64(Oprf.randomSecretKey())
                        + "\nrecipient.hub.oprf-key.2=" + b64(Oprf.randomSecretKey()) + "\n");

        assertThatThrownBy(() -> RecipientKeys.load(file))
                .hasMessageContaining("recipient.hub.seal-public-key (without a key version)")
                .hasMessageContaining("recipient.hub.seal-public-key.<version>")
                .hasMessageContaining("[1, 2]");
    }

    @Test
    void R_NATIONAL_aMissingOrSharedOrOrphanSealingKeyOfAVersionStopsTheStartNamingTheEntry() throws IOException {
        String oprf1 = "recipient.hub.oprf-key.1=" + b64(Oprf.randomSecretKey()) + "\n";
        String oprf2 = "recipient.hub.oprf-key.2=" + b64(Oprf.randomSecretKey()) + "\n";
        String seal = b64(SealedBox.generateKeyPair().publicKey());
        Path missing = Files.writeString(
                dir.resolve("missing.properties"), oprf1 + oprf2 + "recipient.hub.seal-public-key.1=" + seal + "\n");
        assertThatThrownBy(() -> RecipientKeys.load(missing))
                .hasMessageContaining("recipient.hub.seal-public-key.2 is missing")
                .hasMessageNotContaining(seal);

        Path shared = Files.writeString(
                dir.resolve("shared.properties"),
                oprf1 + oprf2 + "recipient.hub.seal-public-key.1=" + seal + "\nrecipient.hub.seal-public-key.2=" + seal
                        + "\n");
        assertThatThrownBy(() -> RecipientKeys.load(shared))
                .hasMessageContaining(
                        "recipient.hub.seal-public-key.2 is the same key as recipient.hub.seal-public-key.1");

        Path orphan = Files.writeString(
                dir.resolve("orphan.properties"),
                oprf1 + "recipient.hub.seal-public-key.1=" + seal + "\nrecipient.hub.seal-public-key.3="
                        + b64(SealedBox.generateKeyPair().publicKey()) + "\n");
        assertThatThrownBy(() -> RecipientKeys.load(orphan))
                .hasMessageContaining("recipient.hub.seal-public-key.3 has no recipient.hub.oprf-key.3");
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void R_NATIONAL_anOprfKeyThatIsNoScalarStopsTheStartNamingTheEntryNotTheValue() throws IOException {
        byte[] tooBig = new byte[32];
        Arrays.fill(tooBig, (byte) 0xff);
        String value = Base64.getEncoder().encodeToString(tooBig);
        Path file = Files.writeString(
                dir.resolve("keys.properties"),
                "recipient.hub.seal-public-key=" + Base64.getEncoder().encodeToString(new byte[32])
                        + "\nrecipient.hub.oprf-key.1=" + value + "\n");

        assertThatThrownBy(() -> RecipientKeys.load(file))
                .hasMessageContaining("recipient.hub.oprf-key.1")
                .hasMessageNotContaining(value);
    }
}
