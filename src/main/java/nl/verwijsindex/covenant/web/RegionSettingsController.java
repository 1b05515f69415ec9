// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.web;

import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.InstitutionAddress;
import nl.verwijsindex.covenant.DirectorRuleList;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.covenant.RegionCategory;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * The region coordinator's settings of their own region (DESIGN decision 5), one resource behind three paths:
 * {@code /settings} holds all of them; {@code /coordination-settings} (deadline, Liberation Day, case
 * municipality, director rules) and {@code /institution-addresses} (R-MATCH-ADDRESS) are the parts clients
 * used before there was one. Every change goes through {@link RegionSettingsKeeper}: all of it or nothing.
 */
@RestController
@RequestMapping(path = "/api/v1/region", produces = MediaType.APPLICATION_JSON_VALUE)
class RegionSettingsController {

    private final RegionSettingsKeeper settings;
    private final Covenants covenants;
    private final CovenantAdministration administration;

    RegionSettingsController(
            RegionSettingsKeeper settings, Covenants covenants, CovenantAdministration administration) {
        this.settings = settings;
        this.covenants = covenants;
        this.administration = administration;
    }

    @GetMapping("/settings")
    SettingsResponse get(@AuthenticationPrincipal RegionCoordinatorPrincipal coordinator) {
        return SettingsResponse.of(current(coordinator));
    }

    /**
     * Replaces every setting; {@code directorRules} null means the defaults; {@code expiryReminderDays},
     * {@code registrationGuidance} and {@code ownCategories} null keep what the region has.
     */
    @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    SettingsResponse put(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @Valid @RequestBody SettingsRequest request) {
        DirectorRuleList rules = rules(request.directorRules());
        return SettingsResponse.of(change(coordinator, current -> {
            RegionSettings changed = current.changeGeneral(
                            request.indexDisplayName(),
                            request.suppressSameOrganisationMatches(),
                            request.deadlineWorkingDays(),
                            request.liberationDay(),
                            request.caseMunicipalityCode())
                    .changeDirectorRules(rules);
            if (request.expiryReminderDays() != null) {
                changed = changed.changeExpiryReminderDays(request.expiryReminderDays());
            }
            if (request.registrationGuidance() != null) {
                changed = changed.changeRegistrationGuidance(request.registrationGuidance());
            }
            return request.ownCategories() == null
                    ? changed
                    : changed.admitCategories(request.ownCategories().stream()
                            .map(c -> new RegionCategory(c.code(), c.name(), c.domain()))
                            .toList());
        }));
    }

    @GetMapping("/coordination-settings")
    CoordinationResponse coordination(@AuthenticationPrincipal RegionCoordinatorPrincipal coordinator) {
        return CoordinationResponse.of(current(coordinator));
    }

    /** Replaces the coordination settings; {@code directorRules} null means the defaults. */
    @PutMapping(path = "/coordination-settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    CoordinationResponse changeCoordination(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @Valid @RequestBody CoordinationRequest request) {
        DirectorRuleList rules = rules(request.directorRules());
        return CoordinationResponse.of(change(
                coordinator,
                current -> current.changeCoordination(
                        request.deadlineWorkingDays(),
                        request.liberationDay(),
                        request.caseMunicipalityCode(),
                        rules)));
    }

    private RegionSettings current(RegionCoordinatorPrincipal coordinator) {
        return settings.of(coordinator.regionCode());
    }

    /** One change of the coordinator's region, all or nothing, in the region's logbook under the coordinator. */
    private RegionSettings change(RegionCoordinatorPrincipal coordinator, UnaryOperator<RegionSettings> change) {
        return settings.change(coordinator.regionCode(), coordinator.actorId(), change);
    }

    @GetMapping("/institution-addresses")
    List<InstitutionAddress> institutionAddresses(@AuthenticationPrincipal RegionCoordinatorPrincipal coordinator) {
        return covenants.institutionAddresses(coordinator.regionCode());
    }

    /** R-MATCH-ADDRESS: living together at this address makes no address match in this region. */
    @PutMapping(path = "/institution-addresses/{addressableObjectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    InstitutionAddress designate(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @PathVariable String addressableObjectId,
            @Valid @RequestBody InstitutionRequest request) {
        administration.designateInstitutionAddress(coordinator.regionCode(), addressableObjectId, request.name());
        return new InstitutionAddress(addressableObjectId, request.name());
    }

    @DeleteMapping("/institution-addresses/{addressableObjectId}")
    ResponseEntity<Void> withdraw(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator, @PathVariable String addressableObjectId) {
        if (!administration.withdrawInstitutionAddress(coordinator.regionCode(), addressableObjectId)) {
            throw new DomainException(
                    Kind.NOT_FOUND,
                    "institution-address-not-found",
                    "Dit adres staat niet op de lijst met instellingen van uw regio.");
        }
        return ResponseEntity.noContent().build();
    }

    private static DirectorRuleList rules(List<RuleRequest> requested) {
        return requested == null
                ? null
                : new DirectorRuleList(requested.stream()
                        .map(r -> new Rule(r.kind(), r.ranking()))
                        .toList());
    }

    /** The name of the index is checked by {@link RegionSettings}, so a refusal carries its code. */
    record SettingsRequest(
            String indexDisplayName,

            @NotNull(message = "Geef aan of matches binnen één organisatie worden onderdrukt.")
            Boolean suppressSameOrganisationMatches,

            @Min(value = 1, message = "De herinnering komt ten minste 1 dag voor het einde.")
            @Max(value = 180, message = "De herinnering komt ten hoogste 180 dagen voor het einde.")
            Integer expiryReminderDays,

            @NotNull(message = "Vul de termijn in werkdagen in.")
            @Min(value = 1, message = "De termijn is ten minste 1 werkdag.")
            @Max(value = 30, message = "De termijn is ten hoogste 30 werkdagen.")
            Integer deadlineWorkingDays,

            @NotNull(message = "Kies of Bevrijdingsdag elk jaar of eens per vijf jaar een vrije dag is.")
            LiberationDay liberationDay,

            @Pattern(regexp = "GM[0-9]{4}", message = "Een CBS-gemeentecode is GM met 4 cijfers.")
            String caseMunicipalityCode,

            @Size(max = 10, message = "Ten hoogste 10 regels.")
            List<@Valid @NotNull RuleRequest> directorRules,

            String registrationGuidance,

            List<@NotNull(message = "Een categorie mag niet leeg zijn.") CategoryRequest> ownCategories) {}

    /** R-CATEGORY: a category the region admits; without a code it is new. Checked by {@link RegionCategory}. */
    record CategoryRequest(String code, String name, Domain domain) {}

    record CategoryResponse(String code, String name, String domain) {}

    record CoordinationRequest(
            @NotNull(message = "Vul de termijn in werkdagen in.")
            @Min(value = 1, message = "De termijn is ten minste 1 werkdag.")
            @Max(value = 30, message = "De termijn is ten hoogste 30 werkdagen.")
            Integer deadlineWorkingDays,

            @NotNull(message = "Kies of Bevrijdingsdag elk jaar of eens per vijf jaar een vrije dag is.")
            LiberationDay liberationDay,

            @Pattern(regexp = "GM[0-9]{4}", message = "Een CBS-gemeentecode is GM met 4 cijfers.")
            String caseMunicipalityCode,

            @Size(max = 10, message = "Ten hoogste 10 regels.")
            List<@Valid @NotNull RuleRequest> directorRules) {}

    record RuleRequest(
            @NotNull(message = "Kies het soort regel.") RuleKind kind, List<String> ranking) {}

    record InstitutionRequest(
            @NotBlank(message = "Vul de naam van de instelling in.") @Size(max = 200, message = "De naam is te lang.")
            String name) {}

    record SettingsResponse(
            String regionCode,
            String regionName,
            String indexDisplayName,
            boolean suppressSameOrganisationMatches,
            int expiryReminderDays,
            int deadlineWorkingDays,
            String liberationDay,
            String caseMunicipalityCode,
            boolean ownDirectorRules,
            List<RuleResponse> directorRules,
            String finalTieBreaker,
            String registrationGuidance,
            List<CategoryResponse> ownCategories) {

        static SettingsResponse of(RegionSettings s) {
            return new SettingsResponse(
                    s.regionCode(),
                    s.regionName(),
                    s.indexDisplayName(),
                    s.suppressSameOrganisationMatches(),
                    s.expiryReminderDays(),
                    s.deadlineWorkingDays(),
                    s.liberationDay().name(),
                    s.caseMunicipalityCode().orElse(null),
                    s.hasOwnDirectorRules(),
                    RuleResponse.of(s.directorRules()),
                    FINAL_TIE_BREAKER,
                    s.registrationGuidance(),
                    s.ownCategories().stream()
                            .map(c -> new CategoryResponse(
                                    c.code(), c.name(), c.domain().name()))
                            .toList());
        }
    }

    record CoordinationResponse(
            String regionCode,
            int deadlineWorkingDays,
            String liberationDay,
            String caseMunicipalityCode,
            boolean ownDirectorRules,
            List<RuleResponse> directorRules,
            String finalTieBreaker) {

        static CoordinationResponse of(RegionSettings s) {
            return new CoordinationResponse(
                    s.regionCode(),
                    s.deadlineWorkingDays(),
                    s.liberationDay().name(),
                    s.caseMunicipalityCode().orElse(null),
                    s.hasOwnDirectorRules(),
                    RuleResponse.of(s.directorRules()),
                    FINAL_TIE_BREAKER);
        }
    }

    record RuleResponse(String kind, List<String> ranking) {

        static List<RuleResponse> of(DirectorRuleList rules) {
            return rules.rules().stream()
                    .map(r -> new RuleResponse(r.kind().name(), r.ranking()))
                    .toList();
        }
    }

    /** R-DIRECTOR: the tie-breaker after every rule, fixed in the coordination module's DirectorRules. */
    private static final String FINAL_TIE_BREAKER = "EARLIEST_SIGNAL, then the lowest signal id";
}
