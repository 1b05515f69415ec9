// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.verwijsindex.party.BodyLimitFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the hub as problem details ({@link HubProblem}); never a 500 for bad input, never the input.
 */
@RestControllerAdvice
class HubProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(HubProblemAdvice.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RETRY_AFTER_SECONDS = 30;

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

    static ResponseEntity<ProblemDetail> answer(HubProblem problem) {
        return ResponseEntity.status(problem.status()).body(problem.detail());
    }

    @ExceptionHandler(HubProblem.Refused.class)
    ResponseEntity<ProblemDetail> refused(HubProblem.Refused e) {
        return ResponseEntity.status(e.problem().status()).body(e.detail());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return answer(tooLarge(e) ? HubProblem.PAYLOAD_TOO_LARGE : HubProblem.INVALID_REQUEST);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badParameter() {
        return answer(HubProblem.INVALID_INBOX_QUERY);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType() {
        return answer(HubProblem.UNSUPPORTED_MEDIA_TYPE);
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound() {
        return answer(HubProblem.NOT_FOUND);
    }

    /**
     * The hub's database cannot be reached: a 503 the regional client treats as unavailable and retries from its
     * outbox, not a 500.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("national index database unavailable: {}", e.getClass().getName());
        return ResponseEntity.status(HubProblem.DATABASE_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(HubProblem.DATABASE_UNAVAILABLE.detail());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // A connection that died inside a transaction surfaces as the failed rollback (TransactionSystemException)
        // around it: still the database, not the hub.
        if (databaseDown(e)) {
            return databaseUnavailable(e);
        }
        // The class only: a message could carry request content.
        log.error("unexpected error in the national index: {}", e.getClass().getName());
        return answer(HubProblem.INTERNAL_ERROR);
    }

    /**
     * Whether the database is the cause: a connection failure (SQLSTATE class 08), the server shutting down or
     * terminating the connection (57P01..57P03), or Spring's own exceptions for a resource that is gone.
     */
    static boolean databaseDown(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException transaction
                    && transaction.getApplicationException() != null
                    && databaseDown(transaction.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimitFilter.TooLarge) {
                return true;
            }
        }
        return false;
    }
}
