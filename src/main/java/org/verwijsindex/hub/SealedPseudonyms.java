// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;

import org.springframework.stereotype.Component;
import org.verwijsindex.national.protocol.SealedPseudonym;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;
import org.verwijsindex.pseudonym.protocol.RecipientPseudonym;
import org.verwijsindex.pseudonym.protocol.SealedEvaluation;

/**
 * The hub's side of docs/adr/0026: opens a sealed evaluation with its sealing key pair of the key version (and no
 * other version's, docs/adr/0045), checks that it
 * is for the hub and has not expired, unblinds it with the region's blind and keys it with its HMAC key. Only that
 * 32-byte result leaves here; the box, the blind and the unblinded element are not kept, logged or echoed. Each way
 * it can fail is its own {@link HubProblem}.
 */
@Component
class SealedPseudonyms {

    /** Opens the box with no expiry check, so an expired box is told apart from one that does not open. */
    private static final Clock BEFORE_ANY_EXPIRY = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    private final HubKeys keys;
    private final HubSettings settings;
    private final Clock clock;

    SealedPseudonyms(HubKeys keys, HubSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    byte[] open(SealedPseudonym pseudonym, int keyVersion) {
        HubKeys.Version version = keys.version(keyVersion).orElseThrow(HubProblem.UNKNOWN_KEY_VERSION::refused);
        byte[] sealed = decode(pseudonym.sealedEvaluation(), HubProblem.INVALID_SEALED_EVALUATION);
        // Only the version's own sealing key pair (docs/adr/0045): a box of another version's key is refused.
        SealedBox.KeyPair seal = version.seal();
        byte[] plain;
        try {
            plain = SealedBox.open(sealed, seal);
        } catch (IllegalArgumentException e) {
            throw HubProblem.INVALID_SEALED_EVALUATION.refused();
        }
        if (plain.length >= Oprf.ELEMENT_BYTES && !isElement(plain)) {
            throw HubProblem.INVALID_ELEMENT.refused();
        }
        Arrays.fill(plain, (byte) 0);
        SealedEvaluation evaluation;
        try {
            evaluation = SealedEvaluation.open(sealed, seal, settings.recipient(), BEFORE_ANY_EXPIRY);
        } catch (IllegalArgumentException e) {
            throw HubProblem.INVALID_SEALED_EVALUATION.refused();
        }
        if (evaluation.keyVersion() != keyVersion) {
            throw HubProblem.INVALID_SEALED_EVALUATION.refused();
        }
        if (!clock.instant().isBefore(evaluation.expiresAt())) {
            throw HubProblem.SEALED_EVALUATION_EXPIRED.refused();
        }
        byte[] blind = decode(pseudonym.blind(), HubProblem.INVALID_BLIND);
        try {
            return RecipientPseudonym.derive(version.hmacKey(), evaluation, blind);
        } catch (IllegalArgumentException e) {
            throw HubProblem.INVALID_BLIND.refused();
        }
    }

    /** The evaluated element is the last 32 bytes of the plaintext (SealedEvaluation's format). */
    private static boolean isElement(byte[] plain) {
        try {
            Oprf.requireElement(Arrays.copyOfRange(plain, plain.length - Oprf.ELEMENT_BYTES, plain.length));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(String base64, HubProblem problem) {
        if (base64 == null) {
            throw HubProblem.INVALID_REQUEST.refused();
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw problem.refused();
        }
    }
}
