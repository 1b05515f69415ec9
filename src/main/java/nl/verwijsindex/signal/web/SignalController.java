// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.PersonDetails;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.RegistrationOutcome;
import nl.verwijsindex.signal.SignalEnding;
import nl.verwijsindex.signal.SignalExtension;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.signal.SignalTransfer;
import nl.verwijsindex.signal.SignalView;
import nl.verwijsindex.signal.Signals;
import nl.verwijsindex.signal.YouthMerge;
import nl.verwijsindex.signal.web.SignalRequests.BsnRequest;
import nl.verwijsindex.signal.web.SignalRequests.EndSignalRequest;
import nl.verwijsindex.signal.web.SignalRequests.RegisterSignalRequest;
import nl.verwijsindex.signal.web.SignalRequests.TransferRequest;
import nl.verwijsindex.signal.web.SignalResponses.ArchiveHitResponse;
import nl.verwijsindex.signal.web.SignalResponses.EndResponse;
import nl.verwijsindex.signal.web.SignalResponses.RegistrationResponse;
import nl.verwijsindex.signal.web.SignalResponses.SignalDetailResponse;
import nl.verwijsindex.signal.web.SignalResponses.SignalResponse;
import nl.verwijsindex.youth.Bsn;

/** Signals of one professional, for their organisation's system. The BSN travels only in bodies, never in a URL. */
@RestController
@RequestMapping(path = "/api/v1/professionals/{professionalId}/signals", produces = MediaType.APPLICATION_JSON_VALUE)
class SignalController {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final SignalRegistration registration;
    private final SignalEnding ending;
    private final Signals signals;
    private final SignalExtension extension;
    private final SignalTransfer transfer;
    private final YouthMerge merge;
    private final PersonDetails personDetails;

    SignalController(
            SignalRegistration registration,
            SignalEnding ending,
            Signals signals,
            SignalExtension extension,
            SignalTransfer transfer,
            YouthMerge merge,
            PersonDetails personDetails) {
        this.personDetails = personDetails;
        this.merge = merge;
        this.transfer = transfer;
        this.extension = extension;
        this.registration = registration;
        this.ending = ending;
        this.signals = signals;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegistrationResponse> register(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody RegisterSignalRequest request) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-idempotency-key",
                    "De Idempotency-Key mag 1 tot 100 letters, cijfers en de tekens . _ : - bevatten.");
        }
        RegistrationOutcome outcome = registration.register(new RegisterSignal(
                client.organisationId(),
                new ProfessionalId(professionalId),
                request.youth(),
                request.birthDate(),
                request.groundsConfirmed(),
                Optional.ofNullable(request.regionCode()),
                Optional.ofNullable(idempotencyKey),
                Actor.apiClient(client.actorId())));
        RegistrationResponse body = new RegistrationResponse(
                SignalResponse.of(outcome.signal()),
                outcome.result().name(),
                outcome.archiveHits().stream().map(ArchiveHitResponse::of).toList());
        // A retry with the same Idempotency-Key is answered as the first request was, and says it is a replay.
        ResponseEntity.BodyBuilder response = switch (outcome.result()) {
            case CREATED ->
                ResponseEntity.created(URI.create("/api/v1/professionals/" + professionalId + "/signals/"
                        + outcome.signal().id()));
            case ALREADY_ACTIVE -> ResponseEntity.ok();
        };
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(body);
    }

    @GetMapping
    List<SignalResponse> list(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @RequestParam(required = false) SignalStatus status) {
        return signals
                .ownSignals(
                        client.organisationId(),
                        new ProfessionalId(professionalId),
                        Optional.ofNullable(status),
                        Actor.apiClient(client.actorId()))
                .stream()
                .map(SignalResponse::of)
                .toList();
    }

    /** One signal, with the youth's name, birth date and address as the person register has them now (R-DATA). */
    @GetMapping("/{signalId}")
    SignalDetailResponse get(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID signalId) {
        SignalView view = signals.ownSignal(
                client.organisationId(),
                new ProfessionalId(professionalId),
                new SignalId(signalId),
                Actor.apiClient(client.actorId()));
        Asker asker = new Asker(
                Actor.apiClient(client.actorId()), client.organisationId(), new ProfessionalId(professionalId));
        return new SignalDetailResponse(SignalResponse.of(view), personDetails.of(view, asker));
    }

    @PostMapping(path = "/{signalId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EndResponse> end(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID signalId,
            @Valid @RequestBody EndSignalRequest request) {
        Optional<SignalView> archived = ending.end(
                client.organisationId(),
                new ProfessionalId(professionalId),
                new SignalId(signalId),
                request.reason(),
                Actor.apiClient(client.actorId()));
        return ResponseEntity.status(HttpStatus.OK)
                .body(new EndResponse(
                        signalId.toString(),
                        archived.isPresent() ? "ARCHIVED" : "DELETED",
                        archived.map(SignalResponse::of).orElse(null)));
    }

    /** R-ACTIVE-2Y: a new period of at most two years from today. */
    @PostMapping("/{signalId}/extend")
    SignalResponse extend(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID signalId) {
        return SignalResponse.of(extension.extend(
                client.organisationId(),
                new ProfessionalId(professionalId),
                new SignalId(signalId),
                Actor.apiClient(client.actorId())));
    }

    /** R-TRANSFER: to a designated colleague of the same organisation; the matches follow the signal. */
    @PostMapping(path = "/{signalId}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    SignalResponse transfer(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID signalId,
            @Valid @RequestBody TransferRequest request) {
        return SignalResponse.of(transfer.transfer(
                client.organisationId(),
                new ProfessionalId(professionalId),
                new SignalId(signalId),
                new ProfessionalId(request.toProfessionalId()),
                Actor.apiClient(client.actorId())));
    }

    /** R-NOBSN: the BSN of a youth registered without one became known; the index merges the two. */
    @PostMapping(path = "/{signalId}/bsn", consumes = MediaType.APPLICATION_JSON_VALUE)
    SignalResponse identify(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID signalId,
            @Valid @RequestBody BsnRequest request) {
        return SignalResponse.of(merge.identify(
                client.organisationId(),
                new ProfessionalId(professionalId),
                new SignalId(signalId),
                Bsn.parse(request.bsn()),
                Actor.apiClient(client.actorId())));
    }
}
