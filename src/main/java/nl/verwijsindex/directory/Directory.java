package nl.verwijsindex.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Questions other modules ask about who takes part in the index. */
public interface Directory {

    /**
     * R-MELDER: the professional works for the acting organisation, has not left, is designated unless
     * the organisation's category needs no designation, and the organisation is party to a covenant on
     * {@code today}. With more than one covenant the caller names the region.
     *
     * @throws nl.verwijsindex.shared.DomainException with a Dutch message when any of it does not hold
     */
    Registrant authoriseRegistrant(OrganisationId actingOrganisation, ProfessionalId professional,
                                   Optional<String> regionCode, LocalDate today);

    /**
     * The professional, when they belong to the organisation; otherwise not found, so that an
     * organisation cannot learn about another's staff.
     */
    ProfessionalId requireProfessionalOf(OrganisationId organisation, ProfessionalId professional);

    /** R-MATCH-YOUTH: whether the region suppresses matches within one organisation. */
    boolean suppressesSameOrganisationMatches(String regionCode);

    Map<ProfessionalId, ProfessionalContact> contacts(Collection<ProfessionalId> professionals);

    Optional<ProfessionalContact> contact(ProfessionalId professional);

    List<ProfessionalSummary> professionalsOf(OrganisationId organisation);

    /**
     * R-COORDINATOR: the organisation's professionals with their contact details, designation and the day they
     * left, for the organisation coordinator who keeps them right. Only ever one organisation's own staff.
     */
    List<StaffMember> staffOf(OrganisationId organisation);

    /**
     * R-BSN-HIDDEN: whether the organisation's professionals may use the BSN. Those who may not register by
     * other identifying data and never see a BSN.
     */
    boolean bsnAuthorised(OrganisationId organisation);

    /**
     * R-MATCH-ADDRESS: the BAG ids ({@code adresseerbaarObjectIdentificatie}) of the addresses the regions
     * designated as institutions, where living together makes no address match.
     */
    Set<String> institutionAddresses(Collection<String> regionCodes);

    /** The covenants (regions) the organisation is party to on {@code today}, by name: to choose one when registering. */
    List<RegionSummary> covenantRegionsOf(OrganisationId organisation, LocalDate today);

    /** Display name of the index for a region (DESIGN decision 5), used in e-mails. */
    String indexDisplayName(String regionCode);

    /** R-CATEGORY: the category and domain of each organisation that exists; for the match director rules. */
    Map<OrganisationId, OrganisationCategory> categoriesOf(Collection<OrganisationId> organisations);

    /** The names of the organisations that exist. */
    Map<OrganisationId, String> organisationNames(Collection<OrganisationId> organisations);

    /** Whether the category exists (national or of a region). */
    boolean hasCategory(String categoryCode);

    Optional<Municipality> municipality(String cbsCode);

    /** The region's municipalities in CBS code order. */
    List<Municipality> municipalitiesOf(String regionCode);

    record OrganisationCategory(String code, String domain) {
    }

    record Municipality(String cbsCode, String name, String regionCode) {
    }

    record RegionSummary(String code, String name) {
    }

    /** @param leftOn the day the professional left or leaves the organisation, or null */
    record StaffMember(ProfessionalId id, String name, String email, String phone, boolean designated, LocalDate leftOn) {
    }

    record ProfessionalSummary(ProfessionalId id, String name, String email, boolean designated, boolean active) {
    }
}
