// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.verwijsindex.rights.Advice;
import nl.verwijsindex.rights.AdviceView;
import nl.verwijsindex.rights.Decision;
import nl.verwijsindex.rights.IdentityCheck;
import nl.verwijsindex.rights.NewRequest;
import nl.verwijsindex.rights.Outcome;
import nl.verwijsindex.rights.RequestKind;
import nl.verwijsindex.rights.RequestView;
import nl.verwijsindex.rights.Requester;

/** The request and response bodies of the privacy desk API and the advice operations (R-REQUEST). */
final class RequestMessages {

    private RequestMessages() {}

    /** The BSN travels in the body, never in the address. */
    record IntakeRequest(
            @NotNull(
                    message =
                            "Kies wat er wordt gevraagd: ACCESS, COPY, CORRECTION, OBJECTION, ERASURE of RESTRICTION.")
            RequestKind kind,

            @NotNull(
                    message =
                            "Kies wie het verzoek doet: YOUTH, LEGAL_REPRESENTATIVE of YOUTH_AND_LEGAL_REPRESENTATIVE.")
            Requester requester,

            @NotNull(
                    message =
                            "Kies hoe de identiteit is gecontroleerd: ID_DOCUMENT_AT_DESK, DIGID of ID_DOCUMENT_BY_VIDEO_CALL.")
            IdentityCheck identityCheck,

            @NotBlank(message = "Vul het BSN van de jeugdige in.") @Size(max = 20, message = "Een BSN heeft 9 cijfers.")
            String bsn,

            @NotNull(message = "Vul de geboortedatum van de jeugdige in (youthBirthDate, JJJJ-MM-DD).")
            LocalDate youthBirthDate,

            @NotNull(message = "Vul de datum van ontvangst in (receivedOn, JJJJ-MM-DD).")
            LocalDate receivedOn) {

        NewRequest toNewRequest() {
            return new NewRequest(kind, requester, identityCheck, bsn, youthBirthDate, receivedOn);
        }

        @Override
        public String toString() {
            return "IntakeRequest[" + kind + "]";
        }
    }

    record ExtensionRequest(
            @NotBlank(message = "Schrijf op waarom de termijn wordt verlengd.")
            @Size(max = 500, message = "Hoogstens 500 tekens.")
            String reason,

            @NotNull(message = "Vul in wanneer de aanvrager over de verlenging is verteld (toldOn, JJJJ-MM-DD).")
            LocalDate toldOn) {}

    record DecisionRequest(
            @NotNull(message = "Kies het besluit: ACCESS_GIVEN, CORRECTED, ERASED, RESTRICTED of REFUSED.")
            Outcome outcome,

            @NotBlank(message = "Schrijf de reden van het besluit op.")
            @Size(max = 2000, message = "Hoogstens 2000 tekens.")
            String reason,

            LocalDate correctedBirthDate,
            UUID wrongSignalId) {

        Decision toDecision() {
            return new Decision(outcome, reason, correctedBirthDate, wrongSignalId);
        }
    }

    record AdviceRequest(
            @NotNull(message = "Noem het signaal waarover u adviseert (signalId).")
            UUID signalId,

            @NotNull(message = "Kies uw advies: GRANT, REFUSE of NO_OPINION.")
            Advice advice,

            @Size(max = 1000, message = "Hoogstens 1000 tekens.")
            String explanation) {}

    /** Only the fields that apply: one that does not is left out, not {@code null}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestResponse(
            UUID id,
            RequestKind kind,
            Requester requester,
            IdentityCheck identityCheck,
            LocalDate youthBirthDate,
            LocalDate receivedOn,
            LocalDate dueOn,
            LocalDate extendedDueOn,
            String extensionReason,
            LocalDate extensionToldOn,
            LocalDate deadline,
            boolean reminded,
            boolean overdue,
            Outcome outcome,
            String decisionReason,
            LocalDate decidedOn,
            LocalDate restrictionLiftedOn,
            List<AdviceResponse> advice) {

        static RequestResponse of(RequestView r, List<AdviceView> advice) {
            return new RequestResponse(
                    r.id(),
                    r.kind(),
                    r.requester(),
                    r.identityCheck(),
                    r.youthBirthDate(),
                    r.receivedOn(),
                    r.dueOn(),
                    r.extendedDueOn(),
                    r.extensionReason(),
                    r.extensionToldOn(),
                    r.deadline(),
                    r.reminded(),
                    r.overdue(),
                    r.outcome(),
                    r.decisionReason(),
                    r.decidedOn(),
                    r.restrictionLiftedOn(),
                    advice == null
                            ? null
                            : advice.stream().map(AdviceResponse::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AdviceResponse(
            UUID requestId,
            UUID signalId,
            UUID professionalId,
            RequestKind kind,
            boolean requestOpen,
            LocalDate deadline,
            OffsetDateTime askedAt,
            Advice advice,
            String explanation,
            OffsetDateTime answeredAt) {

        static AdviceResponse of(AdviceView a) {
            return new AdviceResponse(
                    a.requestId(),
                    a.signalId(),
                    a.professionalId(),
                    a.kind(),
                    a.requestOpen(),
                    a.deadline(),
                    a.askedAt(),
                    a.advice(),
                    a.explanation(),
                    a.answeredAt());
        }
    }
}
