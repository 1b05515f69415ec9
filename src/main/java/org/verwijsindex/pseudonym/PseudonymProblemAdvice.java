// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.verwijsindex.party.BodyLimitFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal as RFC 9457 problem details with a stable {@code code} and a Dutch title and detail, in the same form
 * as the regional index's ({@code urn:verwijsindex:problem:<code>}); never a 500 for bad input, never the input.
 */
@RestControllerAdvice
class PseudonymProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(PseudonymProblemAdvice.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:verwijsindex:problem:" + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    /** The same JSON as the message converters write, for the filters that answer before Spring MVC. */
    static byte[] json(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return JSON.writeValueAsBytes(body);
    }

    @ExceptionHandler(PseudonymProblem.class)
    ResponseEntity<ProblemDetail> refused(PseudonymProblem e) {
        String title = switch (e.status()) {
            case FORBIDDEN -> "Geen toegang";
            case UNPROCESSABLE_CONTENT -> "Niet te verwerken";
            case TOO_MANY_REQUESTS -> "Te veel verzoeken";
            default -> "Ongeldig verzoek";
        };
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e instanceof PseudonymProblem.TooManyEvaluations limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        return response.body(problem(e.status(), e.code(), title, e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof BodyLimitFilter.TooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ServiceBodyLimit.tooLarge());
        }
        return refused(new PseudonymProblem.InvalidRequest());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType() {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(problem(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type",
                        "Ongeldig verzoek",
                        "De pseudoniemendienst neemt alleen application/json aan."));
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(
                        HttpStatus.NOT_FOUND,
                        "not-found",
                        "Niet gevonden",
                        "De pseudoniemendienst kent alleen POST /v1/evaluate."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // The class only: a message could carry request content.
        log.error("unexpected error in the pseudonym service: {}", e.getClass().getName());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Interne fout",
                        "De pseudoniemendienst kon het verzoek niet verwerken."));
    }
}
