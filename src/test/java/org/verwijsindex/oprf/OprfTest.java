// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.oprf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-NATIONAL: the pseudonym's building block is RFC 9497's OPRF(ristretto255, SHA-512), mode OPRF, and nothing
 * else. The vectors are the official ones of RFC 9497 appendix A.1.1 (ristretto255-SHA512, OPRF mode): both of
 * them, with the key derived from the appendix's seed and key info.
 */
class OprfTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final byte[] SEED = hex("a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3");
    private static final byte[] KEY_INFO = hex("74657374206b6579");
    private static final byte[] SK_SM = hex("5ebcea5ee37023ccb9fc2d2019f9d7737be85591ae8652ffa9ef0f4d37063b0e");

    record Vector(
            String name, String input, String blind, String blindedElement, String evaluationElement, String output) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> rfc9497RistrettoOprfVectors() {
        return Stream.of(
                new Vector(
                        "A.1.1 test vector 1",
                        "00",
                        "64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706",
                        "609a0ae68c15a3cf6903766461307e5c8bb2f95e7e6550e1ffa2dc99e412803c",
                        "7ec6578ae5120958eb2db1745758ff379e77cb64fe77b0b2d8cc917ea0869c7e",
                        "527759c3d9366f277d8c6020418d96bb393ba2afb20ff90df23fb7708264e2f3"
                                + "ab9135e3bd69955851de4b1f9fe8a0973396719b7912ba9ee8aa7d0b5e24bcf6"),
                new Vector(
                        "A.1.1 test vector 2",
                        "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a",
                        "64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706",
                        "da27ef466870f5f15296299850aa088629945a17d1f5b7f5ff043f76b3c06418",
                        "b4cbf5a4f1eeda5a63ce7b77c7d23f461db3fcab0dd28e4e17cecb5c90d02c25",
                        "f4a74c9c592497375e796aa837e907b1a045d34306a749db9f34221f7e750cb4"
                                + "f2a6413a6bf6fa5e19ba6348eb673934a722a7ede2e7621306d18951e7cf2c73"));
    }

    @Test
    void R_NATIONAL_deriveKeyPairGivesTheSecretKeyOfAppendixA() {
        assertThat(HEX.formatHex(Oprf.deriveSecretKey(SEED, KEY_INFO))).isEqualTo(HEX.formatHex(SK_SM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rfc9497RistrettoOprfVectors")
    void R_NATIONAL_blindEvaluateAndFinalizeGiveTheRfc9497Vectors(Vector vector) {
        byte[] input = hex(vector.input());

        Oprf.Blinded blinded = Oprf.blind(input, hex(vector.blind()));
        assertThat(HEX.formatHex(blinded.blindedElement())).isEqualTo(vector.blindedElement());

        byte[] evaluated = Oprf.blindEvaluate(SK_SM, blinded.blindedElement());
        assertThat(HEX.formatHex(evaluated)).isEqualTo(vector.evaluationElement());

        byte[] output = Oprf.finalize(input, blinded.blind(), evaluated);
        assertThat(HEX.formatHex(output)).isEqualTo(vector.output());
    }

    @Test
    void R_NATIONAL_unblindedEvaluationEqualsTheKeyAppliedDirectlyWhateverTheBlind() {
        byte[] input = "NL|BSN|999990019".getBytes(UTF_8);
        byte[] key = Oprf.randomSecretKey();
        byte[] direct = Oprf.blindEvaluate(key, Oprf.hashToGroup(input));

        Oprf.Blinded first = Oprf.blind(input);
        Oprf.Blinded second = Oprf.blind(input);
        assertThat(first.blindedElement()).isNotEqualTo(second.blindedElement());

        byte[] firstUnblinded = Oprf.unblind(first.blind(), Oprf.blindEvaluate(key, first.blindedElement()));
        byte[] secondUnblinded = Oprf.unblind(second.blind(), Oprf.blindEvaluate(key, second.blindedElement()));
        assertThat(firstUnblinded).isEqualTo(direct).isEqualTo(secondUnblinded);
        assertThat(Oprf.finalize(input, first.blind(), Oprf.blindEvaluate(key, first.blindedElement())))
                .isEqualTo(Oprf.finalizeUnblinded(input, direct));
    }

    @Test
    void R_NATIONAL_anotherKeyOrAnotherInputGivesAnotherPseudonym() {
        byte[] input = "NL|BSN|999990019".getBytes(UTF_8);
        byte[] key = Oprf.randomSecretKey();
        byte[] element = Oprf.hashToGroup(input);

        assertThat(Oprf.blindEvaluate(key, element)).isNotEqualTo(Oprf.blindEvaluate(Oprf.randomSecretKey(), element));
        assertThat(Oprf.blindEvaluate(key, element))
                .isNotEqualTo(Oprf.blindEvaluate(key, Oprf.hashToGroup("NL|BSN|999990020".getBytes(UTF_8))));
    }

    @Test
    void R_NATIONAL_theIdentityIsRefusedAsAnElement() {
        assertThatThrownBy(() -> Oprf.blindEvaluate(SK_SM, new byte[32]))
                .isInstanceOf(InvalidElementException.class)
                .hasMessageContaining("identity");
    }

    @Test
    void R_NATIONAL_bytesThatAreNoRistrettoEncodingAreRefused() {
        byte[] notCanonical = new byte[32];
        Arrays.fill(notCanonical, (byte) 0xff);
        assertThatThrownBy(() -> Oprf.blindEvaluate(SK_SM, notCanonical))
                .isInstanceOf(InvalidElementException.class)
                .hasMessageContaining("not the canonical encoding");
        // A valid element with its sign bit (an odd field element) flipped is not canonical either.
        byte[] odd = hex("609a0ae68c15a3cf6903766461307e5c8bb2f95e7e6550e1ffa2dc99e412803c");
        odd[0] ^= 1;
        assertThatThrownBy(() -> Oprf.requireElement(odd)).isInstanceOf(InvalidElementException.class);
        assertThatThrownBy(() -> Oprf.requireElement(new byte[31])).isInstanceOf(InvalidElementException.class);
        assertThatThrownBy(() -> Oprf.requireElement(new byte[33])).isInstanceOf(InvalidElementException.class);
    }

    @Test
    void R_NATIONAL_aKeyOrBlindAboveTheGroupOrderOrZeroIsRefused() {
        byte[] tooBig = new byte[32];
        Arrays.fill(tooBig, (byte) 0xff);
        assertThatThrownBy(() -> Oprf.requireSecretKey(tooBig)).isInstanceOf(InvalidElementException.class);
        assertThatThrownBy(() -> Oprf.requireSecretKey(new byte[32])).isInstanceOf(InvalidElementException.class);
        assertThatThrownBy(() -> Oprf.blind(new byte[] {1}, new byte[32])).isInstanceOf(InvalidElementException.class);
    }

    private static byte[] hex(String hex) {
        return HEX.parseHex(hex);
    }
}
