package nl.verwijsindex.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Keeping the directory right: organisations, their categories and their professionals; used by the
 * administrator, the organisation coordinator and the demo data. Covenants are the covenant module's.
 */
public interface DirectoryAdministration {

    OrganisationId addOrganisation(NewOrganisation organisation);

    /** @throws nl.verwijsindex.shared.DomainException not found when there is no such organisation */
    OrganisationId requireOrganisation(OrganisationId organisation);

    /** R-CATEGORY: the national categories and the region's own, by name. */
    List<Category> categories(String regionCode);

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
    List<OrganisationOverview> organisations();

    /** R-CATEGORY: the categories of organisation that may take part, national and per region. */
    List<Category> categories();

    /** R-BSN-HIDDEN: whether the organisation's professionals may use the BSN. */
    void authoriseBsnUse(OrganisationId organisation, boolean authorised);

    /** @param regionCodes the covenants the organisation is (or was) party to */
    record OrganisationOverview(OrganisationId id, String name, String oin, String kvkNumber, String categoryCode,
                                String categoryName, boolean bsnAuthorised, List<String> regionCodes) {
    }

    /** @param regionCode null for the national list */
    record Category(String code, String name, Domain domain, boolean designationRequired, String regionCode) {
    }

    /**
     * @param id            fixed id, or null for a new random one (fixed ids are for demo data)
     * @param oin           20-digit OIN, or null when a KvK number is given
     * @param kvkNumber     8-digit KvK number, or null when an OIN is given
     * @param categoryCode  one of the R-CATEGORY codes
     */
    record NewOrganisation(UUID id, String name, String oin, String kvkNumber, String categoryCode,
                           String coordinatorName, String coordinatorEmail, String coordinatorPhone) {
    }

    record NewProfessional(UUID id, OrganisationId organisation, String name, String email, String phone,
                           boolean designated) {
    }
}
