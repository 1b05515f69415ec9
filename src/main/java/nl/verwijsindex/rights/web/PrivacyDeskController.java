// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import nl.verwijsindex.access.PrivacyDeskPrincipal;
import nl.verwijsindex.rights.AccessOverview;
import nl.verwijsindex.rights.AccessOverviews;
import nl.verwijsindex.rights.AdviceRound;
import nl.verwijsindex.rights.PrivacyDesk;
import nl.verwijsindex.rights.RequestDecisions;
import nl.verwijsindex.rights.RequestView;
import nl.verwijsindex.rights.RightsRequests;
import nl.verwijsindex.rights.web.RequestMessages.DecisionRequest;
import nl.verwijsindex.rights.web.RequestMessages.ExtensionRequest;
import nl.verwijsindex.rights.web.RequestMessages.IntakeRequest;
import nl.verwijsindex.rights.web.RequestMessages.RequestResponse;
import nl.verwijsindex.shared.DeadlockRetry;

/** The privacy desk API of a municipality (R-REQUEST): its own municipality's requests, from intake to decision. */
@RestController
@RequestMapping(path = "/api/v1/privacy-desk/requests", produces = MediaType.APPLICATION_JSON_VALUE)
class PrivacyDeskController {

    private final RightsRequests requests;
    private final RequestDecisions decisions;
    private final AccessOverviews overviews;
    private final AdviceRound advice;

    PrivacyDeskController(
            RightsRequests requests, RequestDecisions decisions, AccessOverviews overviews, AdviceRound advice) {
        this.requests = requests;
        this.decisions = decisions;
        this.overviews = overviews;
        this.advice = advice;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record a request of the youth or the parents (R-REQUEST)",
            description = "The age rule decides who may ask. A BSN the index does not know is recorded and answered "
                    + "at once with outcome NOTHING_REGISTERED.")
    ResponseEntity<RequestResponse> record(
            @AuthenticationPrincipal PrivacyDeskPrincipal principal, @Valid @RequestBody IntakeRequest request) {
        PrivacyDesk desk = PrivacyDesk.of(principal);
        RequestView recorded = requests.record(desk, request.toNewRequest());
        return ResponseEntity.created(URI.create("/api/v1/privacy-desk/requests/" + recorded.id()))
                .body(RequestResponse.of(recorded, advice.ofRequest(recorded.id())));
    }

    @GetMapping
    @Operation(summary = "The requests of the desk's municipality: open ones first, by deadline")
    List<RequestResponse> list(@AuthenticationPrincipal PrivacyDeskPrincipal principal) {
        return requests.ofDesk(PrivacyDesk.of(principal)).stream()
                .map(r -> RequestResponse.of(r, null))
                .toList();
    }

    @GetMapping("/{requestId}")
    @Operation(summary = "One request with the professionals' advice; logged as a look at the youth")
    RequestResponse get(@AuthenticationPrincipal PrivacyDeskPrincipal principal, @PathVariable UUID requestId) {
        RequestView request = requests.find(PrivacyDesk.of(principal), requestId);
        return RequestResponse.of(request, advice.ofRequest(requestId));
    }

    @PostMapping(path = "/{requestId}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extend the deadline once by two months, with the reason and the day the requester was told")
    RequestResponse extend(
            @AuthenticationPrincipal PrivacyDeskPrincipal principal,
            @PathVariable UUID requestId,
            @Valid @RequestBody ExtensionRequest request) {
        return RequestResponse.of(
                requests.extend(PrivacyDesk.of(principal), requestId, request.reason(), request.toldOn()),
                advice.ofRequest(requestId));
    }

    @PostMapping(path = "/{requestId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Decide the request, with the reason; the decision does what it says",
            description = "CORRECTED needs exactly one of correctedBirthDate and wrongSignalId. ERASED deletes every "
                    + "signal of the youth without the archive, with a proof, and tells the professionals.")
    RequestResponse decide(
            @AuthenticationPrincipal PrivacyDeskPrincipal principal,
            @PathVariable UUID requestId,
            @Valid @RequestBody DecisionRequest request) {
        return RequestResponse.of(
                DeadlockRetry.retried(
                        () -> decisions.decide(PrivacyDesk.of(principal), requestId, request.toDecision())),
                advice.ofRequest(requestId));
    }

    @PostMapping("/{requestId}/restriction/lift")
    @Operation(summary = "Lift the restriction decided on the request: the youth's signals match again")
    RequestResponse liftRestriction(
            @AuthenticationPrincipal PrivacyDeskPrincipal principal, @PathVariable UUID requestId) {
        return RequestResponse.of(
                decisions.liftRestriction(PrivacyDesk.of(principal), requestId), advice.ofRequest(requestId));
    }

    @GetMapping("/{requestId}/overview")
    @Operation(summary = "What the index holds on the youth of an access or copy request, as JSON; logged")
    AccessOverview overview(@AuthenticationPrincipal PrivacyDeskPrincipal principal, @PathVariable UUID requestId) {
        return overviews.of(PrivacyDesk.of(principal), requestId);
    }
}
