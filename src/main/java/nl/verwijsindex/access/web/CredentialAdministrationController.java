// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.access.ApiClients.IssuedToken;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.MunicipalSupervisors.NewSupervisor;
import nl.verwijsindex.access.PrivacyDesks;
import nl.verwijsindex.access.RegionCoordinators;
import nl.verwijsindex.access.SupervisorId;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * The functional administrator's API for credentials: those of organisations' systems, of region coordinators
 * and of municipal supervisors, each token shown once. The same path and token as the directory's
 * administration API ({@code /api/v1/admin}), guarded by the administrator chain in {@link ApiSecurityConfiguration}.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class CredentialAdministrationController {

    private final DirectoryAdministration directory;
    private final ApiClients apiClients;
    private final RegionCoordinators regionCoordinators;
    private final MunicipalSupervisors supervisors;
    private final PrivacyDesks privacyDesks;

    CredentialAdministrationController(
            DirectoryAdministration directory,
            ApiClients apiClients,
            RegionCoordinators regionCoordinators,
            MunicipalSupervisors supervisors,
            PrivacyDesks privacyDesks) {
        this.directory = directory;
        this.apiClients = apiClients;
        this.regionCoordinators = regionCoordinators;
        this.supervisors = supervisors;
        this.privacyDesks = privacyDesks;
    }

    @PostMapping(path = "/organisations/{organisationId}/api-clients", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issue(@PathVariable UUID organisationId, @Valid @RequestBody ApiClientRequest request) {
        return TokenResponse.of(apiClients.issue(
                directory.requireOrganisation(new OrganisationId(organisationId)), request.description()));
    }

    /**
     * A new secret; with {@code overlap} (ISO 8601, e.g. {@code PT24H}, at most 30 days) the old token keeps working
     * that long, so the system can switch without an outage; without it, the old token stops at once (a leaked one).
     */
    @PostMapping("/api-clients/{clientId}/rotate")
    TokenResponse rotate(@PathVariable UUID clientId, @RequestParam(required = false) String overlap) {
        return TokenResponse.of(apiClients.rotate(clientId, overlap(overlap)));
    }

    @PostMapping("/api-clients/{clientId}/revoke")
    void revoke(@PathVariable UUID clientId) {
        apiClients.revoke(clientId);
    }

    /** A credential for the region coordinator of a covenant region (R-DELETE-ONLY-REGION). */
    @PostMapping(path = "/regions/{regionCode}/coordinators", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issueRegionCoordinator(
            @PathVariable String regionCode, @Valid @RequestBody CoordinatorRequest request) {
        return TokenResponse.of(regionCoordinators.issue(regionCode, request.name()));
    }

    /** A new secret for a region coordinator, with an optional overlap as for an organisation's system. */
    @PostMapping("/region-coordinators/{credentialId}/rotate")
    TokenResponse rotateRegionCoordinator(
            @PathVariable UUID credentialId, @RequestParam(required = false) String overlap) {
        return TokenResponse.of(regionCoordinators.rotate(credentialId, overlap(overlap)));
    }

    @PostMapping("/region-coordinators/{credentialId}/revoke")
    void revokeRegionCoordinator(@PathVariable UUID credentialId) {
        regionCoordinators.revoke(credentialId);
    }

    /** A credential for the privacy desk API of a municipality (R-REQUEST), shown this once. */
    @PostMapping(
            path = "/municipalities/{cbsCode}/privacy-desk-credentials",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issuePrivacyDesk(@PathVariable String cbsCode, @Valid @RequestBody CoordinatorRequest request) {
        return TokenResponse.of(privacyDesks.issue(cbsCode, request.name()));
    }

    /** A new secret for a privacy desk, with an optional overlap as for an organisation's system. */
    @PostMapping("/privacy-desk-credentials/{credentialId}/rotate")
    TokenResponse rotatePrivacyDesk(@PathVariable UUID credentialId, @RequestParam(required = false) String overlap) {
        return TokenResponse.of(privacyDesks.rotate(credentialId, overlap(overlap)));
    }

    @PostMapping("/privacy-desk-credentials/{credentialId}/revoke")
    void revokePrivacyDesk(@PathVariable UUID credentialId) {
        privacyDesks.revoke(credentialId);
    }

    /** A municipal supervisor (R-SUPERVISE) with a credential for the supervisor API, shown this once. */
    @PostMapping(path = "/municipalities/{cbsCode}/supervisors", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse addSupervisor(@PathVariable String cbsCode, @Valid @RequestBody SupervisorRequest request) {
        return TokenResponse.of(
                supervisors.add(cbsCode, new NewSupervisor(request.name(), request.email(), request.phone())));
    }

    @GetMapping("/municipalities/{cbsCode}/supervisors")
    List<SupervisorResponse> supervisors(@PathVariable String cbsCode) {
        return supervisors.of(cbsCode).stream()
                .map(s ->
                        new SupervisorResponse(s.id().toString(), s.municipalityCode(), s.name(), s.email(), s.phone()))
                .toList();
    }

    /** A new secret for a supervisor, with an optional overlap as for an organisation's system. */
    @PostMapping("/municipalities/{cbsCode}/supervisors/{supervisorId}/rotate")
    TokenResponse rotateSupervisor(
            @PathVariable String cbsCode,
            @PathVariable UUID supervisorId,
            @RequestParam(required = false) String overlap) {
        return TokenResponse.of(supervisors.rotate(cbsCode, new SupervisorId(supervisorId), overlap(overlap)));
    }

    /** Removes the supervisor: their credential stops working at once. */
    @DeleteMapping("/municipalities/{cbsCode}/supervisors/{supervisorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSupervisor(@PathVariable String cbsCode, @PathVariable UUID supervisorId) {
        supervisors.remove(cbsCode, new SupervisorId(supervisorId));
    }

    private static Duration overlap(String overlap) {
        if (overlap == null || overlap.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(overlap.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-overlap",
                    "Geef de overlap als ISO 8601-duur, bijvoorbeeld PT24H voor een dag; hoogstens 30 dagen.");
        }
    }

    record SupervisorRequest(
            @NotBlank(message = "Vul de naam van de regievoerder in.") @Size(max = 200, message = "De naam is te lang.")
            String name,

            @NotBlank(message = "Vul een werk-e-mailadres in.") @Email(message = "Dit is geen geldig e-mailadres.")
            String email,

            @NotBlank(message = "Vul een telefoonnummer in.")
            @Size(max = 30, message = "Het telefoonnummer is te lang.")
            String phone) {}

    record SupervisorResponse(String id, String municipalityCode, String name, String email, String phone) {}

    record CoordinatorRequest(
            @NotBlank(message = "Vul de naam van de regiocoördinator of het privacyloket in.")
            @Size(max = 200, message = "De naam is te lang.")
            String name) {}

    record ApiClientRequest(
            @NotBlank(message = "Beschrijf de koppeling, bijvoorbeeld de naam van het systeem.")
            @Size(max = 200, message = "De beschrijving is te lang.")
            String description) {}

    /** A token, shown this once, and when it stops working unless it is rotated before. */
    record TokenResponse(String clientId, String token, OffsetDateTime expiresAt, String notice) {

        static TokenResponse of(IssuedToken issued) {
            return new TokenResponse(
                    issued.clientId().toString(),
                    issued.token(),
                    issued.expiresAt(),
                    "Bewaar deze sleutel nu: hij wordt niet opnieuw getoond. Vervang hem voor de vervaldatum.");
        }

        @Override
        public String toString() {
            return "TokenResponse[" + clientId + "]";
        }
    }
}
