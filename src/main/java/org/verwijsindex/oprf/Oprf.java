// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.oprf;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.MessageDigest;

/**
 * OPRF(ristretto255, SHA-512) of RFC 9497 in mode OPRF ({@code modeOPRF = 0x00}): the client's {@link #blind} and
 * {@link #finalize}, the server's {@link #blindEvaluate}, and {@link #deriveSecretKey} for keys from a seed. Also
 * {@link #unblind}, the first half of Finalize, for a party that gets the evaluated element and the blind but not
 * the input (the national index, docs/adr/0026). Byte strings in and out are the RFC's serializations; an element
 * from outside is checked with DeserializeElement and refused with {@link InvalidElementException}.
 */
public final class Oprf {

    public static final int ELEMENT_BYTES = Ristretto255.ELEMENT_BYTES;
    public static final int SCALAR_BYTES = Ristretto255.SCALAR_BYTES;
    /** Nh: the length of an output of {@link #finalize}. */
    public static final int OUTPUT_BYTES = 64;

    /** contextString = "OPRFV1-" || I2OSP(modeOPRF, 1) || "-" || "ristretto255-SHA512" (RFC 9497 §3.1). */
    private static final byte[] CONTEXT = ExpandMessageXmd.concat(
            "OPRFV1-".getBytes(US_ASCII), new byte[] {0x00}, "-ristretto255-SHA512".getBytes(US_ASCII));

    private static final byte[] HASH_TO_GROUP_DST = dst("HashToGroup-");
    private static final byte[] HASH_TO_SCALAR_DST = dst("HashToScalar-");
    private static final byte[] DERIVE_KEY_PAIR_DST = dst("DeriveKeyPair");
    private static final byte[] FINALIZE_LABEL = "Finalize".getBytes(US_ASCII);

    private Oprf() {}

    /** A blinded input and the blind that made it; the blind stays with whoever must unblind. */
    public record Blinded(byte[] blind, byte[] blindedElement) {}

    /** HashToGroup: hash_to_ristretto255 with expand_message_xmd(SHA-512), DST "HashToGroup-" || contextString. */
    public static byte[] hashToGroup(byte[] input) {
        return Ristretto255.fromUniformBytes(
                ExpandMessageXmd.expand(input, HASH_TO_GROUP_DST, Ristretto255.HASH_BYTES));
    }

    /** HashToScalar with the suite's default DST "HashToScalar-" || contextString. */
    public static byte[] hashToScalar(byte[] input) {
        return hashToScalar(input, HASH_TO_SCALAR_DST);
    }

    static byte[] hashToScalar(byte[] input, byte[] dst) {
        return Ristretto255.reduce(ExpandMessageXmd.expand(input, dst, Ristretto255.HASH_BYTES));
    }

    /** DeriveKeyPair (RFC 9497 §3.2.1), its secret half: skS from a 32-byte seed and a key info string. */
    public static byte[] deriveSecretKey(byte[] seed, byte[] info) {
        if (info.length > 65535) {
            throw new IllegalArgumentException("key info is at most 65535 bytes");
        }
        byte[] deriveInput = ExpandMessageXmd.concat(seed, i2osp2(info.length), info);
        for (int counter = 0; counter <= 255; counter++) {
            byte[] secret = hashToScalar(
                    ExpandMessageXmd.concat(deriveInput, new byte[] {(byte) counter}), DERIVE_KEY_PAIR_DST);
            if (!MessageDigest.isEqual(secret, new byte[SCALAR_BYTES])) {
                return secret;
            }
        }
        throw new IllegalStateException("DeriveKeyPairError");
    }

    /** The public key pkS = skS · G; not needed in mode OPRF, kept for key files and checks. */
    public static byte[] publicKey(byte[] secretKey) {
        return Ristretto255.multiplyBase(Ristretto255.requireScalar(secretKey));
    }

    /** A fresh random secret key (RFC 9497 §3.2: a random non-zero scalar). */
    public static byte[] randomSecretKey() {
        return Ristretto255.randomScalar();
    }

    /** Blind with a fresh random blind. */
    public static Blinded blind(byte[] input) {
        return blind(input, Ristretto255.randomScalar());
    }

    /** Blind with a given blind: for the test vectors, and for a caller with its own randomness. */
    public static Blinded blind(byte[] input, byte[] blind) {
        byte[] checkedBlind = Ristretto255.requireScalar(blind);
        byte[] inputElement = hashToGroup(input);
        // hash_to_ristretto255 can yield the identity only with negligible probability; RFC 9497 still says to refuse.
        Ristretto255.requireElement(inputElement);
        return new Blinded(checkedBlind, Ristretto255.multiply(checkedBlind, inputElement));
    }

    /** BlindEvaluate: skS · blindedElement, after checking that the blinded element is a valid non-identity element. */
    public static byte[] blindEvaluate(byte[] secretKey, byte[] blindedElement) {
        return Ristretto255.multiply(
                Ristretto255.requireScalar(secretKey), Ristretto255.requireElement(blindedElement));
    }

    /** N = blind⁻¹ · evaluatedElement, serialized: the unblinded element, which is skS · HashToGroup(input). */
    public static byte[] unblind(byte[] blind, byte[] evaluatedElement) {
        byte[] inverse = Ristretto255.invert(Ristretto255.requireScalar(blind));
        return Ristretto255.multiply(inverse, Ristretto255.requireElement(evaluatedElement));
    }

    /** Finalize: SHA-512(len || input || len || unblindedElement || "Finalize"). */
    public static byte[] finalize(byte[] input, byte[] blind, byte[] evaluatedElement) {
        return finalizeUnblinded(input, unblind(blind, evaluatedElement));
    }

    /** Finalize's hash over an element that is already unblinded (or evaluated directly with the key). */
    public static byte[] finalizeUnblinded(byte[] input, byte[] unblindedElement) {
        if (input.length > 65535) {
            throw new IllegalArgumentException("an input is at most 65535 bytes");
        }
        MessageDigest sha512 = ExpandMessageXmd.sha512();
        sha512.update(i2osp2(input.length));
        sha512.update(input);
        sha512.update(i2osp2(unblindedElement.length));
        sha512.update(unblindedElement);
        sha512.update(FINALIZE_LABEL);
        return sha512.digest();
    }

    /** Checks an element from outside (DeserializeElement); returns a copy. */
    public static byte[] requireElement(byte[] encoded) {
        return Ristretto255.requireElement(encoded);
    }

    /** Checks a secret key from outside (DeserializeScalar, not zero); returns a copy. */
    public static byte[] requireSecretKey(byte[] encoded) {
        return Ristretto255.requireScalar(encoded);
    }

    private static byte[] dst(String prefix) {
        return ExpandMessageXmd.concat(prefix.getBytes(US_ASCII), CONTEXT);
    }

    private static byte[] i2osp2(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }
}
