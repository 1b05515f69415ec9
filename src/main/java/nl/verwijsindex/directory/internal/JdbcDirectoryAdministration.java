package nl.verwijsindex.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;

@Service
@Transactional
class JdbcDirectoryAdministration implements DirectoryAdministration {

    private final JdbcClient jdbc;

    JdbcDirectoryAdministration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasRegion(String code) {
        return jdbc.sql("select exists (select 1 from region where code = :code)").param("code", code)
                .query(Boolean.class).single();
    }

    @Override
    public void addRegion(String code, String name, boolean suppressSameOrganisationMatches) {
        jdbc.sql("insert into region (code, name, suppress_same_organisation_matches) values (:code, :name, :suppress)")
                .param("code", code)
                .param("name", name)
                .param("suppress", suppressSameOrganisationMatches)
                .update();
    }

    @Override
    public void addMunicipality(String cbsCode, String name, String regionCode) {
        jdbc.sql("insert into municipality (cbs_code, name, region_code) values (:code, :name, :region)")
                .param("code", cbsCode)
                .param("name", name)
                .param("region", regionCode)
                .update();
    }

    @Override
    public OrganisationId addOrganisation(NewOrganisation o) {
        UUID id = o.id() != null ? o.id() : UUID.randomUUID();
        jdbc.sql("""
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
                .update();
        return new OrganisationId(id);
    }

    @Override
    public void joinCovenant(OrganisationId organisation, String regionCode, LocalDate joinedOn) {
        jdbc.sql("""
                        insert into covenant_membership (organisation_id, region_code, joined_on) values (:org, :region, :on)
                        on conflict (organisation_id, region_code) do update set joined_on = excluded.joined_on, left_on = null""")
                .param("org", organisation.value())
                .param("region", regionCode)
                .param("on", joinedOn)
                .update();
    }

    @Override
    public void leaveCovenant(OrganisationId organisation, String regionCode, LocalDate leftOn) {
        jdbc.sql("update covenant_membership set left_on = :on where organisation_id = :org and region_code = :region")
                .param("org", organisation.value())
                .param("region", regionCode)
                .param("on", leftOn)
                .update();
    }

    @Override
    public ProfessionalId addProfessional(NewProfessional p) {
        UUID id = p.id() != null ? p.id() : UUID.randomUUID();
        jdbc.sql("""
                        insert into professional (id, organisation_id, name, email, phone, designated)
                        values (:id, :org, :name, :email, :phone, :designated)""")
                .param("id", id)
                .param("org", p.organisation().value())
                .param("name", p.name())
                .param("email", p.email())
                .param("phone", p.phone())
                .param("designated", p.designated())
                .update();
        return new ProfessionalId(id);
    }

    @Override
    public void designate(ProfessionalId professional, boolean designated) {
        jdbc.sql("update professional set designated = :designated where id = :id")
                .param("id", professional.value())
                .param("designated", designated)
                .update();
    }

    @Override
    public void markLeft(ProfessionalId professional, LocalDate leftOn) {
        jdbc.sql("update professional set left_on = :on where id = :id")
                .param("id", professional.value())
                .param("on", leftOn)
                .update();
    }
}
