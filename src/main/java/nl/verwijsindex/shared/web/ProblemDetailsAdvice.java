// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import nl.verwijsindex.shared.DatabaseUnavailable;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.MessageFree;
import nl.verwijsindex.shared.RateLimited;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error leaves the API as RFC 9457 problem details with a Dutch title and detail and a stable code.
 * Bad input is a 4xx; only a real fault is a 500, and then without internals.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("Duplicate Object property \"([^\"]{1,100})\"");
    private static final Map<DomainException.Kind, HttpStatus> STATUS = Map.of(
            DomainException.Kind.INVALID, HttpStatus.UNPROCESSABLE_CONTENT,
            DomainException.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            DomainException.Kind.CONFLICT, HttpStatus.CONFLICT,
            DomainException.Kind.FORBIDDEN, HttpStatus.FORBIDDEN,
            DomainException.Kind.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
            DomainException.Kind.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS);

    private static final Map<String, String> FIELD_CODES = Map.of(
            "NotNull",
            "required",
            "NotBlank",
            "required",
            "Size",
            "invalid-length",
            "Pattern",
            "invalid-format",
            "AssertTrue",
            "must-be-true",
            "Past",
            "must-be-in-past",
            "PastOrPresent",
            "must-be-in-past");

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> handleDomain(DomainException e) {
        return domainProblem(e);
    }

    static ResponseEntity<ProblemDetail> domainProblem(DomainException e) {
        HttpStatus status = STATUS.get(e.kind());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        if (e instanceof RateLimited limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        return response.body(ProblemTypes.problem(status, e.code(), titleFor(status), e.dutchMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable: {}", e.getClass().getName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(ProblemTypes.databaseUnavailable());
        }
        String reference = UUID.randomUUID().toString();
        // Without messages: they can quote what the request held.
        log.error("Unexpected error, reference {}", reference, MessageFree.of(e));
        ProblemDetail problem = ProblemTypes.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Er ging iets mis",
                "Er ging iets mis aan onze kant. Er is niets opgeslagen. Probeer het later opnieuw; "
                        + "noem bij contact met de beheerder kenmerk " + reference + ".");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = databindCause(e);
        ProblemDetail problem;
        if (hasCause(e, PayloadLimitFilter.PayloadTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ProblemTypes.problem(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "payload-too-large",
                            "Verzoek te groot",
                            "Het verzoek is te groot."));
        } else if (duplicateProperty(e).isPresent()) {
            problem = badRequest(
                    "duplicate-field",
                    "Het veld '" + duplicateProperty(e).get()
                            + "' staat meer dan eens in het verzoek. Stuur elk veld één keer.");
        } else if (cause instanceof UnrecognizedPropertyException unknown) {
            problem = badRequest(
                    "unknown-field",
                    "Het veld '" + unknown.getPropertyName()
                            + "' bestaat niet. Stuur alleen de velden die de API beschrijft.");
        } else if (cause instanceof InvalidFormatException invalid) {
            problem = badRequest("invalid-field", "Het veld '" + path(invalid) + "' heeft een ongeldige waarde.");
        } else if (cause instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            problem = badRequest("invalid-field", "Het veld '" + path(databind) + "' heeft een ongeldige waarde.");
        } else {
            problem = badRequest("malformed-json", "De inhoud van het verzoek is geen geldige JSON.");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError)
                .toList();
        ProblemDetail problem = badRequest(
                "validation-failed", errors.stream().map(m -> m.get("detail")).collect(Collectors.joining(" ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private Map<String, String> fieldError(FieldError error) {
        String code = FIELD_CODES.getOrDefault(error.getCode(), "invalid-value");
        return Map.of(
                "field",
                error.getField(),
                "code",
                code,
                "detail",
                error.getDefaultMessage() == null ? "Ongeldige waarde." : error.getDefaultMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest("validation-failed", "Een of meer waarden zijn ongeldig."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(badRequest(
                        "invalid-parameter",
                        "De waarde '" + e.getPropertyName() + "' in het adres of de parameters is ongeldig."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ProblemTypes.problem(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type",
                        "Verkeerd formaat",
                        "Stuur de inhoud als JSON (Content-Type: application/json)."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .body(ProblemTypes.problem(
                        HttpStatus.NOT_ACCEPTABLE,
                        "not-acceptable",
                        "Formaat niet beschikbaar",
                        "Deze API antwoordt alleen in JSON."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .headers(headers)
                .body(ProblemTypes.problem(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "method-not-allowed",
                        "Methode niet toegestaan",
                        "Dit adres ondersteunt de methode " + e.getMethod() + " niet."));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemTypes.problem(
                        HttpStatus.NOT_FOUND, "not-found", "Niet gevonden", "Dit adres bestaat niet."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Any other framework error: keep its status, give it a code and a Dutch title.
        ProblemDetail problem = ProblemTypes.problem(
                status, "http-" + status.value(), titleFor(status), "Het verzoek kon niet worden verwerkt.");
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static ProblemDetail badRequest(String code, String detail) {
        return ProblemTypes.problem(HttpStatus.BAD_REQUEST, code, "Ongeldig verzoek", detail);
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** The innermost Jackson binding error, which knows the field; otherwise the most specific cause. */
    private static Throwable databindCause(HttpMessageNotReadableException e) {
        Throwable found = e.getMostSpecificCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabindException) {
                found = t;
            }
        }
        return found;
    }

    /** Strict duplicate detection (StrictJsonConfiguration) names the repeated property in its message. */
    private static Optional<String> duplicateProperty(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException && t.getMessage() != null) {
                Matcher m = DUPLICATE_PROPERTY.matcher(t.getMessage());
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String titleFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Ongeldig verzoek";
            case 401 -> "Niet aangemeld";
            case 403 -> "Niet toegestaan";
            case 404 -> "Niet gevonden";
            case 409 -> "Conflict met de huidige stand";
            case 413 -> "Verzoek te groot";
            case 415 -> "Verkeerd formaat";
            case 422 -> "Niet verwerkt";
            case 429 -> "Te veel verzoeken";
            case 503 -> "Tijdelijk niet beschikbaar";
            default -> status.is5xxServerError() ? "Er ging iets mis" : "Verzoek niet verwerkt";
        };
    }
}
