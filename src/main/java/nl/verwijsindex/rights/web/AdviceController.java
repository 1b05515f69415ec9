// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.rights.AdviceRound;
import nl.verwijsindex.rights.web.RequestMessages.AdviceRequest;
import nl.verwijsindex.rights.web.RequestMessages.AdviceResponse;

/** R-REQUEST: a professional's advice on requests about youths they registered, through the organisation's system. */
@RestController
@RequestMapping(
        path = "/api/v1/professionals/{professionalId}/advice-requests",
        produces = MediaType.APPLICATION_JSON_VALUE)
class AdviceController {

    private final AdviceRound advice;

    AdviceController(AdviceRound advice) {
        this.advice = advice;
    }

    @GetMapping
    @Operation(summary = "The advice the municipality asks of the professional, newest first (R-REQUEST)")
    List<AdviceResponse> list(@AuthenticationPrincipal ApiClientPrincipal client, @PathVariable UUID professionalId) {
        return advice.askedOf(client.organisationId(), new ProfessionalId(professionalId)).stream()
                .map(AdviceResponse::of)
                .toList();
    }

    @PostMapping(path = "/{requestId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give the advice on a request, once, for one of the professional's signals (R-REQUEST)")
    AdviceResponse answer(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID requestId,
            @Valid @RequestBody AdviceRequest request) {
        return AdviceResponse.of(advice.answer(
                client.organisationId(),
                new ProfessionalId(professionalId),
                requestId,
                request.signalId(),
                request.advice(),
                request.explanation(),
                Actor.apiClient(client.actorId())));
    }
}
