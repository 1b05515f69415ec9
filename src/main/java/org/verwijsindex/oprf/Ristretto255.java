// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.oprf;

import java.security.MessageDigest;

import com.goterl.lazysodium.Sodium;
import com.goterl.lazysodium.SodiumJava;

/**
 * The prime-order group ristretto255 (RFC 9496) as RFC 9497 §4.1 uses it, on libsodium: elements and scalars are
 * their 32-byte canonical encodings. Every element that comes from outside passes {@link #requireElement}.
 */
final class Ristretto255 {

    static final int ELEMENT_BYTES = 32;
    static final int SCALAR_BYTES = 32;
    static final int HASH_BYTES = 64;

    /** libsodium, from the copy bundled in lazysodium's jar; sodium_init runs once when it loads. */
    static final Sodium SODIUM = new SodiumJava();

    private static final byte[] IDENTITY = new byte[ELEMENT_BYTES];

    private Ristretto255() {}

    /** The element of a 64-byte uniform string (the "one-way map" of RFC 9496 §4.3.4). */
    static byte[] fromUniformBytes(byte[] uniform) {
        byte[] element = new byte[ELEMENT_BYTES];
        if (uniform.length != HASH_BYTES || SODIUM.crypto_core_ristretto255_from_hash(element, uniform) != 0) {
            throw new IllegalStateException("crypto_core_ristretto255_from_hash failed");
        }
        return element;
    }

    /** A scalar from 64 uniform bytes, reduced modulo the group order (little-endian, RFC 9497 §4.1). */
    static byte[] reduce(byte[] wide) {
        byte[] scalar = new byte[SCALAR_BYTES];
        SODIUM.crypto_core_ristretto255_scalar_reduce(scalar, wide);
        return scalar;
    }

    static byte[] randomScalar() {
        byte[] scalar = new byte[SCALAR_BYTES];
        do {
            SODIUM.crypto_core_ristretto255_scalar_random(scalar);
        } while (isZero(scalar));
        return scalar;
    }

    static byte[] invert(byte[] scalar) {
        byte[] inverse = new byte[SCALAR_BYTES];
        if (SODIUM.crypto_core_ristretto255_scalar_invert(inverse, scalar) != 0) {
            throw new InvalidElementException("the scalar zero has no inverse");
        }
        return inverse;
    }

    /** scalar · element; a result that is the identity is refused, as libsodium does. */
    static byte[] multiply(byte[] scalar, byte[] element) {
        byte[] product = new byte[ELEMENT_BYTES];
        if (SODIUM.crypto_scalarmult_ristretto255(product, scalar, element) != 0) {
            throw new InvalidElementException("the product is the identity element");
        }
        return product;
    }

    static byte[] multiplyBase(byte[] scalar) {
        byte[] product = new byte[ELEMENT_BYTES];
        if (SODIUM.crypto_scalarmult_ristretto255_base(product, scalar) != 0) {
            throw new InvalidElementException("the product is the identity element");
        }
        return product;
    }

    /**
     * DeserializeElement of RFC 9497 §4.1: 32 bytes that decode canonically to a ristretto255 element, and not to
     * the identity (§2.1).
     */
    static byte[] requireElement(byte[] encoded) {
        if (encoded == null || encoded.length != ELEMENT_BYTES) {
            throw new InvalidElementException("an element is exactly " + ELEMENT_BYTES + " bytes");
        }
        if (SODIUM.crypto_core_ristretto255_is_valid_point(encoded) != 1) {
            throw new InvalidElementException("not the canonical encoding of a ristretto255 element");
        }
        if (MessageDigest.isEqual(encoded, IDENTITY)) {
            throw new InvalidElementException("the identity element is not accepted");
        }
        return encoded.clone();
    }

    /** DeserializeScalar of RFC 9497 §4.1 for a secret key or a blind: canonical (below the order) and not zero. */
    static byte[] requireScalar(byte[] encoded) {
        if (encoded == null || encoded.length != SCALAR_BYTES) {
            throw new InvalidElementException("a scalar is exactly " + SCALAR_BYTES + " bytes");
        }
        byte[] wide = new byte[HASH_BYTES];
        System.arraycopy(encoded, 0, wide, 0, SCALAR_BYTES);
        if (!MessageDigest.isEqual(reduce(wide), encoded)) {
            throw new InvalidElementException("the scalar is not reduced modulo the group order");
        }
        if (isZero(encoded)) {
            throw new InvalidElementException("the scalar zero is not accepted");
        }
        return encoded.clone();
    }

    private static boolean isZero(byte[] bytes) {
        int or = 0;
        for (byte b : bytes) {
            or |= b;
        }
        return or == 0;
    }
}
