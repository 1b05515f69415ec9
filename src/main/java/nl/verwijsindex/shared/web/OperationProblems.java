// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API contract for failures: for every operation ("METHOD /path" as in the OpenAPI document), every
 * status it can answer besides success and the stable problem {@code code} values of each. The OpenAPI
 * document is built from this table ({@link OperationProblemsCustomizer}); the API tests check every
 * answer they get against that document, so a code that is thrown but not listed here fails a test.
 *
 * <p>Adding a problem code is one line: put it in the line of its operation and status below (or in
 * {@link OperationKindProblems} when every operation of a kind can answer it).
 */
public final class OperationProblems {

    private static final String SIGNALS = "/api/v1/professionals/{professionalId}/signals";
    private static final String SIGNAL = SIGNALS + "/{signalId}";
    private static final String CASES = "/api/v1/professionals/{professionalId}/match-cases";
    private static final String CASE = CASES + "/{matchCaseId}";
    private static final String ADMIN = "/api/v1/admin";
    private static final String REGION = "/api/v1/region";
    private static final String DESK = "/api/v1/privacy-desk/requests";
    private static final String DESK_REQUEST = DESK + "/{requestId}";
    private static final String ADVICE = "/api/v1/professionals/{professionalId}/advice-requests";
    private static final String PROFESSIONAL_UNKNOWN = "professional-not-found";
    private static final String[] YOUTH_DATA = {
        "youth-reference-required",
        "invalid-bsn",
        "invalid-surname",
        "invalid-postcode",
        "invalid-gender",
        "birth-date-in-future",
        "youth-too-old"
    };
    private static final String[] MAY_REGISTER = {
        "forbidden", "professional-not-designated", "professional-left", "organisation-not-in-covenant"
    };
    private static final String[] DELETION_DECISION = {"decision-reason-required", "invalid-decision-reference"};
    private static final String[] REGION_SETTINGS = {
        "invalid-deadline",
        "invalid-expiry-reminder-days",
        "invalid-index-display-name",
        "invalid-liberation-day",
        "municipality-not-in-region",
        "conflicting-director-rules",
        "director-rule-duplicate-item",
        "director-rule-list-too-long",
        "director-rule-needs-list",
        "director-rule-takes-no-list",
        "duplicate-director-rule",
        "too-many-director-rules",
        "unknown-director-rule-item",
        "invalid-registration-guidance",
        "invalid-region-category",
        "duplicate-region-category",
        "too-many-region-categories"
    };

    /** Success statuses other than the one springdoc derives from the handler (201 for a new signal). */
    static final Map<String, List<Integer>> SUCCESS = Map.of(
            "POST " + SIGNALS,
            List.of(201, 200),
            "POST /api/v1/professionals/{professionalId}/inbox/{noticeId}/read",
            List.of(204),
            "POST /api/v1/supervisor/inbox/{noticeId}/read",
            List.of(204),
            "POST " + DESK,
            List.of(201),
            "DELETE " + REGION + "/institution-addresses/{addressableObjectId}",
            List.of(204));

    /** Operation, status, codes: what each operation answers beyond {@link #COMMON} and its defaults. */
    static final Map<String, Map<Integer, Set<String>>> TABLE = new OperationTable()
            // signal
            .on("POST " + SIGNALS, 422, "invalid-idempotency-key", "grounds-not-confirmed", "region-required")
            .on("POST " + SIGNALS, 422, "region-not-in-covenant")
            .on("POST " + SIGNALS, 422, YOUTH_DATA)
            .on("POST " + SIGNALS, 403, MAY_REGISTER)
            .on("POST " + SIGNALS, 403, "bsn-not-authorised")
            .on("POST " + SIGNALS, 404, PROFESSIONAL_UNKNOWN)
            .on("POST " + SIGNALS, 409, "idempotency-key-reused")
            .on("POST " + SIGNALS, 422, "birth-date-mismatch", "person-not-identified")
            .on("POST " + SIGNALS, 429, "person-query-limit")
            .on("POST " + SIGNALS, 503, "person-register-unavailable", "person-register-not-connected")
            .on("GET " + SIGNALS, 404, PROFESSIONAL_UNKNOWN)
            .on("GET " + SIGNAL, 404, PROFESSIONAL_UNKNOWN, "signal-not-found")
            .on("POST " + SIGNAL + "/end", 404, PROFESSIONAL_UNKNOWN, "signal-not-found")
            .on("POST " + SIGNAL + "/end", 409, "signal-already-ended", "signal-not-active")
            .on("POST " + SIGNAL + "/end", 422, "end-reason-not-allowed")
            .on("POST " + SIGNAL + "/extend", 404, PROFESSIONAL_UNKNOWN, "signal-not-found")
            .on("POST " + SIGNAL + "/extend", 409, "signal-already-ended", "signal-not-active")
            .on("POST " + SIGNAL + "/transfer", 404, PROFESSIONAL_UNKNOWN, "signal-not-found")
            .on("POST " + SIGNAL + "/transfer", 403, MAY_REGISTER)
            .on("POST " + SIGNAL + "/transfer", 409, "signal-not-active", "transfer-target-already-involved")
            .on("POST " + SIGNAL + "/transfer", 422, "transfer-to-self", "transfer-target-not-in-organisation")
            .on("POST " + SIGNAL + "/bsn", 404, PROFESSIONAL_UNKNOWN, "signal-not-found")
            .on("POST " + SIGNAL + "/bsn", 403, "bsn-not-authorised")
            .on("POST " + SIGNAL + "/bsn", 409, "youth-has-bsn", "merge-duplicate-signal", "signal-not-active")
            .on("POST " + SIGNAL + "/bsn", 422, "invalid-bsn", "youth-too-old", "birth-date-in-future")
            .on("POST " + SIGNAL + "/bsn", 422, "bsn-does-not-match-youth")
            .on("POST " + SIGNAL + "/bsn", 503, "person-register-unavailable")
            // informing (R-INFORM)
            .on("GET " + SIGNAL + "/informing", 404, PROFESSIONAL_UNKNOWN, "signal-not-found")
            .on("PUT " + SIGNAL + "/informing", 404, PROFESSIONAL_UNKNOWN, "signal-not-found")
            .on("PUT " + SIGNAL + "/informing", 409, "signal-not-active")
            .on(
                    "PUT " + SIGNAL + "/informing",
                    422,
                    "informing-one-of",
                    "informed-date-in-future",
                    "informed-date-too-early",
                    "look-again-date-out-of-range")
            // rights (R-REQUEST): the privacy desk and the professionals' advice
            .on("POST " + DESK, 422, "invalid-bsn", "birth-date-in-future", "requester-not-entitled")
            .on("POST " + DESK, 422, "received-date-in-future", "received-date-too-early")
            .on("POST " + DESK, 403, "youth-of-other-municipality")
            .on("GET " + DESK_REQUEST, 404, "request-not-found")
            .on("POST " + DESK_REQUEST + "/extension", 404, "request-not-found")
            .on("POST " + DESK_REQUEST + "/extension", 409, "request-already-decided", "already-extended")
            .on(
                    "POST " + DESK_REQUEST + "/extension",
                    422,
                    "extension-reason-required",
                    "extension-told-out-of-time",
                    "text-contains-bsn")
            .on("POST " + DESK_REQUEST + "/decision", 404, "request-not-found")
            .on("POST " + DESK_REQUEST + "/decision", 409, "request-already-decided", "nothing-registered-any-more")
            .on(
                    "POST " + DESK_REQUEST + "/decision",
                    422,
                    "outcome-does-not-fit",
                    "decision-reason-required",
                    "text-contains-bsn",
                    "correction-one-of",
                    "birth-date-in-future",
                    "signal-not-of-youth")
            .on("POST " + DESK_REQUEST + "/restriction/lift", 404, "request-not-found")
            .on("POST " + DESK_REQUEST + "/restriction/lift", 409, "restriction-not-active")
            .on("GET " + DESK_REQUEST + "/overview", 404, "request-not-found")
            .on("GET " + DESK_REQUEST + "/overview", 409, "overview-only-for-access")
            .on("GET " + DESK_REQUEST + "/overview.pdf", 404, "request-not-found")
            .on("GET " + DESK_REQUEST + "/overview.pdf", 409, "overview-only-for-access")
            .on("GET " + DESK_REQUEST + "/decision-letter.pdf", 404, "request-not-found")
            .on("GET " + DESK_REQUEST + "/decision-letter.pdf", 409, "request-not-decided")
            .on("GET " + ADVICE, 404, PROFESSIONAL_UNKNOWN)
            .on("POST " + ADVICE + "/{requestId}", 404, PROFESSIONAL_UNKNOWN, "advice-not-found")
            .on("POST " + ADVICE + "/{requestId}", 409, "request-already-decided", "advice-already-given")
            .on("POST " + ADVICE + "/{requestId}", 422, "advice-explanation-too-long", "text-contains-bsn")
            .on("POST " + ADMIN + "/municipalities/{cbsCode}/privacy-desk-credentials", 404, "unknown-municipality")
            .on("POST " + ADMIN + "/privacy-desk-credentials/{credentialId}/revoke", 404, "credential-not-found")
            .on("POST " + ADMIN + "/privacy-desk-credentials/{credentialId}/rotate", 404, "credential-not-found")
            .on("POST " + ADMIN + "/privacy-desk-credentials/{credentialId}/rotate", 422, "invalid-overlap")
            // matching and notification
            .on("GET /api/v1/professionals/{professionalId}/matches", 404, PROFESSIONAL_UNKNOWN)
            .on("GET /api/v1/professionals/{professionalId}/inbox", 404, PROFESSIONAL_UNKNOWN)
            .on("POST /api/v1/professionals/{professionalId}/inbox/{noticeId}/read", 404, "notice-not-found")
            .on("POST /api/v1/professionals/{professionalId}/inbox/{noticeId}/read", 404, PROFESSIONAL_UNKNOWN)
            .on("POST /api/v1/supervisor/inbox/{noticeId}/read", 404, "notice-not-found")
            // coordination
            .on("GET " + CASES, 404, PROFESSIONAL_UNKNOWN)
            .on("GET " + CASE, 404, PROFESSIONAL_UNKNOWN, "match-case-not-found")
            .on("POST " + CASE + "/hand-over", 404, PROFESSIONAL_UNKNOWN, "match-case-not-found")
            .on("POST " + CASE + "/hand-over", 403, "not-the-director")
            .on("POST " + CASE + "/hand-over", 409, "match-case-closed")
            .on("POST " + CASE + "/hand-over", 422, "not-in-this-match")
            .on("POST " + CASE + "/consultation", 404, PROFESSIONAL_UNKNOWN, "match-case-not-found")
            .on("POST " + CASE + "/consultation", 403, "not-the-director")
            .on("POST " + CASE + "/consultation", 409, "match-case-closed", "already-consulted")
            .on("POST " + CASE + "/consultation/confirm", 404, PROFESSIONAL_UNKNOWN, "match-case-not-found")
            .on(
                    "POST " + CASE + "/consultation/confirm",
                    409,
                    "match-case-closed",
                    "no-consultation",
                    "recorded-by-you")
            .on("POST /api/v1/supervisor/match-cases/{matchCaseId}/follow-up", 404, "match-case-not-found")
            .on("GET /api/v1/supervisor/follow-up-figures", 422, "invalid-period")
            .on("GET " + REGION + "/follow-up-figures", 422, "invalid-period")
            // reporting (R-REPORTS)
            .reports("/api/v1/supervisor/reports")
            .reports(REGION + "/reports")
            .reports(ADMIN + "/reports")
            // covenant: the region's own settings
            .on("GET " + REGION + "/settings", 404, "unknown-region")
            .on("PUT " + REGION + "/settings", 404, "unknown-region")
            .on("PUT " + REGION + "/settings", 422, REGION_SETTINGS)
            .on("PUT " + REGION + "/settings", 409, "region-category-code-taken", "region-category-in-use")
            .on("GET " + REGION + "/coordination-settings", 404, "unknown-region")
            .on("PUT " + REGION + "/coordination-settings", 404, "unknown-region")
            .on("PUT " + REGION + "/coordination-settings", 422, REGION_SETTINGS)
            .on("PUT " + REGION + "/institution-addresses/{addressableObjectId}", 422, "invalid-addressable-object-id")
            .on(
                    "DELETE " + REGION + "/institution-addresses/{addressableObjectId}",
                    404,
                    "institution-address-not-found")
            // retention
            .on("POST " + REGION + "/signals/{signalId}/delete", 404, "signal-not-found")
            .on("POST " + REGION + "/signals/{signalId}/delete", 422, DELETION_DECISION)
            .on("POST " + REGION + "/archive/removals", 404, "not-in-archive")
            .on("POST " + REGION + "/archive/removals", 422, DELETION_DECISION)
            .on("POST " + ADMIN + "/retention/sweep", 422, "sweep-date-in-future")
            // administration: covenant, directory, access
            .on("POST " + ADMIN + "/regions", 409, "region-exists")
            .on("POST " + ADMIN + "/municipalities", 409, "municipality-exists")
            .on("POST " + ADMIN + "/municipalities", 422, "unknown-region")
            .on("POST " + ADMIN + "/organisations", 409, "organisation-exists")
            .on("POST " + ADMIN + "/organisations", 422, "unknown-category", "organisation-identifier-required")
            .on("POST " + ADMIN + "/organisations", 422, "category-not-in-region")
            .on("POST " + ADMIN + "/organisations/{organisationId}/professionals", 404, "organisation-not-found")
            .on("POST " + ADMIN + "/organisations/{organisationId}/professionals", 409, "professional-exists")
            .on("POST " + ADMIN + "/organisations/{organisationId}/bsn-authorisation", 404, "organisation-not-found")
            .on("POST " + ADMIN + "/professionals/{professionalId}/designation", 404, PROFESSIONAL_UNKNOWN)
            .on("POST " + ADMIN + "/professionals/{professionalId}/left", 404, PROFESSIONAL_UNKNOWN)
            .on("POST " + ADMIN + "/professionals/{professionalId}/left", 409, "leaving-date-passed")
            .on("POST " + ADMIN + "/organisations/{organisationId}/api-clients", 404, "organisation-not-found")
            .on("POST " + ADMIN + "/organisations/{organisationId}/api-clients", 422, "secret-too-short")
            .on("POST " + ADMIN + "/api-clients/{clientId}/rotate", 404, "api-client-not-found")
            .on("POST " + ADMIN + "/api-clients/{clientId}/rotate", 422, "invalid-overlap")
            .on("POST " + ADMIN + "/region-coordinators/{credentialId}/rotate", 404, "credential-not-found")
            .on("POST " + ADMIN + "/region-coordinators/{credentialId}/rotate", 422, "invalid-overlap")
            .on(
                    "POST " + ADMIN + "/municipalities/{cbsCode}/supervisors/{supervisorId}/rotate",
                    404,
                    "supervisor-not-found")
            .on("POST " + ADMIN + "/municipalities/{cbsCode}/supervisors/{supervisorId}/rotate", 422, "invalid-overlap")
            .on("POST " + ADMIN + "/api-clients/{clientId}/revoke", 404, "api-client-not-found")
            .on("POST " + ADMIN + "/regions/{regionCode}/coordinators", 404, "unknown-region")
            .on("POST " + ADMIN + "/regions/{regionCode}/coordinators", 422, "secret-too-short")
            .on("POST " + ADMIN + "/region-coordinators/{credentialId}/revoke", 404, "credential-not-found")
            .on("POST " + ADMIN + "/municipalities/{cbsCode}/supervisors", 404, "unknown-municipality")
            .on("POST " + ADMIN + "/municipalities/{cbsCode}/supervisors", 422, "secret-too-short")
            .on("GET " + ADMIN + "/municipalities/{cbsCode}/supervisors", 404, "unknown-municipality")
            .on("DELETE " + ADMIN + "/municipalities/{cbsCode}/supervisors/{supervisorId}", 404, "supervisor-not-found")
            .on("POST " + ADMIN + "/person-register/recheck", 503, "person-register-unavailable")
            .asMap();

    private OperationProblems() {}

    /** Every code of the contract, for the check that each thrown code is listed somewhere. */
    public static Set<String> allCodes() {
        Set<String> codes = new LinkedHashSet<>();
        List.of(
                        OperationKindProblems.COMMON,
                        OperationKindProblems.WITH_BODY,
                        OperationKindProblems.WITH_PARAMETERS,
                        OperationKindProblems.ORGANISATION_API)
                .forEach(m -> m.values().forEach(codes::addAll));
        TABLE.values().forEach(byStatus -> byStatus.values().forEach(codes::addAll));
        return codes;
    }
}
