// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.time.LocalDate;
import java.util.List;

import nl.verwijsindex.directory.DirectoryAdministration.NewOrganisation;
import nl.verwijsindex.directory.OrganisationId;

/**
 * Keeping the covenants right: regions and their municipalities (the administrator), who is party to a covenant
 * (the region coordinator) and the addresses a region designates as institutions. Every refusal is a clear
 * error, never a constraint violation.
 */
public interface CovenantAdministration {

    void addRegion(String code, String name, boolean suppressSameOrganisationMatches);

    void addMunicipality(String cbsCode, String name, String regionCode);

    /** A new organisation and its covenants, in one go: all of it or nothing. */
    OrganisationId addOrganisationInCovenants(
            NewOrganisation organisation, List<String> regionCodes, LocalDate joinedOn);

    void joinCovenant(OrganisationId organisation, String regionCode, LocalDate joinedOn);

    /**
     * @throws nl.verwijsindex.shared.DomainException not found when the organisation is not party to the region's
     *                                                covenant, invalid when it would leave before it joined
     */
    void leaveCovenant(OrganisationId organisation, String regionCode, LocalDate leftOn);

    /**
     * R-MATCH-ADDRESS: the region designates the address (BAG {@code adresseerbaarObjectIdentificatie}, 16
     * digits) as an institution, where living together makes no address match. Designating it again
     * renames it.
     */
    void designateInstitutionAddress(String regionCode, String addressableObjectId, String name);

    /**
     * R-MATCH-ADDRESS, issue 16: as {@link #designateInstitutionAddress(String, String, String)}, for the address the
     * region coordinator found in the address register (BAG) and confirmed; its street, number, postcode and place
     * are kept with it, so that people read the address instead of its id.
     */
    void designateInstitutionAddress(String regionCode, RegisteredAddress address, String name);

    /** @return whether the region had designated the address */
    boolean withdrawInstitutionAddress(String regionCode, String addressableObjectId);
}
