package nl.verwijsindex.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.directory.ApiClients;
import nl.verwijsindex.directory.ApiClients.IssuedToken;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.MunicipalSupervisors;
import nl.verwijsindex.directory.MunicipalSupervisors.NewSupervisor;
import nl.verwijsindex.directory.RegionCoordinators;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;

/**
 * The functional administrator's API: municipal supervisors, organisations' professionals and the
 * credentials of organisations' systems (regions, municipalities and new organisations in their covenants:
 * {@code covenant.web}). Until the web application (issue 6) this is how a deployment is
 * set up and kept right. Requires the administrator token ({@code verwijsindex.admin.token-sha256}).
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdministrationController {

    private final DirectoryAdministration directory;
    private final StaffAdministration staff;
    private final ApiClients apiClients;
    private final RegionCoordinators regionCoordinators;
    private final MunicipalSupervisors supervisors;

    AdministrationController(DirectoryAdministration directory, StaffAdministration staff, ApiClients apiClients,
                             RegionCoordinators regionCoordinators, MunicipalSupervisors supervisors) {
        this.staff = staff;
        this.regionCoordinators = regionCoordinators;
        this.supervisors = supervisors;
        this.directory = directory;
        this.apiClients = apiClients;
    }

    @PostMapping(path = "/organisations/{organisationId}/professionals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created addProfessional(@PathVariable UUID organisationId, @Valid @RequestBody ProfessionalRequest request) {
        return new Created(staff.addProfessional(new NewProfessional(null, new OrganisationId(organisationId),
                request.name(), request.email(), request.phone(), Boolean.TRUE.equals(request.designated()))).toString());
    }

    @PostMapping(path = "/professionals/{professionalId}/designation", consumes = MediaType.APPLICATION_JSON_VALUE)
    void designate(@PathVariable UUID professionalId, @Valid @RequestBody DesignationRequest request) {
        staff.designate(new ProfessionalId(professionalId), request.designated());
    }

    /** R-BSN-HIDDEN: an organisation whose professionals may not use the BSN. */
    @PostMapping(path = "/organisations/{organisationId}/bsn-authorisation", consumes = MediaType.APPLICATION_JSON_VALUE)
    void authoriseBsnUse(@PathVariable UUID organisationId, @Valid @RequestBody BsnAuthorisationRequest request) {
        directory.authoriseBsnUse(new OrganisationId(organisationId), request.bsnAuthorised());
    }

    record BsnAuthorisationRequest(@NotNull(message = "Geef aan of de professionals het BSN mogen gebruiken.") Boolean bsnAuthorised) {
    }

    @PostMapping(path = "/professionals/{professionalId}/left", consumes = MediaType.APPLICATION_JSON_VALUE)
    void markLeft(@PathVariable UUID professionalId, @Valid @RequestBody LeftRequest request) {
        staff.markLeft(new ProfessionalId(professionalId), request.leftOn());
    }

    @PostMapping(path = "/organisations/{organisationId}/api-clients", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issue(@PathVariable UUID organisationId, @Valid @RequestBody ApiClientRequest request) {
        return TokenResponse.of(apiClients.issue(directory.requireOrganisation(new OrganisationId(organisationId)),
                request.description()));
    }

    @PostMapping("/api-clients/{clientId}/rotate")
    TokenResponse rotate(@PathVariable UUID clientId) {
        return TokenResponse.of(apiClients.rotate(clientId));
    }

    @PostMapping("/api-clients/{clientId}/revoke")
    void revoke(@PathVariable UUID clientId) {
        apiClients.revoke(clientId);
    }

    /** A credential for the region coordinator of a covenant region (R-DELETE-ONLY-REGION). */
    @PostMapping(path = "/regions/{regionCode}/coordinators", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issueRegionCoordinator(@PathVariable String regionCode, @Valid @RequestBody CoordinatorRequest request) {
        return TokenResponse.of(regionCoordinators.issue(regionCode, request.name()));
    }

    @PostMapping("/region-coordinators/{credentialId}/revoke")
    void revokeRegionCoordinator(@PathVariable UUID credentialId) {
        regionCoordinators.revoke(credentialId);
    }

    /** A municipal supervisor (R-SUPERVISE) with a credential for the supervisor API, shown this once. */
    @PostMapping(path = "/municipalities/{cbsCode}/supervisors", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse addSupervisor(@PathVariable String cbsCode, @Valid @RequestBody SupervisorRequest request) {
        return TokenResponse.of(supervisors.add(cbsCode, new NewSupervisor(request.name(), request.email(), request.phone())));
    }

    @GetMapping("/municipalities/{cbsCode}/supervisors")
    List<SupervisorResponse> supervisors(@PathVariable String cbsCode) {
        return supervisors.of(cbsCode).stream()
                .map(s -> new SupervisorResponse(s.id().toString(), s.municipalityCode(), s.name(), s.email(), s.phone()))
                .toList();
    }

    /** Removes the supervisor: their credential stops working at once. */
    @DeleteMapping("/municipalities/{cbsCode}/supervisors/{supervisorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeSupervisor(@PathVariable String cbsCode, @PathVariable UUID supervisorId) {
        supervisors.remove(cbsCode, supervisorId);
    }

    record SupervisorRequest(
            @NotBlank(message = "Vul de naam van de regievoerder in.") @Size(max = 200, message = "De naam is te lang.") String name,
            @NotBlank(message = "Vul een werk-e-mailadres in.") @Email(message = "Dit is geen geldig e-mailadres.") String email,
            @NotBlank(message = "Vul een telefoonnummer in.") @Size(max = 30, message = "Het telefoonnummer is te lang.") String phone) {
    }

    record SupervisorResponse(String id, String municipalityCode, String name, String email, String phone) {
    }

    record CoordinatorRequest(@NotBlank(message = "Vul de naam van de regiocoördinator in.")
                              @Size(max = 200, message = "De naam is te lang.") String name) {
    }

    record Created(String id) {
    }

    record ProfessionalRequest(
            @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "De naam is te lang.") String name,
            @NotBlank(message = "Vul een werk-e-mailadres in.") @Email(message = "Dit is geen geldig e-mailadres.") String email,
            @NotBlank(message = "Vul een telefoonnummer in.") @Size(max = 30, message = "Het telefoonnummer is te lang.") String phone,
            Boolean designated) {
    }

    record DesignationRequest(@NotNull(message = "Geef aan of de professional is aangewezen.") Boolean designated) {
    }

    record LeftRequest(@NotNull(message = "Vul de datum van vertrek in.") LocalDate leftOn) {
    }

    record ApiClientRequest(@NotBlank(message = "Beschrijf de koppeling, bijvoorbeeld de naam van het systeem.")
                            @Size(max = 200, message = "De beschrijving is te lang.") String description) {
    }

    record TokenResponse(String clientId, String token, String notice) {

        static TokenResponse of(IssuedToken issued) {
            return new TokenResponse(issued.clientId().toString(), issued.token(),
                    "Bewaar deze sleutel nu: hij wordt niet opnieuw getoond.");
        }

        @Override
        public String toString() {
            return "TokenResponse[" + clientId + "]";
        }
    }
}
