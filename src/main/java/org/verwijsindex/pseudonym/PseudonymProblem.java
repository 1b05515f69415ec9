// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/** The pseudonym service's refusals: a status, a stable code and a Dutch message; never the request's content. */
abstract class PseudonymProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    PseudonymProblem(HttpStatus status, String code, String dutchMessage) {
        super(dutchMessage, null, false, false);
        this.status = status;
        this.code = code;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    static final class InvalidRequest extends PseudonymProblem {
        InvalidRequest() {
            super(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Het verzoek is geen JSON-object met recipient, keyVersion en blindedElement.");
        }
    }

    static final class InvalidElement extends PseudonymProblem {
        InvalidElement() {
            super(
                    HttpStatus.BAD_REQUEST,
                    "invalid-element",
                    "Het geblindeerde element is geen geldig ristretto255-groepselement (32 bytes, base64).");
        }
    }

    static final class UnknownRecipient extends PseudonymProblem {
        UnknownRecipient() {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "unknown-recipient",
                    "Voor deze ontvanger heeft de pseudoniemendienst geen sleutel.");
        }
    }

    static final class UnknownKeyVersion extends PseudonymProblem {
        UnknownKeyVersion() {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "unknown-key-version",
                    "Deze sleutelversie van de ontvanger bestaat niet (meer).");
        }
    }

    static final class PartyNotAllowed extends PseudonymProblem {
        PartyNotAllowed() {
            super(
                    HttpStatus.FORBIDDEN,
                    "party-not-allowed",
                    "Deze partij mag geen pseudoniemen voor deze ontvanger laten berekenen.");
        }
    }

    static final class TooManyEvaluations extends PseudonymProblem {

        private final Duration retryAfter;

        TooManyEvaluations(Duration retryAfter) {
            super(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too-many-evaluations",
                    "Deze partij heeft meer pseudoniemen laten berekenen dan is afgesproken. Probeer het later opnieuw.");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, at least one, for the Retry-After header. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
