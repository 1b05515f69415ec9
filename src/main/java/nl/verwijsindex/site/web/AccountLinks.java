// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.AccountOverview;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.Municipality;
import nl.verwijsindex.covenant.Covenants.RegionSummary;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.StaffMember;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.OrganisationOverview;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;

/** What an account is linked to, in words, and what the administrator can link a new account to. */
@Component
class AccountLinks {

    private final Directory directory;
    private final DirectoryAdministration administration;
    private final Covenants covenants;

    AccountLinks(Directory directory, DirectoryAdministration administration, Covenants covenants) {
        this.directory = directory;
        this.covenants = covenants;
        this.administration = administration;
    }

    Map<AccountId, String> describe(Collection<AccountOverview> accounts) {
        Map<ProfessionalId, ProfessionalContact> professionals = directory.contacts(accounts.stream()
                .map(AccountOverview::professional)
                .filter(Objects::nonNull)
                .toList());
        Map<OrganisationId, String> organisations = directory.organisationNames(accounts.stream()
                .map(AccountOverview::organisation)
                .filter(Objects::nonNull)
                .toList());
        Map<String, String> regions =
                covenants.regions().stream().collect(Collectors.toMap(RegionSummary::code, RegionSummary::name));
        Map<AccountId, String> described = new HashMap<>();
        for (AccountOverview a : accounts) {
            described.put(
                    a.id(),
                    switch (a.role()) {
                        case PROFESSIONAL ->
                            professionals.containsKey(a.professional())
                                    ? professionals.get(a.professional()).name() + " ("
                                            + professionals
                                                    .get(a.professional())
                                                    .organisationName() + ")"
                                    : "Professional";
                        case ORGANISATION_COORDINATOR -> organisations.getOrDefault(a.organisation(), "Organisatie");
                        case MUNICIPAL_SUPERVISOR, PRIVACY_DESK ->
                            covenants
                                    .municipality(a.municipalityCode())
                                    .map(Municipality::name)
                                    .orElse(a.municipalityCode());
                        case REGION_COORDINATOR -> regions.getOrDefault(a.regionCode(), a.regionCode());
                        case ADMINISTRATOR, DATA_PROTECTION_OFFICER -> "De hele installatie";
                    });
        }
        return described;
    }

    /** The role as the Dutch user interface names it; templates use it as {@code @accountLinks.label(role)}. */
    public String label(Role role) {
        return switch (role) {
            case PROFESSIONAL -> "Meldingsbevoegde professional";
            case ORGANISATION_COORDINATOR -> "Instellingscoördinator";
            case MUNICIPAL_SUPERVISOR -> "Regievoerder gemeente";
            case REGION_COORDINATOR -> "Regiocoördinator";
            case ADMINISTRATOR -> "Functioneel beheerder";
            case DATA_PROTECTION_OFFICER -> "Functionaris gegevensbescherming";
            case PRIVACY_DESK -> "Privacyloket gemeente";
        };
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    Choices choices() {
        List<OrganisationOverview> organisations = administration.organisations();
        List<RegionSummary> regions = covenants.regions();
        List<Municipality> municipalities = regions.stream()
                .flatMap(r -> covenants.municipalitiesOf(r.code()).stream())
                .toList();
        List<OrganisationStaff> staff = organisations.stream()
                .map(o -> new OrganisationStaff(
                        o.name(),
                        directory.staffOf(o.id()).stream()
                                .filter(m -> m.leftOn() == null)
                                .toList()))
                .filter(o -> !o.staff().isEmpty())
                .toList();
        return new Choices(staff, organisations, municipalities, regions);
    }

    record Choices(
            List<OrganisationStaff> professionals,
            List<OrganisationOverview> organisations,
            List<Municipality> municipalities,
            List<RegionSummary> regions) {}

    record OrganisationStaff(String organisation, List<StaffMember> staff) {}

    /** The field a role's account is linked by; "rol" for a role without one. */
    public static String linkFieldOf(Role role) {
        return switch (role) {
            case PROFESSIONAL -> "professional";
            case ORGANISATION_COORDINATOR -> "organisatie";
            case MUNICIPAL_SUPERVISOR, PRIVACY_DESK -> "gemeente";
            case REGION_COORDINATOR -> "regio";
            case ADMINISTRATOR, DATA_PROTECTION_OFFICER -> "rol";
        };
    }

    /** Role name to its link field, for the account form's radio buttons (its script shows that field). */
    static Map<String, String> linkFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            fields.put(role.name(), linkFieldOf(role));
        }
        return fields;
    }
}
