// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The keyed HMAC-SHA-256 of a BSN: equal for the same BSN, meaningless without the key. Used to match
 * and to name a youth in the logbook without the BSN itself.
 */
public record BlindIndex(byte[] bytes) {

    public BlindIndex {
        if (bytes == null || bytes.length != 32) {
            throw new IllegalArgumentException("a blind index has 32 bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlindIndex that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BlindIndex[" + HexFormat.of().formatHex(bytes, 0, 4) + "…]";
    }
}
