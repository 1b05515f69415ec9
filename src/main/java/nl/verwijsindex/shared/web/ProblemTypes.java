// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import nl.verwijsindex.shared.DomainException;

/**
 * RFC 9457 problem details as the API returns them: a stable {@code type} URI and {@code code} for
 * machines, a Dutch {@code title} and {@code detail} for people.
 */
public final class ProblemTypes {

    /** Prefix of every problem type; the part after it is the stable code. */
    public static final String TYPE_PREFIX = "urn:verwijsindex:problem:";

    private ProblemTypes() {}

    public static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    /** 503 while the database cannot be reached: nothing was done, and the same request may be sent again. */
    /**
     * A module's refusal as every API operation answers it (status by kind, stable code, Dutch message), for an API
     * controller in the site module, where the page advice would otherwise answer with an error page.
     */
    public static ResponseEntity<ProblemDetail> refusal(DomainException e) {
        return ProblemDetailsAdvice.domainProblem(e);
    }

    public static ProblemDetail databaseUnavailable() {
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "Tijdelijk niet beschikbaar",
                "De verwijsindex kan nu niet bij zijn gegevens. Probeer het over een paar seconden opnieuw (met dezelfde "
                        + "Idempotency-Key); een verzoek dat dit antwoord kreeg, is niet verwerkt.");
    }
}
