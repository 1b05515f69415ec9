// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import java.util.List;
import java.util.Map;

/**
 * The part of the API's failure contract ({@link OperationProblems}) that follows from the kind of operation, not
 * from what it does: what the security filters, {@link ProblemDetailsAdvice} and the payload limit answer for every
 * operation, every operation with a body or with parameters, and every operation of the organisations' API.
 */
final class OperationKindProblems {

    /** Every operation of the API can answer these. */
    static final Map<Integer, List<String>> COMMON = Map.of(
            401, List.of("unauthenticated", "invalid-credentials"),
            403, List.of("forbidden"),
            406, List.of("not-acceptable"),
            500, List.of("internal-error"),
            503, List.of("database-unavailable"));

    /** Every operation with a JSON request body can also answer these (ProblemDetailsAdvice, PayloadLimitFilter). */
    static final Map<Integer, List<String>> WITH_BODY = Map.of(
            400, List.of("malformed-json", "duplicate-field", "unknown-field", "invalid-field", "validation-failed"),
            413, List.of("payload-too-large"),
            415, List.of("unsupported-media-type"));

    /** Every operation with path, query or header parameters can also answer these. */
    static final Map<Integer, List<String>> WITH_PARAMETERS =
            Map.of(400, List.of("invalid-parameter", "validation-failed", "http-400"));

    /**
     * Every operation of the organisations' API (all of {@code /api/} but the administration, region and supervisor
     * APIs) can also answer these: the person acting in the organisation's system is named (R-LOGBOOK).
     */
    static final Map<Integer, List<String>> ORGANISATION_API = Map.of(400, List.of("acting-user-missing"));

    /** Whether an operation ("METHOD /path") belongs to the organisations' API. */
    static boolean organisationApi(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        return path.startsWith("/api/")
                && !path.startsWith("/api/v1/admin/")
                && !path.startsWith("/api/v1/region/")
                && !path.startsWith("/api/v1/supervisor/")
                && !path.startsWith("/api/v1/privacy-desk/");
    }

    private OperationKindProblems() {}
}
