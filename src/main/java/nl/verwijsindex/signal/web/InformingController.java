// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.Informing;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalInforming;

/**
 * R-INFORM over the API: the professional's system records that the youth or the legal representative was
 * informed of a signal (when and how), or that informing is postponed for a safety reason until a day to look
 * again; and reads what was recorded.
 */
@RestController
@RequestMapping(
        path = "/api/v1/professionals/{professionalId}/signals/{signalId}/informing",
        produces = MediaType.APPLICATION_JSON_VALUE)
class InformingController {

    private final SignalInforming informing;

    InformingController(SignalInforming informing) {
        this.informing = informing;
    }

    @GetMapping
    @Operation(summary = "What was recorded about informing the youth or the legal representative (R-INFORM)")
    InformingResponse get(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID signalId) {
        return informing
                .of(client.organisationId(), new ProfessionalId(professionalId), new SignalId(signalId))
                .map(InformingResponse::of)
                .orElse(InformingResponse.NOT_RECORDED);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record that the youth or the legal representative was informed, or why it is postponed "
                    + "(R-INFORM)",
            description = "Give exactly one of `informed` and `postponed`. A later call replaces what was recorded.")
    InformingResponse put(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID signalId,
            @Valid @RequestBody InformingRequest request) {
        if ((request.informed() == null) == (request.postponed() == null)) {
            throw new DomainException(
                    Kind.INVALID,
                    "informing-one-of",
                    "Geef precies één van beide: informed (wanneer en hoe u informeerde) of postponed (waarom en tot "
                            + "wanneer u het uitstelt).");
        }
        Informing recorded = request.informed() != null
                ? new Informing.Informed(
                        request.informed().on(), request.informed().method())
                : new Informing.Postponed(
                        request.postponed().reason(), request.postponed().lookAgainOn());
        return InformingResponse.of(informing.record(
                client.organisationId(),
                new ProfessionalId(professionalId),
                new SignalId(signalId),
                recorded,
                Actor.apiClient(client.actorId())));
    }

    record InformingRequest(
            @Valid InformedRequest informed, @Valid PostponedRequest postponed) {}

    record InformedRequest(
            @NotNull(message = "Vul in op welke dag u informeerde (on, JJJJ-MM-DD).")
            LocalDate on,

            @NotNull(message = "Kies hoe u informeerde: IN_PERSON, PHONE, LETTER of DIGITAL.")
            Informing.Method method) {}

    record PostponedRequest(
            @NotNull(message = "Kies waarom u het uitstelt: YOUTH_SAFETY of SAFETY_OF_OTHERS.")
            Informing.PostponementReason reason,

            @NotNull(message = "Vul in wanneer u opnieuw kijkt (lookAgainOn, JJJJ-MM-DD).")
            LocalDate lookAgainOn) {}

    /** Only the fields of the recorded state: a field that does not apply is left out, not {@code null}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InformingResponse(
            @Schema(allowableValues = {"NOT_RECORDED", "INFORMED", "POSTPONED"})
            String state,

            LocalDate informedOn,
            Informing.Method method,
            Informing.PostponementReason postponedReason,
            LocalDate lookAgainOn,
            OffsetDateTime recordedAt) {

        static final InformingResponse NOT_RECORDED =
                new InformingResponse("NOT_RECORDED", null, null, null, null, null);

        static InformingResponse of(Informing.Recorded recorded) {
            if (recorded.informing() instanceof Informing.Informed informed) {
                return new InformingResponse(
                        "INFORMED", informed.on(), informed.method(), null, null, recorded.recordedAt());
            }
            Informing.Postponed postponed = (Informing.Postponed) recorded.informing();
            return new InformingResponse(
                    "POSTPONED", null, null, postponed.reason(), postponed.lookAgainOn(), recorded.recordedAt());
        }
    }
}
