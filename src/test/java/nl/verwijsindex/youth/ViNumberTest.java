// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R-NOBSN: the verwijsindex number from surname, birth date and gender. */
class ViNumberTest {

    /** A keyed digest stand-in: SHA-256 with a fixed prefix, enough to test what the number is made of. */
    private static final BsnProtection PROTECTION = new BsnProtection() {
        @Override
        public BlindIndex blindIndex(Bsn bsn) {
            return new BlindIndex(keyedDigest("bsn:" + bsn.value()));
        }

        @Override
        public byte[] encrypt(Bsn bsn) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Bsn decrypt(byte[] ciphertext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BlindIndex blindIndex(int keyId, Bsn bsn) {
            return blindIndex(bsn);
        }

        @Override
        public int keyIdOf(byte[] ciphertext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int currentKeyId() {
            return 1;
        }

        @Override
        public List<Integer> activeKeyIds() {
            return List.of(1);
        }

        @Override
        public byte[] keyedDigest(int keyId, String text) {
            return keyedDigest(text);
        }

        @Override
        public byte[] keyedDigest(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(("key|" + text).getBytes(StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    private static final LocalDate BORN = LocalDate.of(2015, 2, 28);

    @Test
    void R_NOBSN_caseAccentsSpacesAndPunctuationDoNotMakeAnotherYouth() {
        ViNumber number = ViNumber.derive("de Vries-Öztürk", BORN, "V", PROTECTION);
        assertThat(ViNumber.derive("  DE VRIES OZTURK ", BORN, "v", PROTECTION)).isEqualTo(number);
        assertThat(ViNumber.derive("devriesöztürk", BORN, "V", PROTECTION).display())
                .isEqualTo(number.display());
    }

    @Test
    void R_NOBSN_anotherSurnameBirthDateOrGenderIsAnotherYouth() {
        ViNumber number = ViNumber.derive("Jansen", BORN, "M", PROTECTION);
        assertThat(ViNumber.derive("Janssen", BORN, "M", PROTECTION).blindIndex())
                .isNotEqualTo(number.blindIndex());
        assertThat(ViNumber.derive("Jansen", BORN.plusDays(1), "M", PROTECTION).blindIndex())
                .isNotEqualTo(number.blindIndex());
        assertThat(ViNumber.derive("Jansen", BORN, "V", PROTECTION).blindIndex())
                .isNotEqualTo(number.blindIndex());
    }

    @Test
    void theNumberIsShownInGroupsAndFollowsFromTheBlindIndexAlone() {
        ViNumber number = ViNumber.derive("Jansen", BORN, "M", PROTECTION);
        assertThat(number.display()).matches("VI-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ViNumber.of(number.blindIndex(), PROTECTION).display()).isEqualTo(number.display());
        assertThat(number.display()).doesNotContainIgnoringCase("jansen");
    }

    @Test
    void aSurnameWithoutLettersIsRefused() {
        assertThatThrownBy(() -> ViNumber.derive(" - ", BORN, "M", PROTECTION))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
