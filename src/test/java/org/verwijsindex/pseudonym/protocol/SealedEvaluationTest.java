// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;

/** R-NATIONAL: a sealed evaluation opens only for its recipient, only before it expires, and only unaltered. */
class SealedEvaluationTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final SealedBox.KeyPair HUB = SealedBox.generateKeyPair();

    private final byte[] element =
            Oprf.blind(PseudonymInput.forBsn("999990019")).blindedElement();
    private final byte[] sealed =
            new SealedEvaluation("national-index", 7, NOW.plusSeconds(300), element).sealTo(HUB.publicKey());

    @Test
    void R_NATIONAL_theRecipientOpensWhatWasSealedToIt() {
        SealedEvaluation opened = SealedEvaluation.open(sealed, HUB, "national-index", at(NOW));
        assertThat(opened.keyVersion()).isEqualTo(7);
        assertThat(opened.evaluatedElement()).isEqualTo(element);
        assertThat(opened.expiresAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void R_NATIONAL_anExpiredSealedEvaluationIsRefused() {
        assertThatThrownBy(() -> SealedEvaluation.open(sealed, HUB, "national-index", at(NOW.plusSeconds(300))))
                .hasMessageContaining("expired");
    }

    @Test
    void R_NATIONAL_anAlteredSealedEvaluationIsRefused() {
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> SealedEvaluation.open(altered, HUB, "national-index", at(NOW)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void R_NATIONAL_aPseudonymInputIsNineDigitsAndNeverEchoed() {
        assertThat(new String(PseudonymInput.forBsn("999990019"))).isEqualTo("NL|BSN|999990019");
        assertThatThrownBy(() -> PseudonymInput.forBsn("12345678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("12345678");
    }

    @Test
    void R_NATIONAL_theRecipientsHmacKeyChangesEveryStoredPseudonym() {
        byte[] unblinded =
                Oprf.blindEvaluate(Oprf.randomSecretKey(), Oprf.hashToGroup(PseudonymInput.forBsn("999990019")));
        byte[] key = new byte[32];
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThat(RecipientPseudonym.keyed(key, 1, unblinded))
                .isNotEqualTo(RecipientPseudonym.keyed(otherKey, 1, unblinded));
        assertThat(RecipientPseudonym.keyed(key, 1, unblinded))
                .isNotEqualTo(RecipientPseudonym.keyed(key, 2, unblinded));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
