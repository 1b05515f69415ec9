package nl.verwijsindex.directory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeping the directory right: used by the region coordinator and organisation coordinator (screens come
 * with the web application) and by the demo data.
 */
public interface DirectoryAdministration {

    boolean hasRegion(String code);

    void addRegion(String code, String name, boolean suppressSameOrganisationMatches);

    void addMunicipality(String cbsCode, String name, String regionCode);

    OrganisationId addOrganisation(NewOrganisation organisation);

    /** A new organisation and its covenants, in one go: all of it or nothing. */
    OrganisationId addOrganisationInCovenants(NewOrganisation organisation, java.util.List<String> regionCodes,
                                              LocalDate joinedOn);

    /** @throws nl.verwijsindex.shared.DomainException not found when there is no such organisation */
    OrganisationId requireOrganisation(OrganisationId organisation);

    void joinCovenant(OrganisationId organisation, String regionCode, LocalDate joinedOn);

    /**
     * @throws nl.verwijsindex.shared.DomainException not found when the organisation is not party to the region's
     *                                                covenant, invalid when it would leave before it joined
     */
    void leaveCovenant(OrganisationId organisation, String regionCode, LocalDate leftOn);

    /** The organisations that are or were party to the region's covenant, by name, with their dates. */
    java.util.List<CovenantMember> covenantMembers(String regionCode);

    /** R-CATEGORY: the national categories and the region's own, by name. */
    java.util.List<Category> categories(String regionCode);

    /** The region's name and its own settings (DESIGN decision 5); empty when there is no such region. */
    java.util.Optional<RegionProfile> regionProfile(String regionCode);

    /**
     * The region's own settings: the name of the index its users see, and R-MATCH-YOUTH whether matches between
     * two professionals of one organisation are suppressed.
     */
    RegionProfile updateRegionProfile(String regionCode, String indexDisplayName, boolean suppressSameOrganisationMatches);

    ProfessionalId addProfessional(NewProfessional professional);

    void designate(ProfessionalId professional, boolean designated);

    void markLeft(ProfessionalId professional, LocalDate leftOn);

    /**
     * R-COORDINATOR: the organisation coordinator corrects a professional's contact details; notices not yet
     * delivered go to the new address, since an e-mail is addressed when it is sent.
     *
     * @throws nl.verwijsindex.shared.DomainException not found for an unknown professional, conflict when a
     *         colleague already has the e-mail address
     */
    void changeContactDetails(ProfessionalId professional, String name, String email, String phone);

    /**
     * Every organisation in the directory with its category and covenants, by name: for the administrator, and
     * for the region coordinator to pick one that joins the covenant.
     */
    java.util.List<OrganisationOverview> organisations();

    /** R-CATEGORY: the categories of organisation that may take part, national and per region. */
    java.util.List<Category> categories();

    /** The regions (covenants) of this deployment, by name. */
    java.util.List<Directory.RegionSummary> regions();

    /**
     * @param id            fixed id, or null for a new random one (fixed ids are for demo data)
     * @param oin           20-digit OIN, or null when a KvK number is given
     * @param kvkNumber     8-digit KvK number, or null when an OIN is given
     * @param categoryCode  one of the R-CATEGORY codes
     */
    /** R-BSN-HIDDEN: whether the organisation's professionals may use the BSN. */
    void authoriseBsnUse(OrganisationId organisation, boolean authorised);

    /**
     * R-MATCH-ADDRESS: the region designates the address (BAG {@code adresseerbaarObjectIdentificatie}, 16
     * digits) as an institution, where living together makes no address match. Designating it again
     * renames it.
     */
    void designateInstitutionAddress(String regionCode, String addressableObjectId, String name);

    /** @return whether the region had designated the address */
    boolean withdrawInstitutionAddress(String regionCode, String addressableObjectId);

    java.util.List<InstitutionAddress> institutionAddresses(String regionCode);

    /** @param regionCodes the covenants the organisation is (or was) party to */
    record OrganisationOverview(OrganisationId id, String name, String oin, String kvkNumber, String categoryCode,
                                String categoryName, boolean bsnAuthorised, java.util.List<String> regionCodes) {
    }

    /** @param regionCode null for the national list */
    record Category(String code, String name, String domain, boolean designationRequired, String regionCode) {
    }

    record InstitutionAddress(String addressableObjectId, String name) {
    }

    /** @param leftOn null while the organisation is party to the covenant */
    record CovenantMember(OrganisationId id, String name, String categoryCode, String categoryName, LocalDate joinedOn,
                          LocalDate leftOn) {
    }

    record RegionProfile(String code, String name, String indexDisplayName, boolean suppressSameOrganisationMatches) {
    }

    record NewOrganisation(UUID id, String name, String oin, String kvkNumber, String categoryCode,
                           String coordinatorName, String coordinatorEmail, String coordinatorPhone) {
    }

    record NewProfessional(UUID id, OrganisationId organisation, String name, String email, String phone,
                           boolean designated) {
    }
}
