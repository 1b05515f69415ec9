// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.CovenantParties;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.ReferenceData;

/** Keeps organisations and their categories right; every refusal is a clear error, never a constraint violation. */
@Service
@Transactional
class JdbcDirectoryAdministration implements DirectoryAdministration {

    private final JdbcClient jdbc;
    private final CovenantParties covenants;

    private final ReferenceData reference;

    JdbcDirectoryAdministration(JdbcClient jdbc, CovenantParties covenants, ReferenceData reference) {
        this.reference = reference;
        this.jdbc = jdbc;
        this.covenants = covenants;
    }

    @Override
    public OrganisationId addOrganisation(NewOrganisation o) {
        if (o.oin() == null && o.kvkNumber() == null) {
            throw new DomainException(
                    Kind.INVALID,
                    "organisation-identifier-required",
                    "Vul het OIN of het KvK-nummer van de organisatie in.");
        }
        if (!exists("select exists (select 1 from organisation_category where code = :id)", o.categoryCode())) {
            throw new DomainException(
                    Kind.INVALID,
                    "unknown-category",
                    "Deze categorie bestaat niet. Kies een categorie uit de lijst van meldingsbevoegde instanties.");
        }
        UUID id = o.id() != null ? o.id() : UUID.randomUUID();
        reference.changed(); // an organisation's category is kept (docs/adr/0060)
        Duplicates.refuse(
                () -> jdbc.sql("""
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
                        .update(),
                "organisation-exists",
                "Er is al een organisatie met dit OIN.");
        return new OrganisationId(id);
    }

    @Override
    public OrganisationId requireOrganisation(OrganisationId organisation) {
        if (!exists(
                "select exists (select 1 from organisation where id = cast(:id as uuid))", organisation.toString())) {
            throw new DomainException(Kind.NOT_FOUND, "organisation-not-found", "Deze organisatie bestaat niet.");
        }
        return organisation;
    }

    @Override
    public List<Category> categories(String regionCode) {
        return jdbc.sql("""
                        select code, name, domain, designation_required, region_code from organisation_category
                        where region_code is null or region_code = :region order by name""")
                .param("region", regionCode)
                .query((rs, n) -> new Category(
                        rs.getString("code"),
                        rs.getString("name"),
                        Domain.valueOf(rs.getString("domain")),
                        rs.getBoolean("designation_required"),
                        rs.getString("region_code")))
                .list();
    }

    @Override
    public List<OrganisationOverview> organisations() {
        List<OrganisationOverview> organisations = jdbc.sql("""
                        select o.id, o.name, o.oin, o.kvk_number, o.category_code, c.name as category_name, o.bsn_authorised
                        from organisation o join organisation_category c on c.code = o.category_code
                        order by o.name, o.id""")
                .query((rs, n) -> new OrganisationOverview(
                        new OrganisationId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("oin"),
                        rs.getString("kvk_number"),
                        rs.getString("category_code"),
                        rs.getString("category_name"),
                        rs.getBoolean("bsn_authorised"),
                        List.of()))
                .list();
        Map<OrganisationId, List<String>> regions = covenants.regionsEver(
                organisations.stream().map(OrganisationOverview::id).toList());
        return organisations.stream()
                .map(o -> new OrganisationOverview(
                        o.id(),
                        o.name(),
                        o.oin(),
                        o.kvkNumber(),
                        o.categoryCode(),
                        o.categoryName(),
                        o.bsnAuthorised(),
                        regions.getOrDefault(o.id(), List.of())))
                .toList();
    }

    @Override
    public List<Category> categories() {
        return jdbc.sql(
                        "select code, name, domain, designation_required, region_code from organisation_category order by domain, name")
                .query((rs, n) -> new Category(
                        rs.getString("code"),
                        rs.getString("name"),
                        Domain.valueOf(rs.getString("domain")),
                        rs.getBoolean("designation_required"),
                        rs.getString("region_code")))
                .list();
    }

    @Override
    public void keepRegionCategories(String regionCode, List<Category> categories) {
        reference.changed();
        for (Category category : categories) {
            int updated = jdbc.sql("""
                            insert into organisation_category (code, domain, name, designation_required, region_code)
                            values (:code, :domain, :name, true, :region)
                            on conflict (code) do update set domain = excluded.domain, name = excluded.name
                            where organisation_category.region_code = :region""")
                    .param("code", category.code())
                    .param("domain", category.domain().name())
                    .param("name", category.name())
                    .param("region", regionCode)
                    .update();
            if (updated == 0) {
                throw new DomainException(
                        Kind.CONFLICT,
                        "region-category-code-taken",
                        "De code " + category.code() + " is al van een andere categorie. Kies een andere naam.");
            }
        }
        String[] kept = categories.stream().map(Category::code).toArray(String[]::new);
        List<String> inUse = jdbc.sql("""
                        select c.name from organisation_category c
                        where c.region_code = :region and c.code <> all (:kept)
                          and exists (select 1 from organisation o where o.category_code = c.code)
                        order by c.name""")
                .param("region", regionCode)
                .param("kept", kept)
                .query(String.class)
                .list();
        if (!inUse.isEmpty()) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "region-category-in-use",
                    "De categorie '" + inUse.get(0) + "' kan niet weg: een organisatie heeft deze categorie.");
        }
        jdbc.sql("delete from organisation_category where region_code = :region and code <> all (:kept)")
                .param("region", regionCode)
                .param("kept", kept)
                .update();
    }

    private boolean exists(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query(Boolean.class).single();
    }

    @Override
    public void authoriseBsnUse(OrganisationId organisation, boolean authorised) {
        requireOrganisation(organisation);
        reference.changed();
        jdbc.sql("update organisation set bsn_authorised = :authorised where id = :id")
                .param("authorised", authorised)
                .param("id", organisation.value())
                .update();
    }
}
