// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.NewOrganisation;

/**
 * The functional administrator's part of the covenants: regions, their municipalities, and a new organisation
 * with the covenants it joins. Requires the administrator token ({@code verwijsindex.admin.token-sha256}), as
 * everything under {@code /api/v1/admin}.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class CovenantAdministrationController {

    private final CovenantAdministration covenants;

    CovenantAdministrationController(CovenantAdministration covenants) {
        this.covenants = covenants;
    }

    @PostMapping(path = "/regions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created addRegion(@Valid @RequestBody RegionRequest request) {
        covenants.addRegion(
                request.code(), request.name(), Boolean.TRUE.equals(request.suppressSameOrganisationMatches()));
        return new Created(request.code());
    }

    @PostMapping(path = "/municipalities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created addMunicipality(@Valid @RequestBody MunicipalityRequest request) {
        covenants.addMunicipality(request.cbsCode(), request.name(), request.regionCode());
        return new Created(request.cbsCode());
    }

    @PostMapping(path = "/organisations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created addOrganisation(@Valid @RequestBody OrganisationRequest request) {
        return new Created(covenants
                .addOrganisationInCovenants(
                        new NewOrganisation(
                                null,
                                request.name(),
                                request.oin(),
                                request.kvkNumber(),
                                request.categoryCode(),
                                request.coordinatorName(),
                                request.coordinatorEmail(),
                                request.coordinatorPhone()),
                        request.regionCodes(),
                        request.joinedOn())
                .toString());
    }

    record Created(String id) {}

    record RegionRequest(
            @NotNull(message = "Vul een code in.")
            @Pattern(
                    regexp = "[a-z0-9-]{2,40}",
                    message = "Een regiocode heeft 2 tot 40 kleine letters, cijfers of streepjes.")
            String code,

            @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "De naam is te lang.")
            String name,

            Boolean suppressSameOrganisationMatches) {}

    record MunicipalityRequest(
            @NotNull(message = "Vul de CBS-code in.")
            @Pattern(regexp = "GM[0-9]{4}", message = "Een CBS-gemeentecode is GM met 4 cijfers, bijvoorbeeld GM0307.")
            String cbsCode,

            @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "De naam is te lang.")
            String name,

            @NotBlank(message = "Vul de regiocode in.") String regionCode) {}

    record OrganisationRequest(
            @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "De naam is te lang.")
            String name,

            @Pattern(regexp = "[0-9]{20}", message = "Een OIN heeft 20 cijfers.")
            String oin,

            @Pattern(regexp = "[0-9]{8}", message = "Een KvK-nummer heeft 8 cijfers.")
            String kvkNumber,

            @NotBlank(message = "Kies een categorie.") String categoryCode,

            @NotBlank(message = "Vul de naam van de instellingscoördinator in.")
            String coordinatorName,

            @NotBlank(message = "Vul het e-mailadres van de instellingscoördinator in.")
            @Email(message = "Dit is geen geldig e-mailadres.")
            String coordinatorEmail,

            @NotBlank(message = "Vul het telefoonnummer van de instellingscoördinator in.")
            @Size(max = 30, message = "Het telefoonnummer is te lang.")
            String coordinatorPhone,

            @NotEmpty(message = "Noem ten minste één regio waarmee de organisatie een convenant heeft.")
            List<String> regionCodes,

            @NotNull(message = "Vul de datum in waarop het convenant ingaat.")
            LocalDate joinedOn) {}
}
