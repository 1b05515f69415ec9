// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;

/**
 * The functional administrator's API for the directory: organisations' professionals. Regions, municipalities
 * and new organisations in their covenants are in {@code covenant.web}, credentials in {@code access.web},
 * under the same path. Requires the administrator token ({@code verwijsindex.admin.token-sha256}).
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdministrationController {

    private final DirectoryAdministration directory;
    private final StaffAdministration staff;

    AdministrationController(DirectoryAdministration directory, StaffAdministration staff) {
        this.staff = staff;
        this.directory = directory;
    }

    @PostMapping(path = "/organisations/{organisationId}/professionals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created addProfessional(@PathVariable UUID organisationId, @Valid @RequestBody ProfessionalRequest request) {
        return new Created(staff.addProfessional(new NewProfessional(
                        null,
                        new OrganisationId(organisationId),
                        request.name(),
                        request.email(),
                        request.phone(),
                        Boolean.TRUE.equals(request.designated())))
                .toString());
    }

    @PostMapping(path = "/professionals/{professionalId}/designation", consumes = MediaType.APPLICATION_JSON_VALUE)
    void designate(@PathVariable UUID professionalId, @Valid @RequestBody DesignationRequest request) {
        staff.designate(new ProfessionalId(professionalId), request.designated());
    }

    /** R-BSN-HIDDEN: an organisation whose professionals may not use the BSN. */
    @PostMapping(
            path = "/organisations/{organisationId}/bsn-authorisation",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    void authoriseBsnUse(@PathVariable UUID organisationId, @Valid @RequestBody BsnAuthorisationRequest request) {
        directory.authoriseBsnUse(new OrganisationId(organisationId), request.bsnAuthorised());
    }

    record BsnAuthorisationRequest(
            @NotNull(message = "Geef aan of de professionals het BSN mogen gebruiken.")
            Boolean bsnAuthorised) {}

    @PostMapping(path = "/professionals/{professionalId}/left", consumes = MediaType.APPLICATION_JSON_VALUE)
    void markLeft(@PathVariable UUID professionalId, @Valid @RequestBody LeftRequest request) {
        staff.markLeft(new ProfessionalId(professionalId), request.leftOn());
    }

    record Created(String id) {}

    record ProfessionalRequest(
            @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "De naam is te lang.")
            String name,

            @NotBlank(message = "Vul een werk-e-mailadres in.") @Email(message = "Dit is geen geldig e-mailadres.")
            String email,

            @NotBlank(message = "Vul een telefoonnummer in.")
            @Size(max = 30, message = "Het telefoonnummer is te lang.")
            String phone,

            Boolean designated) {}

    record DesignationRequest(
            @NotNull(message = "Geef aan of de professional is aangewezen.")
            Boolean designated) {}

    record LeftRequest(
            @NotNull(message = "Vul de datum van vertrek in.")
            LocalDate leftOn) {}
}
