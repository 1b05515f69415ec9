// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.time.LocalDate;
import java.util.Map;

/**
 * Well-formed requests for the refused callers of the authorisation matrix: with a valid body, only the access
 * check can stop the call, so a refusal proves access control and not input validation.
 */
final class MatrixRequests {

    private static final String CHILD = LocalDate.now().minusYears(13).toString();

    private MatrixRequests() {}

    /** The JSON body of an API call; an empty object where the endpoint takes none. */
    static String json(String endpoint, AuthorisationWorld world) {
        String professional = "POST /api/v1/professionals/{professionalId}";
        return switch (endpoint.replace(professional, "POST …")) {
            case "POST …/signals" -> Api.registration(TestBsns.random(), CHILD);
            case "POST …/signals/{signalId}/end" -> "{\"reason\":\"RISK_GONE\"}";
            case "POST …/signals/{signalId}/transfer" ->
                "{\"toProfessionalId\":\"" + world.variables.get("colleague") + "\"}";
            case "POST …/signals/{signalId}/bsn" -> "{\"bsn\":\"" + TestBsns.random() + "\"}";
            case "POST …/advice-requests/{requestId}" ->
                "{\"signalId\":\"" + world.variables.get("signalId") + "\",\"advice\":\"GRANT\"}";
            case "POST …/match-cases/{matchCaseId}/hand-over" ->
                "{\"professionalId\":\"" + world.variables.get("other") + "\"}";
            case "POST /api/v1/region/signals/{signalId}/delete" ->
                "{\"decisionReference\":\"B-1\",\"reason\":\"OBJECTION_GRANTED\"}";
            case "PUT /api/v1/region/institution-addresses/{addressableObjectId}" -> "{\"name\":\"Instelling\"}";
            case "PUT /api/v1/professionals/{professionalId}/signals/{signalId}/informing" ->
                "{\"informed\":{\"on\":\"" + LocalDate.now() + "\",\"method\":\"PHONE\"}}";
            case "POST /api/v1/privacy-desk/requests/{requestId}/extension" ->
                "{\"reason\":\"Advies nodig\",\"toldOn\":\"" + LocalDate.now() + "\"}";
            case "POST /api/v1/privacy-desk/requests/{requestId}/decision" ->
                "{\"outcome\":\"REFUSED\",\"reason\":\"Geen grond.\"}";
            default -> "{}";
        };
    }

    /** The form fields of a page's form. */
    static Map<String, String> form(String endpoint, AuthorisationWorld world) {
        return switch (endpoint) {
            case "POST /signalen/{id}/beeindigen", "POST /organisatie/vertrokken/{id}/beeindigen" ->
                Map.of("reden", "RISK_GONE", "bevestigd", "ja");
            case "POST /signalen/{id}/beeindigen/onterecht" -> Map.of("bevestigd", "ja");
            case "POST /signalen/{id}/bsn" -> Map.of("bsn", "999907931");
            case "POST /signalen/{id}/overzetten", "POST /organisatie/vertrokken/{id}/overzetten" ->
                Map.of("collega", world.variables.get("colleague"));
            case "POST /matches/{caseId}/regie-overdragen" -> Map.of("professional", world.variables.get("other"));
            case "POST /matches/{caseId}/afgestemd" -> Map.of("uitkomst", "PLAN_ADJUSTED");
            case "POST /organisatie/professionals/{id}/aanwijzing" -> Map.of("aangewezen", "nee");
            case "POST /organisatie/professionals/{id}/vertrek" ->
                Map.of("vertrekdatum", LocalDate.now().toString());
            case "POST /organisatie/professionals/{id}/gegevens" ->
                Map.of("naam", "Andere Naam", "email", "ander@test.example", "telefoon", "030 999 99 99");
            case "POST /signalen/{id}/informeren" ->
                Map.of(
                        "keuze",
                        "geinformeerd",
                        "geinformeerdOp",
                        LocalDate.now().toString(),
                        "hoe",
                        "PHONE");
            case "POST /adviezen/{requestId}" -> Map.of("signaal", world.variables.get("signalId"), "advies", "GRANT");
            case "POST /regio/organisaties/{id}/stoppen" ->
                Map.of("datum", LocalDate.now().toString());
            default -> Map.of();
        };
    }

    /** A concrete path for the {@code /**} at the end of a pattern. */
    static String wildcard(String pattern) {
        return switch (pattern) {
            case "/actuator/health/**" -> "liveness";
            case "/webjars/**" -> "htmx.org/dist/htmx.min.js";
            case "/**" -> "css/site.css";
            default -> "x";
        };
    }
}
