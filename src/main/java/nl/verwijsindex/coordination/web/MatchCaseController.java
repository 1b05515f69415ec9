// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.coordination.ConsultationOutcome;
import nl.verwijsindex.coordination.Consultations;
import nl.verwijsindex.coordination.MatchCaseView;
import nl.verwijsindex.coordination.MatchCases;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;

/**
 * A professional's match cases: who directs each, the deadline and the state, and the contact details of
 * everyone involved (R-VISIBLE); the director hands over and ticks off the consultation here, the others confirm. Next to {@code /matches}, which lists the pairs.
 */
@RestController
@RequestMapping(
        path = "/api/v1/professionals/{professionalId}/match-cases",
        produces = MediaType.APPLICATION_JSON_VALUE)
class MatchCaseController {

    private final MatchCases cases;
    private final Consultations consultations;

    MatchCaseController(MatchCases cases, Consultations consultations) {
        this.cases = cases;
        this.consultations = consultations;
    }

    @GetMapping
    List<MatchCaseResponse> list(
            @AuthenticationPrincipal ApiClientPrincipal client, @PathVariable UUID professionalId) {
        return cases
                .casesOf(client.organisationId(), new ProfessionalId(professionalId), Actor.apiClient(client.actorId()))
                .stream()
                .map(MatchCaseResponse::of)
                .toList();
    }

    @GetMapping("/{matchCaseId}")
    MatchCaseResponse one(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID matchCaseId) {
        return MatchCaseResponse.of(cases.caseOf(
                client.organisationId(),
                new ProfessionalId(professionalId),
                new MatchCaseId(matchCaseId),
                Actor.apiClient(client.actorId())));
    }

    @PostMapping(path = "/{matchCaseId}/hand-over", consumes = MediaType.APPLICATION_JSON_VALUE)
    MatchCaseResponse handOver(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID matchCaseId,
            @Valid @RequestBody HandOverRequest request) {
        return MatchCaseResponse.of(cases.handOver(
                client.organisationId(),
                new ProfessionalId(professionalId),
                new MatchCaseId(matchCaseId),
                new ProfessionalId(request.professionalId()),
                Actor.apiClient(client.actorId())));
    }

    /** R-CONSULTED: the director ticks off the consultation, with an optional outcome category and no free text. */
    @PostMapping(path = "/{matchCaseId}/consultation", consumes = MediaType.APPLICATION_JSON_VALUE)
    MatchCaseResponse consult(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID matchCaseId,
            @RequestBody ConsultationRequest request) {
        ProfessionalId professional = new ProfessionalId(professionalId);
        Actor actor = Actor.apiClient(client.actorId());
        MatchCaseId matchCase = new MatchCaseId(matchCaseId);
        consultations.record(client.organisationId(), professional, matchCase, request.chosen(), actor);
        return MatchCaseResponse.of(cases.caseOf(client.organisationId(), professional, matchCase, actor));
    }

    /** R-CONSULTED: another professional in the match confirms the consultation. */
    @PostMapping("/{matchCaseId}/consultation/confirm")
    MatchCaseResponse confirm(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID matchCaseId) {
        ProfessionalId professional = new ProfessionalId(professionalId);
        Actor actor = Actor.apiClient(client.actorId());
        MatchCaseId matchCase = new MatchCaseId(matchCaseId);
        consultations.confirm(client.organisationId(), professional, matchCase, actor);
        return MatchCaseResponse.of(cases.caseOf(client.organisationId(), professional, matchCase, actor));
    }

    /**
     * @param outcomes the outcome categories (table 4.1 of seed 003, more than one allowed)
     * @param outcome  one outcome category, as before multiple choice; added to {@code outcomes}
     */
    record ConsultationRequest(ConsultationOutcome outcome, List<ConsultationOutcome> outcomes) {

        Set<ConsultationOutcome> chosen() {
            Set<ConsultationOutcome> chosen = EnumSet.noneOf(ConsultationOutcome.class);
            if (outcomes != null) {
                outcomes.stream().filter(Objects::nonNull).forEach(chosen::add);
            }
            if (outcome != null) {
                chosen.add(outcome);
            }
            return chosen;
        }
    }

    record HandOverRequest(
            @NotNull(message = "Kies de professional aan wie u de regie overdraagt.")
            UUID professionalId) {}

    record MatchCaseResponse(
            String matchCaseId,
            String state,
            LocalDate deadline,
            boolean youDirect,
            Director director,
            List<Contact> others,
            Consultation consultation) {

        static MatchCaseResponse of(MatchCaseView v) {
            Director director = v.director() == null
                    ? null
                    : new Director(Contact.of(v.director()), v.directorSince(), v.directorBasis());
            Consultation consultation = v.consultation() == null
                    ? null
                    : new Consultation(
                            v.consultation().recordedAt(),
                            v.consultation().outcome() == null
                                    ? null
                                    : v.consultation().outcome().name(),
                            v.consultation().outcomes().stream().map(Enum::name).toList(),
                            v.consultation().confirmedBy());
            return new MatchCaseResponse(
                    v.matchCaseId().toString(),
                    v.state().name(),
                    v.deadline(),
                    v.youDirect(),
                    director,
                    v.others().stream().map(Contact::of).toList(),
                    consultation);
        }
    }

    record Director(Contact professional, OffsetDateTime since, String appointedBy) {}

    record Contact(
            String professionalId,
            String name,
            String email,
            String phone,
            String organisationName,
            Coordinator coordinator) {

        static Contact of(ProfessionalContact p) {
            return new Contact(
                    p.id().toString(),
                    p.name(),
                    p.email(),
                    p.phone(),
                    p.organisationName(),
                    new Coordinator(p.coordinatorName(), p.coordinatorEmail(), p.coordinatorPhone()));
        }
    }

    record Coordinator(String name, String email, String phone) {}

    /** @param outcome the first of {@code outcomes}, as before multiple choice */
    record Consultation(OffsetDateTime recordedAt, String outcome, List<String> outcomes, List<String> confirmedBy) {}
}
