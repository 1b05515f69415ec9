package nl.verwijsindex.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/** Keeps the directory right; every refusal is a clear error, never a constraint violation. */
@Service
@Transactional
class JdbcDirectoryAdministration implements DirectoryAdministration {

    private final JdbcClient jdbc;

    JdbcDirectoryAdministration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasRegion(String code) {
        return exists("select exists (select 1 from region where code = :id)", code);
    }

    @Override
    public void addRegion(String code, String name, boolean suppressSameOrganisationMatches) {
        insertOnce(() -> jdbc.sql("insert into region (code, name, suppress_same_organisation_matches) values (:code, :name, :suppress)")
                .param("code", code)
                .param("name", name)
                .param("suppress", suppressSameOrganisationMatches)
                .update(), "region-exists", "Er is al een regio met deze code.");
    }

    @Override
    public void addMunicipality(String cbsCode, String name, String regionCode) {
        requireRegion(regionCode);
        insertOnce(() -> jdbc.sql("insert into municipality (cbs_code, name, region_code) values (:code, :name, :region)")
                .param("code", cbsCode)
                .param("name", name)
                .param("region", regionCode)
                .update(), "municipality-exists", "Deze gemeente is al bekend.");
    }

    @Override
    public OrganisationId addOrganisation(NewOrganisation o) {
        if (o.oin() == null && o.kvkNumber() == null) {
            throw new DomainException(Kind.INVALID, "organisation-identifier-required",
                    "Vul het OIN of het KvK-nummer van de organisatie in.");
        }
        if (!exists("select exists (select 1 from organisation_category where code = :id)", o.categoryCode())) {
            throw new DomainException(Kind.INVALID, "unknown-category",
                    "Deze categorie bestaat niet. Kies een categorie uit de lijst van meldingsbevoegde instanties.");
        }
        UUID id = o.id() != null ? o.id() : UUID.randomUUID();
        insertOnce(() -> jdbc.sql("""
                        insert into organisation (id, name, oin, kvk_number, category_code, coordinator_name,
                                                  coordinator_email, coordinator_phone)
                        values (:id, :name, :oin, :kvk, :category, :cname, :cemail, :cphone)""")
                .param("id", id)
                .param("name", o.name())
                .param("oin", o.oin())
                .param("kvk", o.kvkNumber())
                .param("category", o.categoryCode())
                .param("cname", o.coordinatorName())
                .param("cemail", o.coordinatorEmail())
                .param("cphone", o.coordinatorPhone())
                .update(), "organisation-exists", "Er is al een organisatie met dit OIN.");
        return new OrganisationId(id);
    }

    @Override
    public OrganisationId addOrganisationInCovenants(NewOrganisation organisation, List<String> regionCodes, LocalDate joinedOn) {
        regionCodes.forEach(this::requireRegion);
        OrganisationId id = addOrganisation(organisation);
        regionCodes.forEach(region -> joinCovenant(id, region, joinedOn));
        return id;
    }

    @Override
    public OrganisationId requireOrganisation(OrganisationId organisation) {
        if (!exists("select exists (select 1 from organisation where id = cast(:id as uuid))", organisation.toString())) {
            throw new DomainException(Kind.NOT_FOUND, "organisation-not-found", "Deze organisatie bestaat niet.");
        }
        return organisation;
    }

    @Override
    public void joinCovenant(OrganisationId organisation, String regionCode, LocalDate joinedOn) {
        requireRegion(regionCode);
        jdbc.sql("""
                        insert into covenant_membership (organisation_id, region_code, joined_on) values (:org, :region, :on)
                        on conflict (organisation_id, region_code) do update set joined_on = excluded.joined_on, left_on = null""")
                .param("org", requireOrganisation(organisation).value())
                .param("region", regionCode)
                .param("on", joinedOn)
                .update();
    }

    @Override
    public void leaveCovenant(OrganisationId organisation, String regionCode, LocalDate leftOn) {
        LocalDate joinedOn = jdbc.sql("select joined_on from covenant_membership where organisation_id = :org and region_code = :region")
                .param("org", organisation.value())
                .param("region", regionCode)
                .query(LocalDate.class)
                .optional()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "not-in-covenant",
                        "Deze organisatie doet niet mee aan het convenant van uw regio."));
        if (leftOn.isBefore(joinedOn)) {
            throw new DomainException(Kind.INVALID, "left-before-joined",
                    "De datum van vertrek ligt voor de datum waarop de organisatie meedeed.");
        }
        jdbc.sql("update covenant_membership set left_on = :on where organisation_id = :org and region_code = :region")
                .param("org", organisation.value())
                .param("region", regionCode)
                .param("on", leftOn)
                .update();
    }

    @Override
    public List<CovenantMember> covenantMembers(String regionCode) {
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
    public List<Category> categories(String regionCode) {
        return jdbc.sql("""
                        select code, name, domain, designation_required, region_code from organisation_category
                        where region_code is null or region_code = :region order by name""")
                .param("region", regionCode)
                .query((rs, n) -> new Category(rs.getString("code"), rs.getString("name"), rs.getString("domain"),
                        rs.getBoolean("designation_required"), rs.getString("region_code")))
                .list();
    }

    @Override
    public Optional<RegionProfile> regionProfile(String regionCode) {
        return jdbc.sql("select code, name, index_display_name, suppress_same_organisation_matches from region where code = :code")
                .param("code", regionCode)
                .query((rs, n) -> new RegionProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    @Override
    public RegionProfile updateRegionProfile(String regionCode, String indexDisplayName, boolean suppressSameOrganisationMatches) {
        String name = indexDisplayName == null ? "" : indexDisplayName.strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new DomainException(Kind.INVALID, "invalid-index-display-name",
                    "Vul de naam van de verwijsindex in: ten hoogste 60 tekens.");
        }
        jdbc.sql("update region set index_display_name = :name, suppress_same_organisation_matches = :suppress where code = :code")
                .param("code", regionCode)
                .param("name", name)
                .param("suppress", suppressSameOrganisationMatches)
                .update();
        return regionProfile(regionCode).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unknown-region",
                "Deze regio bestaat niet."));
    }

    @Override
    public ProfessionalId addProfessional(NewProfessional p) {
        requireOrganisation(p.organisation());
        UUID id = p.id() != null ? p.id() : UUID.randomUUID();
        insertOnce(() -> jdbc.sql("""
                        insert into professional (id, organisation_id, name, email, phone, designated)
                        values (:id, :org, :name, :email, :phone, :designated)""")
                .param("id", id)
                .param("org", p.organisation().value())
                .param("name", p.name())
                .param("email", p.email())
                .param("phone", p.phone())
                .param("designated", p.designated())
                .update(), "professional-exists", "Deze organisatie heeft al een professional met dit e-mailadres.");
        return new ProfessionalId(id);
    }

    @Override
    public void designate(ProfessionalId professional, boolean designated) {
        requireUpdated(jdbc.sql("update professional set designated = :designated where id = :id")
                .param("id", professional.value())
                .param("designated", designated)
                .update());
    }

    @Override
    public void markLeft(ProfessionalId professional, LocalDate leftOn) {
        requireUpdated(jdbc.sql("update professional set left_on = :on where id = :id")
                .param("id", professional.value())
                .param("on", leftOn)
                .update());
    }

    @Override
    public void changeContactDetails(ProfessionalId professional, String name, String email, String phone) {
        insertOnce(() -> requireUpdated(jdbc.sql("update professional set name = :name, email = :email, phone = :phone where id = :id")
                .param("id", professional.value())
                .param("name", name)
                .param("email", email)
                .param("phone", phone)
                .update()), "professional-exists", "Deze organisatie heeft al een professional met dit e-mailadres.");
    }

    @Override
    public List<OrganisationOverview> organisations() {
        return jdbc.sql("""
                        select o.id, o.name, o.oin, o.kvk_number, o.category_code, c.name as category_name, o.bsn_authorised,
                               coalesce(array_agg(m.region_code order by m.region_code) filter (where m.region_code is not null),
                                        '{}') as regions
                        from organisation o join organisation_category c on c.code = o.category_code
                        left join covenant_membership m on m.organisation_id = o.id
                        group by o.id, c.name order by o.name, o.id""")
                .query((rs, n) -> new OrganisationOverview(new OrganisationId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getString("oin"), rs.getString("kvk_number"), rs.getString("category_code"),
                        rs.getString("category_name"), rs.getBoolean("bsn_authorised"),
                        List.of((String[]) rs.getArray("regions").getArray())))
                .list();
    }

    @Override
    public List<Category> categories() {
        return jdbc.sql("select code, name, domain, designation_required, region_code from organisation_category order by domain, name")
                .query((rs, n) -> new Category(rs.getString("code"), rs.getString("name"), rs.getString("domain"),
                        rs.getBoolean("designation_required"), rs.getString("region_code")))
                .list();
    }

    @Override
    public List<nl.verwijsindex.directory.Directory.RegionSummary> regions() {
        return jdbc.sql("select code, name from region order by name")
                .query((rs, n) -> new nl.verwijsindex.directory.Directory.RegionSummary(rs.getString(1), rs.getString(2)))
                .list();
    }

    private void requireRegion(String code) {
        if (!hasRegion(code)) {
            throw new DomainException(Kind.INVALID, "unknown-region", "Deze regio bestaat niet.");
        }
    }

    private static void requireUpdated(int rows) {
        if (rows == 0) {
            throw JdbcDirectory.professionalNotFound();
        }
    }

    private boolean exists(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query(Boolean.class).single();
    }

    private static void insertOnce(Runnable insert, String code, String dutchMessage) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            throw new DomainException(Kind.CONFLICT, code, dutchMessage);
        }
    }

    @Override
    public void authoriseBsnUse(OrganisationId organisation, boolean authorised) {
        requireOrganisation(organisation);
        jdbc.sql("update organisation set bsn_authorised = :authorised where id = :id")
                .param("authorised", authorised)
                .param("id", organisation.value())
                .update();
    }

    @Override
    public void designateInstitutionAddress(String regionCode, String addressableObjectId, String name) {
        requireRegion(regionCode);
        if (addressableObjectId == null || !addressableObjectId.matches("[0-9]{16}")) {
            throw new DomainException(Kind.INVALID, "invalid-addressable-object-id",
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
    public boolean withdrawInstitutionAddress(String regionCode, String addressableObjectId) {
        return jdbc.sql("delete from institution_address where region_code = :region and addressable_object_id = :id")
                .param("region", regionCode)
                .param("id", addressableObjectId)
                .update() == 1;
    }

    @Override
    public List<InstitutionAddress> institutionAddresses(String regionCode) {
        return jdbc.sql("select addressable_object_id, name from institution_address where region_code = :region order by name")
                .param("region", regionCode)
                .query((rs, n) -> new InstitutionAddress(rs.getString(1), rs.getString(2)))
                .list();
    }
}
