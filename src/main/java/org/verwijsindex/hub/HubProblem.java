// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The hub's refusals, in one place: a status, a stable code for machines, a Dutch title and detail for people
 * (docs/adr/0033). Never the request's content: a refusal may be logged and must not carry a pseudonym or a blind.
 */
enum HubProblem {
    UNKNOWN_PARTY(
            HttpStatus.FORBIDDEN,
            "unknown-party",
            "Alleen een bekende regio met een geldig clientcertificaat heeft toegang tot de landelijke index."),
    INVALID_REQUEST(
            HttpStatus.BAD_REQUEST,
            "invalid-request",
            "Het bericht is geen geldig JSON-object met alle verplichte velden in de juiste vorm."),
    INVALID_SIGNAL_REF(
            HttpStatus.BAD_REQUEST,
            "invalid-signal-ref",
            "De signaalreferentie is ongeldig: 1 tot 80 tekens, letters, cijfers, '-', '_', '.' of ':'."),
    INVALID_INBOX_QUERY(
            HttpStatus.BAD_REQUEST,
            "invalid-inbox-query",
            "De parameters van de inbox zijn ongeldig: after is 0 of meer, limit ligt tussen 1 en het maximum."),
    PAYLOAD_TOO_LARGE(
            HttpStatus.CONTENT_TOO_LARGE,
            "payload-too-large",
            "Het bericht is groter dan de landelijke index aanneemt."),
    UNSUPPORTED_MEDIA_TYPE(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "De landelijke index neemt alleen application/json aan."),
    NOT_FOUND(
            HttpStatus.NOT_FOUND,
            "not-found",
            "De landelijke index kent alleen PUT /v1/signals/{ref}, POST /v1/signals/{ref}/forget, GET /v1/inbox en "
                    + "PUT /v1/region/municipalities."),
    UNKNOWN_KEY_VERSION(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "unknown-key-version",
            "Deze sleutelversie van de landelijke index bestaat niet (meer)."),
    KEY_VERSION_CURRENT(
            HttpStatus.CONFLICT,
            "key-version-current",
            "De huidige sleutelversie (de hoogste in het sleutelbestand) kan niet worden ingetrokken; voeg eerst een "
                    + "nieuwe versie toe."),
    KEY_VERSION_IN_USE(
            HttpStatus.CONFLICT,
            "key-version-in-use",
            "Deze sleutelversie is nog in gebruik: er zijn signalen met alleen pseudoniemen van deze versie. Trek haar "
                    + "in als iedere regio die signalen opnieuw heeft gestuurd onder een nieuwere versie."),
    INVALID_SEALED_EVALUATION(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "invalid-sealed-evaluation",
            "Een verzegelde evaluatie gaat niet open, is voor een andere ontvanger of hoort bij een andere "
                    + "sleutelversie."),
    SEALED_EVALUATION_EXPIRED(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "sealed-evaluation-expired",
            "Een verzegelde evaluatie is verlopen; laat haar opnieuw berekenen door de pseudoniemendienst."),
    INVALID_ELEMENT(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "invalid-element",
            "Een verzegelde evaluatie bevat geen geldig ristretto255-groepselement."),
    INVALID_BLIND(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "invalid-blind",
            "Een blindering is geen geldige ristretto255-scalar (32 bytes, base64)."),
    DATABASE_UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "database-unavailable",
            "De landelijke index kan zijn database nu niet bereiken; probeer het later opnieuw."),
    INTERNAL_ERROR(
            HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "De landelijke index kon het bericht niet verwerken.");

    private final HttpStatus status;
    private final String code;
    private final String detail;

    HubProblem(HttpStatus status, String code, String detail) {
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    /** RFC 9457 problem details in the regional index's form ({@code urn:verwijsindex:problem:<code>}). */
    ProblemDetail detail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:verwijsindex:problem:" + code));
        problem.setTitle(
                switch (status) {
                    case FORBIDDEN -> "Geen toegang";
                    case NOT_FOUND -> "Niet gevonden";
                    case CONTENT_TOO_LARGE -> "Bericht te groot";
                    case UNPROCESSABLE_CONTENT -> "Niet te verwerken";
                    case CONFLICT -> "Niet mogelijk";
                    case INTERNAL_SERVER_ERROR -> "Interne fout";
                    default -> "Ongeldig bericht";
                });
        problem.setProperty("code", code);
        return problem;
    }

    /** Thrown anywhere in the hub to refuse a message; nothing has been stored (one transaction per message). */
    static final class Refused extends RuntimeException {

        private final HubProblem problem;
        private final Map<String, Object> properties;

        Refused(HubProblem problem, Map<String, Object> properties) {
            super(problem.code(), null, false, false);
            this.problem = problem;
            this.properties = Map.copyOf(properties);
        }

        HubProblem problem() {
            return problem;
        }

        /** The problem details with the refusal's own properties (counts, never content). */
        ProblemDetail detail() {
            ProblemDetail detail = problem.detail();
            properties.forEach(detail::setProperty);
            return detail;
        }
    }

    Refused refused() {
        return new Refused(this, Map.of());
    }

    /** A refusal with properties for the caller, such as counts; never a pseudonym or anything a caller sent. */
    Refused refused(Map<String, Object> properties) {
        return new Refused(this, properties);
    }
}
