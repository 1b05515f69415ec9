// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.pseudonym.protocol.SealedEvaluation;

/**
 * Evaluates a blinded element with the recipient's OPRF key of the given version and seals the result to the
 * recipient's sealing key of that version. Stores nothing. Logs which party asked for which recipient and key version, and the outcome; never an
 * element, sealed or not.
 */
@Service
class Evaluations {

    private static final Logger log = LoggerFactory.getLogger(Evaluations.class);

    private final RecipientKeys keys;
    private final PseudonymServiceSettings settings;
    private final CallerLimits limits;
    private final Clock clock;

    Evaluations(RecipientKeys keys, PseudonymServiceSettings settings, CallerLimits limits, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.limits = limits;
        this.clock = clock;
    }

    record Sealed(byte[] sealedEvaluation, Instant expiresAt) {}

    Sealed evaluate(String caller, String recipientName, int keyVersion, byte[] blindedElement) {
        if (!settings.callers().contains(caller) || caller.equals(recipientName)) {
            // A recipient that could ask for evaluations with its own key could test every BSN (docs/adr/0027).
            log.warn(
                    "evaluate refused: caller={} recipient={} keyVersion={} outcome=party-not-allowed",
                    caller,
                    recipientName,
                    keyVersion);
            throw new PseudonymProblem.PartyNotAllowed();
        }
        Duration wait = limits.take(caller);
        if (!wait.isZero()) {
            // Loud: a region far above its usual volume may be someone trying every BSN (docs/adr/0027).
            log.warn(
                    "evaluate refused: caller={} recipient={} keyVersion={} outcome=rate-limited",
                    caller,
                    recipientName,
                    keyVersion);
            throw new PseudonymProblem.TooManyEvaluations(wait);
        }
        RecipientKeys.Recipient recipient = keys.recipient(recipientName).orElseThrow(() -> {
            log.info("evaluate refused: caller={} keyVersion={} outcome=unknown-recipient", caller, keyVersion);
            return new PseudonymProblem.UnknownRecipient();
        });
        byte[] key = recipient.oprfKeys().get(keyVersion);
        if (key == null) {
            log.info(
                    "evaluate refused: caller={} recipient={} keyVersion={} outcome=unknown-key-version",
                    caller,
                    recipientName,
                    keyVersion);
            throw new PseudonymProblem.UnknownKeyVersion();
        }
        byte[] evaluated;
        try {
            evaluated = Oprf.blindEvaluate(key, blindedElement);
        } catch (IllegalArgumentException e) {
            log.info(
                    "evaluate refused: caller={} recipient={} keyVersion={} outcome=invalid-element",
                    caller,
                    recipientName,
                    keyVersion);
            throw new PseudonymProblem.InvalidElement();
        }
        Instant expiresAt = clock.instant().plus(settings.sealedValidity());
        // Sealed to the recipient's sealing key of this key version, never another version's (docs/adr/0045).
        byte[] sealed = new SealedEvaluation(recipientName, keyVersion, expiresAt, evaluated)
                .sealTo(recipient.sealPublicKey(keyVersion));
        log.info("evaluate: caller={} recipient={} keyVersion={} outcome=evaluated", caller, recipientName, keyVersion);
        return new Sealed(sealed, expiresAt);
    }
}
