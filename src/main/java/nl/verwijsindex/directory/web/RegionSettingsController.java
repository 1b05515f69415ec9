package nl.verwijsindex.directory.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.InstitutionAddress;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * The region coordinator's settings of their own region (DESIGN decision 5): institution addresses. The region
 * is read from the access module's principal by property, so the directory does not depend on that module.
 */
@RestController
@RequestMapping(path = "/api/v1/region/institution-addresses", produces = MediaType.APPLICATION_JSON_VALUE)
class RegionSettingsController {

    /** The region of the logged-in region coordinator. */
    private static final String REGION = "regionCode()";

    private final DirectoryAdministration directory;

    RegionSettingsController(DirectoryAdministration directory) {
        this.directory = directory;
    }

    @GetMapping
    List<InstitutionAddress> list(@AuthenticationPrincipal(expression = REGION) String regionCode) {
        return directory.institutionAddresses(regionCode);
    }

    /** R-MATCH-ADDRESS: living together at this address makes no address match in this region. */
    @PutMapping(path = "/{addressableObjectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    InstitutionAddress designate(@AuthenticationPrincipal(expression = REGION) String regionCode,
                                 @PathVariable String addressableObjectId, @Valid @RequestBody InstitutionRequest request) {
        directory.designateInstitutionAddress(regionCode, addressableObjectId, request.name());
        return new InstitutionAddress(addressableObjectId, request.name());
    }

    @DeleteMapping("/{addressableObjectId}")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal(expression = REGION) String regionCode,
                                  @PathVariable String addressableObjectId) {
        if (!directory.withdrawInstitutionAddress(regionCode, addressableObjectId)) {
            throw new DomainException(Kind.NOT_FOUND, "institution-address-not-found",
                    "Dit adres staat niet op de lijst met instellingen van uw regio.");
        }
        return ResponseEntity.noContent().build();
    }

    record InstitutionRequest(@NotBlank(message = "Vul de naam van de instelling in.")
                              @Size(max = 200, message = "De naam is te lang.") String name) {
    }
}
