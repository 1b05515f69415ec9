// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.ApiClients.IssuedToken;
import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.SupervisorId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.ReferenceData;

@Service
@Transactional
class JdbcMunicipalSupervisors implements MunicipalSupervisors {

    private static final RowMapper<Supervisor> SUPERVISOR = (rs, n) -> new Supervisor(
            new SupervisorId(rs.getObject("id", UUID.class)),
            rs.getString("municipality_code"),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("phone"));

    private static final String SUPERVISORS_OF_MUNICIPALITY = """
            select id, municipality_code, name, email, phone from municipal_supervisor
            where municipality_code = :municipality and removed_at is null order by name""";

    /** Only the supervisors of the municipality named in the request. */
    private static final String OF_MUNICIPALITY = "municipality_code = :municipality";

    private final JdbcClient jdbc;
    private final CredentialRows rows;
    private final TokenSecrets secrets;

    /** Issue 18 (docs/adr/0060): each municipality's supervisors, kept across transactions until one changes. */
    private final ReferenceData.Kept<String, List<Supervisor>> ofMunicipality;

    private final ReferenceData reference;

    JdbcMunicipalSupervisors(JdbcClient jdbc, TokenSecrets secrets, Clock clock, ReferenceData reference) {
        this.reference = reference;
        this.ofMunicipality = reference.kept();
        this.jdbc = jdbc;
        this.rows = new CredentialRows(jdbc, secrets, clock, "municipal_supervisor", "municipality_code", "removed_at");
        this.secrets = secrets;
    }

    @Override
    public IssuedToken add(String municipalityCode, NewSupervisor supervisor) {
        reference.changed();
        return insert(SupervisorId.random(), municipalityCode, supervisor, secrets.newSecret());
    }

    @Override
    public IssuedToken addWithSecret(
            SupervisorId id, String municipalityCode, NewSupervisor supervisor, String secret) {
        reference.changed();
        CredentialRows.requireLongSecret(secret);
        return insert(id, municipalityCode, supervisor, secret);
    }

    private IssuedToken insert(SupervisorId id, String municipalityCode, NewSupervisor supervisor, String secret) {
        rows.requireMunicipality(municipalityCode);
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("email", supervisor.email());
        contact.put("phone", supervisor.phone());
        return rows.insert(id.value(), municipalityCode, supervisor.name(), contact, secret);
    }

    @Override
    public IssuedToken rotate(String municipalityCode, SupervisorId supervisorId, Duration overlap) {
        reference.changed();
        return rows.rotate(supervisorId.value(), OF_MUNICIPALITY, Map.of("municipality", municipalityCode), overlap)
                .orElseThrow(JdbcMunicipalSupervisors::notFound);
    }

    @Override
    public void remove(String municipalityCode, SupervisorId supervisorId) {
        reference.changed();
        if (!rows.end(supervisorId.value(), OF_MUNICIPALITY, Map.of("municipality", municipalityCode))) {
            throw notFound();
        }
    }

    private static DomainException notFound() {
        return new DomainException(
                Kind.NOT_FOUND, "supervisor-not-found", "Deze regievoerder is niet bekend bij deze gemeente.");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Supervisor> of(String municipalityCode) {
        return ofMunicipality.get(
                municipalityCode,
                municipality -> List.copyOf(jdbc.sql(SUPERVISORS_OF_MUNICIPALITY)
                        .param("municipality", municipality)
                        .query(SUPERVISOR)
                        .list()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Supervisor> find(SupervisorId supervisorId) {
        return jdbc.sql(
                        "select id, municipality_code, name, email, phone from municipal_supervisor where id = :id and removed_at is null")
                .param("id", supervisorId.value())
                .query(SUPERVISOR)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MunicipalSupervisorPrincipal> authenticate(String token) {
        return rows.authenticate(
                token,
                (id, municipality, name) -> new MunicipalSupervisorPrincipal(new SupervisorId(id), municipality, name));
    }
}
