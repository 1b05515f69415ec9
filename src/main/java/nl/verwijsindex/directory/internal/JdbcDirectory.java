// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.CovenantParties;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.Registrant;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.ReferenceData;

@Service
@Transactional(readOnly = true)
class JdbcDirectory implements Directory {

    private static final String CONTACT_SELECT = """
            select p.id, p.name, p.email, p.phone, o.id as organisation_id, o.name as organisation_name,
                   o.coordinator_name, o.coordinator_email, o.coordinator_phone
            from professional p join organisation o on o.id = p.organisation_id
            """;

    private static final RowMapper<ProfessionalContact> CONTACT = (rs, n) -> new ProfessionalContact(
            new ProfessionalId(rs.getObject("id", UUID.class)),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("phone"),
            new OrganisationId(rs.getObject("organisation_id", UUID.class)),
            rs.getString("organisation_name"),
            rs.getString("coordinator_name"),
            rs.getString("coordinator_email"),
            rs.getString("coordinator_phone"));

    private final JdbcClient jdbc;
    private final CovenantParties covenants;
    private final ReferenceData.Kept<OrganisationId, OrganisationCategory> categories;

    JdbcDirectory(JdbcClient jdbc, CovenantParties covenants, ReferenceData reference) {
        this.jdbc = jdbc;
        this.covenants = covenants;
        this.categories = reference.kept();
    }

    @Override
    // Issue 18 (docs/adr/0051): no transaction of its own for what is read here (at read committed a transaction
    // gives its statements no common snapshot): a BEGIN READ ONLY and a COMMIT fewer for every registration.
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Registrant authoriseRegistrant(
            OrganisationId acting, ProfessionalId professionalId, Optional<String> regionCode, LocalDate today) {
        record Found(ProfessionalStanding standing, boolean bsnAuthorised, String categoryCode) {}
        Found found = jdbc.sql("""
                        select p.designated, p.left_on, c.designation_required, o.bsn_authorised, c.code
                        from professional p
                        join organisation o on o.id = p.organisation_id
                        join organisation_category c on c.code = o.category_code
                        where p.id = :professional and p.organisation_id = :organisation""")
                .param("professional", professionalId.value())
                .param("organisation", acting.value())
                .query((rs, n) -> new Found(
                        new ProfessionalStanding(
                                rs.getBoolean("designated"),
                                rs.getObject("left_on", LocalDate.class),
                                rs.getBoolean("designation_required"),
                                List.<String>of()),
                        rs.getBoolean("bsn_authorised"),
                        rs.getString("code")))
                .optional()
                .orElseThrow(() -> professionalNotFound());
        ProfessionalStanding standing = found.standing().withRegions(covenants.regionsOn(acting, today));
        String region = RegistrationAuthority.check(standing, regionCode, today);
        return new Registrant(professionalId, acting, region, found.bsnAuthorised(), found.categoryCode());
    }

    @Override
    public ProfessionalId requireProfessionalOf(OrganisationId organisation, ProfessionalId professional) {
        boolean known = jdbc.sql("select exists (select 1 from professional where id = :id and organisation_id = :org)")
                .param("id", professional.value())
                .param("org", organisation.value())
                .query(Boolean.class)
                .single();
        if (!known) {
            throw professionalNotFound();
        }
        return professional;
    }

    static DomainException professionalNotFound() {
        return new DomainException(
                Kind.NOT_FOUND, "professional-not-found", "Deze professional is niet bekend bij uw organisatie.");
    }

    @Override
    public Map<ProfessionalId, ProfessionalContact> contacts(Collection<ProfessionalId> professionals) {
        if (professionals.isEmpty()) {
            return Map.of();
        }
        UUID[] ids =
                professionals.stream().map(ProfessionalId::value).distinct().toArray(UUID[]::new);
        return jdbc.sql(CONTACT_SELECT + " where p.id = any(:ids)").param("ids", ids).query(CONTACT).stream()
                .collect(Collectors.toMap(ProfessionalContact::id, Function.identity()));
    }

    @Override
    public Optional<ProfessionalContact> contact(ProfessionalId professional) {
        return jdbc.sql(CONTACT_SELECT + " where p.id = :id")
                .param("id", professional.value())
                .query(CONTACT)
                .optional();
    }

    @Override
    public List<ProfessionalContact> professionalsMatching(String nameOrEmail, int limit) {
        return jdbc.sql(CONTACT_SELECT + """
                         where strpos(lower(p.name), :text) > 0 or strpos(lower(p.email), :text) > 0
                         order by lower(p.email) = :text desc, p.name, o.name limit :limit""")
                .param("text", nameOrEmail.strip().toLowerCase(Locale.ROOT))
                .param("limit", limit)
                .query(CONTACT)
                .list();
    }

    @Override
    public List<ProfessionalSummary> professionalsOf(OrganisationId organisation) {
        return jdbc.sql(
                        "select id, name, email, designated, left_on from professional where organisation_id = :org order by name")
                .param("org", organisation.value())
                .query((rs, n) -> new ProfessionalSummary(
                        new ProfessionalId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getBoolean("designated"),
                        rs.getObject("left_on") == null))
                .list();
    }

    @Override
    public Map<OrganisationId, Integer> professionalCounts(Collection<OrganisationId> organisations) {
        Map<OrganisationId, Integer> counts = new HashMap<>();
        organisations.forEach(o -> counts.put(o, 0));
        if (organisations.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select organisation_id, count(*) as professionals from professional
                        where organisation_id = any(:orgs) and left_on is null group by organisation_id""")
                .param("orgs", organisations.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getInt("professionals")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public List<StaffMember> staffOf(OrganisationId organisation) {
        return jdbc.sql(
                        "select id, name, email, phone, designated, left_on from professional where organisation_id = :org order by name, id")
                .param("org", organisation.value())
                .query((rs, n) -> new StaffMember(
                        new ProfessionalId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getBoolean("designated"),
                        rs.getObject("left_on", LocalDate.class)))
                .list();
    }

    @Override
    public boolean bsnAuthorised(OrganisationId organisation) {
        return jdbc.sql("select bsn_authorised from organisation where id = :id")
                .param("id", organisation.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Issue 18 (docs/adr/0060): kept across transactions as reference data. An organisation's category is set when it
     * is added; the categories' table and the organisations' announce every change (V86, V88), and each forgets what
     * is kept.
     */
    @Override
    public Map<OrganisationId, OrganisationCategory> categoriesOf(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        return categories.getAll(organisations, this::readCategories);
    }

    private Map<OrganisationId, OrganisationCategory> readCategories(List<OrganisationId> organisations) {
        UUID[] ids =
                organisations.stream().map(OrganisationId::value).distinct().toArray(UUID[]::new);
        return jdbc
                .sql("""
                        select o.id, c.code, c.domain from organisation o join organisation_category c on c.code = o.category_code
                        where o.id = any(:ids)""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        new OrganisationId(rs.getObject("id", UUID.class)),
                        new OrganisationCategory(rs.getString("code"), Domain.valueOf(rs.getString("domain")))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Map<OrganisationId, String> organisationNames(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, name from organisation where id = any(:ids)")
                .param(
                        "ids",
                        organisations.stream()
                                .map(OrganisationId::value)
                                .distinct()
                                .toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public boolean hasCategory(String categoryCode) {
        return jdbc.sql("select exists (select 1 from organisation_category where code = :code)")
                .param("code", categoryCode)
                .query(Boolean.class)
                .single();
    }
}
