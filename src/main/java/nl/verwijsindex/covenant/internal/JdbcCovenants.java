// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.covenant.RegisteredAddress;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.OrganisationCategory;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.Category;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.ReferenceData;

/** Answers from the covenant tables, with the names of organisations and categories from the directory. */
@Service
@Transactional(readOnly = true)
class JdbcCovenants implements Covenants {

    private static final RowMapper<Municipality> MUNICIPALITY =
            (rs, n) -> new Municipality(rs.getString("cbs_code"), rs.getString("name"), rs.getString("region_code"));

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DirectoryAdministration organisations;
    private final RegionSettingsKeeper settings;

    JdbcCovenants(
            JdbcClient jdbc,
            Directory directory,
            DirectoryAdministration organisations,
            RegionSettingsKeeper settings,
            ReferenceData reference) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.organisations = organisations;
        this.settings = settings;
        this.municipalities = reference.kept();
        this.municipalitiesOfRegion = reference.kept();
    }

    private static final String MUNICIPALITIES_OF_REGION =
            "select cbs_code, name, region_code from municipality where region_code = :region order by cbs_code";

    /** Issue 18 (docs/adr/0060): municipalities, by code and by region, kept across transactions until one changes. */
    private final ReferenceData.Kept<String, Optional<Municipality>> municipalities;

    private final ReferenceData.Kept<String, List<Municipality>> municipalitiesOfRegion;

    @Override
    public boolean hasRegion(String code) {
        return jdbc.sql("select exists (select 1 from region where code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    @Override
    public List<RegionSummary> regions() {
        return jdbc.sql("select code, name from region order by name")
                .query((rs, n) -> new RegionSummary(rs.getString(1), rs.getString(2)))
                .list();
    }

    @Override
    public List<RegionSummary> covenantRegionsOf(OrganisationId organisation, LocalDate today) {
        return jdbc.sql("""
                        select r.code, r.name from covenant_membership m join region r on r.code = m.region_code
                        where m.organisation_id = :org and m.joined_on <= :today and (m.left_on is null or m.left_on > :today)
                        order by r.name""")
                .param("org", organisation.value())
                .param("today", today)
                .query((rs, n) -> new RegionSummary(rs.getString("code"), rs.getString("name")))
                .list();
    }

    @Override
    public List<CovenantMember> covenantMembers(String regionCode) {
        List<Membership> memberships = jdbc.sql(
                        "select organisation_id, joined_on, left_on from covenant_membership where region_code = :region")
                .param("region", regionCode)
                .query((rs, n) -> new Membership(
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class)))
                .list();
        if (memberships.isEmpty()) {
            return List.of();
        }
        // Names and categories are the directory's: asked of it, not read from its tables.
        List<OrganisationId> ids =
                memberships.stream().map(Membership::organisation).toList();
        Map<OrganisationId, String> names = directory.organisationNames(ids);
        Map<OrganisationId, OrganisationCategory> categories = directory.categoriesOf(ids);
        Map<String, String> categoryNames =
                organisations.categories().stream().collect(Collectors.toMap(Category::code, Category::name));
        return memberships.stream()
                .map(m -> {
                    String category = categories.get(m.organisation()).code();
                    return new CovenantMember(
                            m.organisation(),
                            names.get(m.organisation()),
                            category,
                            categoryNames.get(category),
                            m.joinedOn(),
                            m.leftOn());
                })
                .sorted(Comparator.comparing(CovenantMember::name)
                        .thenComparing(member -> member.id().toString()))
                .toList();
    }

    private record Membership(OrganisationId organisation, LocalDate joinedOn, LocalDate leftOn) {}

    /** Once per transaction and region (issue 18), from the region's settings when the transaction read them. */
    @Override
    public boolean suppressesSameOrganisationMatches(String regionCode) {
        return settings.suppressesSameOrganisationMatches(regionCode);
    }

    @Override
    public String indexDisplayName(String regionCode) {
        return settings.indexDisplayName(regionCode);
    }

    @Override
    public Optional<Municipality> municipality(String cbsCode) {
        return municipalities.get(
                cbsCode,
                code -> jdbc.sql("select cbs_code, name, region_code from municipality where cbs_code = :code")
                        .param("code", code)
                        .query(MUNICIPALITY)
                        .optional());
    }

    @Override
    public List<Municipality> municipalitiesOf(String regionCode) {
        return municipalitiesOfRegion.get(
                regionCode,
                region -> List.copyOf(jdbc.sql(MUNICIPALITIES_OF_REGION)
                        .param("region", region)
                        .query(MUNICIPALITY)
                        .list()));
    }

    @Override
    public Set<String> institutionAddresses(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("select addressable_object_id from institution_address where region_code in (:regions)")
                        .param("regions", List.copyOf(regionCodes))
                        .query(String.class)
                        .list());
    }

    @Override
    public List<InstitutionAddress> institutionAddresses(String regionCode) {
        return jdbc.sql("""
                        select addressable_object_id, name, street, house_number, house_letter, addition, postcode, town
                        from institution_address where region_code = :region order by name""")
                .param("region", regionCode)
                .query((rs, n) -> new InstitutionAddress(
                        rs.getString("addressable_object_id"),
                        rs.getString("name"),
                        rs.getString("street") == null
                                ? null
                                : new RegisteredAddress(
                                        rs.getString("addressable_object_id"),
                                        rs.getString("street"),
                                        rs.getInt("house_number"),
                                        rs.getString("house_letter"),
                                        rs.getString("addition"),
                                        rs.getString("postcode"),
                                        rs.getString("town"))))
                .list();
    }
}
