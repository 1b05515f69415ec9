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
        assertThat(recipient.sealPublicKey()).isEqualTo(seal.publicKey());
        assertThat(recipient.oprfKeys().get(3)).isEqualTo(oprfKey);
        assertThat(Files.readString(file)).contains("# seal-secret-key=");
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
