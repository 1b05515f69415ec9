// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.verwijsindex.directory.OrganisationId;

/** Questions other modules ask about the covenants: regions, their municipalities, members and institutions. */
public interface Covenants {

    boolean hasRegion(String code);

    /** The regions (covenants) of this deployment, by name. */
    List<RegionSummary> regions();

    /** The covenants (regions) the organisation is party to on {@code today}, by name: to choose one when registering. */
    List<RegionSummary> covenantRegionsOf(OrganisationId organisation, LocalDate today);

    /** The organisations that are or were party to the region's covenant, by name, with their dates. */
    List<CovenantMember> covenantMembers(String regionCode);

    /** R-MATCH-YOUTH: whether the region suppresses matches within one organisation. */
    boolean suppressesSameOrganisationMatches(String regionCode);

    /** Display name of the index for a region (DESIGN decision 5), used in e-mails. */
    String indexDisplayName(String regionCode);

    Optional<Municipality> municipality(String cbsCode);

    /** The region's municipalities in CBS code order. */
    List<Municipality> municipalitiesOf(String regionCode);

    /**
     * R-MATCH-ADDRESS: the BAG ids ({@code adresseerbaarObjectIdentificatie}) of the addresses the regions
     * designated as institutions, where living together makes no address match.
     */
    Set<String> institutionAddresses(Collection<String> regionCodes);

    /** R-MATCH-ADDRESS: the region's institution addresses, by name. */
    List<InstitutionAddress> institutionAddresses(String regionCode);

    record RegionSummary(String code, String name) {}

    record Municipality(String cbsCode, String name, String regionCode) {}

    /**
     * @param address the address as the register (BAG) gave it when the region coordinator confirmed it; null for an
     *                address designated by its id alone
     */
    record InstitutionAddress(String addressableObjectId, String name, RegisteredAddress address) {

        public InstitutionAddress(String addressableObjectId, String name) {
            this(addressableObjectId, name, null);
        }
    }

    /** @param leftOn null while the organisation is party to the covenant */
    record CovenantMember(
            OrganisationId id,
            String name,
            String categoryCode,
            String categoryName,
            LocalDate joinedOn,
            LocalDate leftOn) {}
}
