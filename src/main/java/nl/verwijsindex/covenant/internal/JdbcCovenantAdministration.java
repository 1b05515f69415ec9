// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.RegisteredAddress;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.NewOrganisation;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.ReferenceData;

/** Keeps regions, municipalities, memberships and institution addresses; refusals are clear errors. */
@Service
@Transactional
class JdbcCovenantAdministration implements CovenantAdministration {

    private final JdbcClient jdbc;
    private final Covenants covenants;
    private final DirectoryAdministration directory;

    private final ReferenceData reference;

    JdbcCovenantAdministration(
            JdbcClient jdbc, Covenants covenants, DirectoryAdministration directory, ReferenceData reference) {
        this.reference = reference;
        this.jdbc = jdbc;
        this.covenants = covenants;
        this.directory = directory;
    }

    @Override
    public void addRegion(String code, String name, boolean suppressSameOrganisationMatches) {
        reference.changed();
        try {
            jdbc.sql(
                            "insert into region (code, name, suppress_same_organisation_matches) values (:code, :name, :suppress)")
                    .param("code", code)
                    .param("name", name)
                    .param("suppress", suppressSameOrganisationMatches)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DomainException(Kind.CONFLICT, "region-exists", "Er is al een regio met deze code.");
        }
    }

    @Override
    public void addMunicipality(String cbsCode, String name, String regionCode) {
        reference.changed();
        requireRegion(regionCode);
        try {
            jdbc.sql("insert into municipality (cbs_code, name, region_code) values (:code, :name, :region)")
                    .param("code", cbsCode)
                    .param("name", name)
                    .param("region", regionCode)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DomainException(Kind.CONFLICT, "municipality-exists", "Deze gemeente is al bekend.");
        }
    }

    @Override
    public OrganisationId addOrganisationInCovenants(
            NewOrganisation organisation, List<String> regionCodes, LocalDate joinedOn) {
        regionCodes.forEach(this::requireRegion);
        requireCategoryOfTheRegions(organisation.categoryCode(), regionCodes);
        OrganisationId id = directory.addOrganisation(organisation);
        regionCodes.forEach(region -> joinCovenant(id, region, joinedOn));
        return id;
    }

    @Override
    public void joinCovenant(OrganisationId organisation, String regionCode, LocalDate joinedOn) {
        reference.changed();
        requireRegion(regionCode);
        jdbc.sql("""
                        insert into covenant_membership (organisation_id, region_code, joined_on) values (:org, :region, :on)
                        on conflict (organisation_id, region_code) do update set joined_on = excluded.joined_on, left_on = null""")
                .param("org", directory.requireOrganisation(organisation).value())
                .param("region", regionCode)
                .param("on", joinedOn)
                .update();
    }

    @Override
    public void leaveCovenant(OrganisationId organisation, String regionCode, LocalDate leftOn) {
        reference.changed();
        LocalDate joinedOn = jdbc.sql(
                        "select joined_on from covenant_membership where organisation_id = :org and region_code = :region")
                .param("org", organisation.value())
                .param("region", regionCode)
                .query(LocalDate.class)
                .optional()
                .orElseThrow(() -> new DomainException(
                        Kind.NOT_FOUND,
                        "not-in-covenant",
                        "Deze organisatie doet niet mee aan het convenant van uw regio."));
        if (leftOn.isBefore(joinedOn)) {
            throw new DomainException(
                    Kind.INVALID,
                    "left-before-joined",
                    "De datum van vertrek ligt voor de datum waarop de organisatie meedeed.");
        }
        jdbc.sql("update covenant_membership set left_on = :on where organisation_id = :org and region_code = :region")
                .param("org", organisation.value())
                .param("region", regionCode)
                .param("on", leftOn)
                .update();
    }

    @Override
    public void designateInstitutionAddress(String regionCode, String addressableObjectId, String name) {
        requireRegion(regionCode);
        if (addressableObjectId == null || !addressableObjectId.matches("[0-9]{16}")) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-addressable-object-id",
                    "Een adresseerbaar object (BAG) heeft een identificatie van 16 cijfers.");
        }
        jdbc.sql("""
                        insert into institution_address (region_code, addressable_object_id, name) values (:region, :id, :name)
                        on conflict (region_code, addressable_object_id) do update set name = excluded.name""")
                .param("region", regionCode)
                .param("id", addressableObjectId)
                .param("name", name)
                .update();
    }

    @Override
    public void designateInstitutionAddress(String regionCode, RegisteredAddress address, String name) {
        designateInstitutionAddress(regionCode, address.addressableObjectId(), name);
        jdbc.sql("""
                        update institution_address set street = :street, house_number = :number, house_letter = :letter,
                            addition = :addition, postcode = :postcode, town = :town
                        where region_code = :region and addressable_object_id = :id""")
                .param("street", address.street())
                .param("number", address.houseNumber())
                .param("letter", address.houseLetter())
                .param("addition", address.addition())
                .param("postcode", address.postcode())
                .param("town", address.town())
                .param("region", regionCode)
                .param("id", address.addressableObjectId())
                .update();
    }

    @Override
    public boolean withdrawInstitutionAddress(String regionCode, String addressableObjectId) {
        return jdbc.sql("delete from institution_address where region_code = :region and addressable_object_id = :id")
                        .param("region", regionCode)
                        .param("id", addressableObjectId)
                        .update()
                == 1;
    }

    /** R-CATEGORY: a region's own category is only for organisations party to that region's covenant. */
    private void requireCategoryOfTheRegions(String categoryCode, List<String> regionCodes) {
        directory.categories().stream()
                .filter(c -> c.code().equals(categoryCode) && c.regionCode() != null)
                .filter(c -> !regionCodes.contains(c.regionCode()))
                .findFirst()
                .ifPresent(c -> {
                    throw new DomainException(
                            Kind.INVALID,
                            "category-not-in-region",
                            "De categorie '" + c.name() + "' geldt alleen in een regio waarmee deze organisatie"
                                    + " geen convenant heeft. Kies een landelijke categorie of ook die regio.");
                });
    }

    private void requireRegion(String code) {
        if (!covenants.hasRegion(code)) {
            throw new DomainException(Kind.INVALID, "unknown-region", "Deze regio bestaat niet.");
        }
    }
}
