// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym.protocol;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.verwijsindex.oprf.Oprf;

/**
 * The recipient's last step (docs/adr/0026): unblind the evaluated element with the blind the region sent along
 * (N = r⁻¹ · k·H(x) = k·H(x)), then key it once more with an HMAC-SHA-256 key of the recipient's own, bound to the
 * OPRF key version. Only that HMAC is stored; without the HMAC key, neither the OPRF key nor the pseudonym service
 * can link a stored pseudonym to a BSN.
 */
public final class RecipientPseudonym {

    private static final byte[] LABEL = "verwijsindex-pseudonym-v1".getBytes(US_ASCII);

    private RecipientPseudonym() {}

    public static byte[] derive(byte[] hmacKey, SealedEvaluation evaluation, byte[] blind) {
        return keyed(hmacKey, evaluation.keyVersion(), Oprf.unblind(blind, evaluation.evaluatedElement()));
    }

    /** HMAC-SHA-256(hmacKey, label || key version || unblinded element). */
    public static byte[] keyed(byte[] hmacKey, int keyVersion, byte[] unblindedElement) {
        if (hmacKey.length < 32) {
            throw new IllegalArgumentException("the recipient's HMAC key is at least 32 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            mac.update(LABEL);
            mac.update(ByteBuffer.allocate(4).putInt(keyVersion).array());
            mac.update(Oprf.requireElement(unblindedElement));
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
