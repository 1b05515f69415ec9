// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym.protocol;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;

import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;

/**
 * An evaluated element as the pseudonym service returns it: sealed to the recipient (the national index), bound to
 * the recipient's name and the key version, and valid until a moment, so the regional index that forwards it can
 * neither read it nor have it accepted for another recipient or long after (docs/adr/0026).
 *
 * <p>Plaintext, before sealing: format byte {@code 1}, expiry (epoch seconds, 8 bytes), key version (4 bytes),
 * recipient length (1 byte) and recipient (ASCII), evaluated element (32 bytes).
 */
public record SealedEvaluation(String recipient, int keyVersion, Instant expiresAt, byte[] evaluatedElement) {

    private static final byte FORMAT = 1;

    public SealedEvaluation {
        if (recipient == null || recipient.isEmpty() || recipient.length() > 64) {
            throw new IllegalArgumentException("a recipient is 1 to 64 characters");
        }
        evaluatedElement = Oprf.requireElement(evaluatedElement);
    }

    public byte[] sealTo(byte[] recipientPublicKey) {
        byte[] name = recipient.getBytes(US_ASCII);
        ByteBuffer plain = ByteBuffer.allocate(1 + 8 + 4 + 1 + name.length + Oprf.ELEMENT_BYTES);
        plain.put(FORMAT)
                .putLong(expiresAt.getEpochSecond())
                .putInt(keyVersion)
                .put((byte) name.length)
                .put(name)
                .put(evaluatedElement);
        return SealedBox.seal(plain.array(), recipientPublicKey);
    }

    /**
     * The recipient's side: opens the box and checks that it was made for this recipient and has not expired. Any
     * failure is an {@link IllegalArgumentException} without the content.
     */
    public static SealedEvaluation open(byte[] sealed, SealedBox.KeyPair recipientKeys, String recipient, Clock clock) {
        ByteBuffer plain = ByteBuffer.wrap(SealedBox.open(sealed, recipientKeys));
        SealedEvaluation opened;
        try {
            if (plain.get() != FORMAT) {
                throw new IllegalArgumentException("unknown format of a sealed evaluation");
            }
            Instant expiresAt = Instant.ofEpochSecond(plain.getLong());
            int keyVersion = plain.getInt();
            byte[] name = new byte[plain.get()];
            plain.get(name);
            byte[] element = new byte[Oprf.ELEMENT_BYTES];
            plain.get(element);
            if (plain.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes in a sealed evaluation");
            }
            opened = new SealedEvaluation(new String(name, US_ASCII), keyVersion, expiresAt, element);
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("a sealed evaluation too short for its format");
        }
        if (!opened.recipient().equals(recipient)) {
            throw new IllegalArgumentException("the sealed evaluation was made for another recipient");
        }
        if (!clock.instant().isBefore(opened.expiresAt())) {
            throw new IllegalArgumentException("the sealed evaluation has expired");
        }
        return opened;
    }
}
