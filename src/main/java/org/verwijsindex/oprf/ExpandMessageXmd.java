// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.oprf;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** {@code expand_message_xmd} of RFC 9380 §5.3.1 with SHA-512 (b_in_bytes 64, s_in_bytes 128). */
final class ExpandMessageXmd {

    private static final int HASH_BYTES = 64;
    private static final int BLOCK_BYTES = 128;

    private ExpandMessageXmd() {}

    static byte[] expand(byte[] message, byte[] dst, int length) {
        int ell = (length + HASH_BYTES - 1) / HASH_BYTES;
        if (ell > 255 || length > 65535 || dst.length > 255) {
            throw new IllegalArgumentException("expand_message_xmd: length or DST too long");
        }
        byte[] dstPrime = concat(dst, new byte[] {(byte) dst.length});
        MessageDigest sha512 = sha512();
        sha512.update(new byte[BLOCK_BYTES]);
        sha512.update(message);
        sha512.update(new byte[] {(byte) (length >>> 8), (byte) length, 0});
        sha512.update(dstPrime);
        byte[] b0 = sha512.digest();

        ByteArrayOutputStream uniform = new ByteArrayOutputStream(ell * HASH_BYTES);
        byte[] previous = new byte[HASH_BYTES];
        for (int i = 1; i <= ell; i++) {
            byte[] xored = new byte[HASH_BYTES];
            for (int j = 0; j < HASH_BYTES; j++) {
                xored[j] = (byte) (b0[j] ^ previous[j]);
            }
            // b_1 = H(b_0 || 1 || DST'): the xor with the all-zero "b_0" of round one leaves b_0 itself.
            sha512.update(xored);
            sha512.update((byte) i);
            sha512.update(dstPrime);
            previous = sha512.digest();
            uniform.writeBytes(previous);
        }
        byte[] out = new byte[length];
        System.arraycopy(uniform.toByteArray(), 0, out, 0, length);
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }
}
