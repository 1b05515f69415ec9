// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

import java.util.List;
import java.util.UUID;

/**
 * Keeping the directory's organisations and their categories right (R-CATEGORY, R-BSN-HIDDEN): used by the
 * administrator and the demo data. Professionals: {@link StaffAdministration}; covenants: the covenant module.
 */
public interface DirectoryAdministration {

    OrganisationId addOrganisation(NewOrganisation organisation);

    /** @throws nl.verwijsindex.shared.DomainException not found when there is no such organisation */
    OrganisationId requireOrganisation(OrganisationId organisation);

    /** R-CATEGORY: the national categories and the region's own, by name. */
    List<Category> categories(String regionCode);

    /**
     * Every organisation in the directory with its category and covenants, by name: for the administrator, and
     * for the region coordinator to pick one that joins the covenant.
     */
    List<OrganisationOverview> organisations();

    /** R-CATEGORY: the categories of organisation that may take part, national and per region. */
    List<Category> categories();

    /**
     * R-CATEGORY: the categories the region admits on top of the national list, from now on (called by the
     * covenant module when it saves the region's settings, in its transaction). A category left out is withdrawn.
     *
     * @param categories each with its code, name and domain; {@code designationRequired} and {@code regionCode}
     *                   are ignored: a region's category needs designation and belongs to the region
     * @throws nl.verwijsindex.shared.DomainException conflict when a code is another region's or a national one,
     *                                                or when a withdrawn category is still an organisation's
     */
    void keepRegionCategories(String regionCode, List<Category> categories);

    /** R-BSN-HIDDEN: whether the organisation's professionals may use the BSN. */
    void authoriseBsnUse(OrganisationId organisation, boolean authorised);

    /** @param regionCodes the covenants the organisation is (or was) party to */
    record OrganisationOverview(
            OrganisationId id,
            String name,
            String oin,
            String kvkNumber,
            String categoryCode,
            String categoryName,
            boolean bsnAuthorised,
            List<String> regionCodes) {}

    /** @param regionCode null for the national list */
    record Category(String code, String name, Domain domain, boolean designationRequired, String regionCode) {}

    /**
     * @param id            fixed id, or null for a new random one (fixed ids are for demo data)
     * @param oin           20-digit OIN, or null when a KvK number is given
     * @param kvkNumber     8-digit KvK number, or null when an OIN is given
     * @param categoryCode  one of the R-CATEGORY codes
     */
    record NewOrganisation(
            UUID id,
            String name,
            String oin,
            String kvkNumber,
            String categoryCode,
            String coordinatorName,
            String coordinatorEmail,
            String coordinatorPhone) {}
}
