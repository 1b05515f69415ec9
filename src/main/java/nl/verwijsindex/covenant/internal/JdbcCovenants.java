package nl.verwijsindex.covenant.internal;

import java.time.LocalDate;
import java.util.Collection;
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
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.directory.CovenantParties;
import nl.verwijsindex.directory.OrganisationId;

/** Answers from the covenant tables; also the directory's port for R-MELDER. */
@Service
@Transactional(readOnly = true)
class JdbcCovenants implements Covenants, CovenantParties {

    private static final RowMapper<Municipality> MUNICIPALITY = (rs, n) -> new Municipality(rs.getString("cbs_code"),
            rs.getString("name"), rs.getString("region_code"));

    private final JdbcClient jdbc;

    JdbcCovenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasRegion(String code) {
        return jdbc.sql("select exists (select 1 from region where code = :code)").param("code", code)
                .query(Boolean.class).single();
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
        // The organisation's name and category are the directory's; read here in the same query for the list.
        return jdbc.sql("""
                        select o.id, o.name, c.code, c.name as category_name, m.joined_on, m.left_on
                        from covenant_membership m
                        join organisation o on o.id = m.organisation_id
                        join organisation_category c on c.code = o.category_code
                        where m.region_code = :region
                        order by o.name, o.id""")
                .param("region", regionCode)
                .query((rs, n) -> new CovenantMember(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("code"), rs.getString("category_name"), rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class)))
                .list();
    }

    @Override
    public boolean suppressesSameOrganisationMatches(String regionCode) {
        return jdbc.sql("select suppress_same_organisation_matches from region where code = :code")
                .param("code", regionCode)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Override
    public String indexDisplayName(String regionCode) {
        return jdbc.sql("select index_display_name from region where code = :code")
                .param("code", regionCode)
                .query(String.class)
                .optional()
                .orElse(RegionSettings.DEFAULT_INDEX_DISPLAY_NAME);
    }

    @Override
    public Optional<Municipality> municipality(String cbsCode) {
        return jdbc.sql("select cbs_code, name, region_code from municipality where cbs_code = :code")
                .param("code", cbsCode)
                .query(MUNICIPALITY)
                .optional();
    }

    @Override
    public List<Municipality> municipalitiesOf(String regionCode) {
        return jdbc.sql("select cbs_code, name, region_code from municipality where region_code = :region order by cbs_code")
                .param("region", regionCode)
                .query(MUNICIPALITY)
                .list();
    }

    @Override
    public Set<String> institutionAddresses(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select addressable_object_id from institution_address where region_code in (:regions)")
                .param("regions", List.copyOf(regionCodes))
                .query(String.class)
                .list());
    }

    @Override
    public List<InstitutionAddress> institutionAddresses(String regionCode) {
        return jdbc.sql("select addressable_object_id, name from institution_address where region_code = :region order by name")
                .param("region", regionCode)
                .query((rs, n) -> new InstitutionAddress(rs.getString(1), rs.getString(2)))
                .list();
    }

    @Override
    public List<String> regionsOn(OrganisationId organisation, LocalDate day) {
        return jdbc.sql("""
                        select region_code from covenant_membership
                        where organisation_id = :org and joined_on <= :day and (left_on is null or left_on > :day)
                        order by region_code""")
                .param("org", organisation.value())
                .param("day", day)
                .query(String.class)
                .list();
    }

    @Override
    public Map<OrganisationId, List<String>> regionsEver(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select organisation_id, region_code from covenant_membership where organisation_id = any(:ids) order by region_code")
                .param("ids", organisations.stream().map(OrganisationId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new OrganisationId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
