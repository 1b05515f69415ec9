// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.ArchiveHit;
import nl.verwijsindex.signal.EndReason;
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
import nl.verwijsindex.signal.YouthReference;
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
        return new SignalDetailResponse(SignalResponse.of(view), personDetails.of(view));
    }

    /** @param person from the person register, now; the address is left out when it is secret (R-SECRET) */
    record SignalDetailResponse(@JsonUnwrapped SignalResponse signal, PersonDetails.Details person) {}

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

    record BsnRequest(
            @NotBlank(message = "Vul het BSN van de jeugdige in.") @Size(max = 20, message = "Een BSN heeft 9 cijfers.")
            String bsn) {

        @Override
        public String toString() {
            return "BsnRequest[***]";
        }
    }

    record TransferRequest(
            @NotNull(message = "Kies de collega naar wie het signaal gaat.")
            UUID toProfessionalId) {}

    /**
     * The youth is named in one of three ways: {@code bsn}; {@code person} (R-BSN-HIDDEN: surname, gender and
     * perhaps postcode, the index finds the BSN); or {@code withoutBsn} (R-NOBSN: surname and gender, the
     * index derives a verwijsindex number). The birth date is always needed.
     */
    record RegisterSignalRequest(
            @Size(max = 20, message = "Een BSN heeft 9 cijfers.")
            String bsn,

            @Valid PersonData person,
            @Valid PersonData withoutBsn,

            @NotNull(message = "Vul de geboortedatum van de jeugdige in (JJJJ-MM-DD).")
            LocalDate birthDate,

            @NotNull(message = "Geef aan of u de gronden voor een signaal heeft afgewogen.")
            Boolean groundsConfirmed,

            @Size(max = 40, message = "Deze regiocode is te lang.")
            String regionCode) {

        YouthReference youth() {
            int given = (bsn != null ? 1 : 0) + (person != null ? 1 : 0) + (withoutBsn != null ? 1 : 0);
            if (given != 1) {
                throw new DomainException(
                        Kind.INVALID,
                        "youth-reference-required",
                        "Noem de jeugdige op één manier: met het BSN (bsn), met achternaam en geslacht (person), "
                                + "of als de jeugdige geen BSN heeft (withoutBsn).");
            }
            if (bsn != null) {
                return new YouthReference.ByBsn(Bsn.parse(bsn));
            }
            if (person != null) {
                return new YouthReference.ByPersonData(person.surname(), birthDate, person.gender(), person.postcode());
            }
            return new YouthReference.WithoutBsn(withoutBsn.surname(), birthDate, withoutBsn.gender());
        }

        @Override
        public String toString() {
            return "RegisterSignalRequest[***]";
        }
    }

    /**
     * A youth named without a BSN: surname, gender M, V or O, and optionally a postcode. The surname may include
     * its prefix ("van den Heuvel"): the index splits a known prefix off into the register's {@code voorvoegsel}.
     * It takes the characters the BRP allows in a surname (letters, also accented, digits, space, full stop,
     * hyphen, apostrophe; at most 200) and never a wildcard; anything else is {@code 422 invalid-surname}.
     */
    @Schema(
            description =
                    "De jeugdige zonder BSN: achternaam (met voorvoegsel, zoals 'van den Heuvel'), geslacht M, V "
                            + "of O, en zo nodig de postcode. De achternaam bevat alleen letters (ook met accenten), cijfers, spaties, "
                            + "punten, koppeltekens en apostrofs, ten hoogste 200 tekens, zonder * of ?; anders 422 invalid-surname.")
    record PersonData(
            @Schema(example = "van den Heuvel")
            @NotBlank(message = "Vul de achternaam van de jeugdige in.")
            @Size(max = 200, message = "De achternaam is te lang.")
            String surname,

            @NotBlank(message = "Vul het geslacht in zoals het in de BRP staat: M, V of O.")
            @jakarta.validation.constraints.Pattern(regexp = "[MmVvOo]", message = "Het geslacht is M, V of O.")
            String gender,

            @jakarta.validation.constraints.Pattern(
                    regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}",
                    message = "Vul de postcode in als 1234AB.")
            String postcode) {

        @Override
        public String toString() {
            return "PersonData[***]";
        }
    }

    record EndSignalRequest(
            @NotNull(
                    message = "Kies een reden: RISK_GONE (zorg beëindigd of zorg weggenomen) of "
                            + "UNJUSTIFIED (signaal was onterecht).")
            EndReason reason) {}

    /**
     * @param bsn      absent when the organisation may not use the BSN (R-BSN-HIDDEN) or the youth has none
     * @param viNumber the verwijsindex number of a youth without a BSN (R-NOBSN)
     */
    record SignalResponse(
            String id,
            String bsn,
            String viNumber,
            String professionalId,
            String regionCode,
            OffsetDateTime registeredAt,
            LocalDate activeUntil,
            String status,
            OffsetDateTime endedAt,
            String endReason,
            LocalDate archivedUntil) {

        static SignalResponse of(SignalView v) {
            return new SignalResponse(
                    v.id().toString(),
                    v.bsn() == null ? null : v.bsn().value(),
                    v.viNumber(),
                    v.professionalId().toString(),
                    v.regionCode(),
                    v.registeredAt(),
                    v.activeUntil(),
                    v.status().name(),
                    v.endedAt(),
                    v.endReason() == null ? null : v.endReason().name(),
                    v.archivedUntil());
        }

        @Override
        public String toString() {
            return "SignalResponse[" + id + "]";
        }
    }

    record RegistrationResponse(SignalResponse signal, String result, List<ArchiveHitResponse> archiveHits) {}

    /** R-ARCHIVE-HIT: who had an earlier signal on this youth, shown this once. */
    record ArchiveHitResponse(
            String professionalName,
            String professionalEmail,
            String professionalPhone,
            String organisationName,
            OffsetDateTime registeredAt,
            OffsetDateTime endedAt) {

        static ArchiveHitResponse of(ArchiveHit hit) {
            ProfessionalContact p = hit.professional();
            return new ArchiveHitResponse(
                    p.name(), p.email(), p.phone(), p.organisationName(), hit.registeredAt(), hit.endedAt());
        }
    }

    record EndResponse(String signalId, String outcome, SignalResponse signal) {}
}
