// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
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
import nl.verwijsindex.shared.Moments;

@Service
@Transactional
class JdbcMunicipalSupervisors implements MunicipalSupervisors {

    private static final RowMapper<Supervisor> SUPERVISOR = (rs, n) -> new Supervisor(
            new SupervisorId(rs.getObject("id", UUID.class)),
            rs.getString("municipality_code"),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("phone"));

    private final JdbcClient jdbc;
    private final TokenSecrets secrets;
    private final Clock clock;

    JdbcMunicipalSupervisors(JdbcClient jdbc, TokenSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public IssuedToken add(String municipalityCode, NewSupervisor supervisor) {
        return insert(SupervisorId.random(), municipalityCode, supervisor, secrets.newSecret());
    }

    @Override
    public IssuedToken addWithSecret(
            SupervisorId id, String municipalityCode, NewSupervisor supervisor, String secret) {
        if (secret.length() < 32) {
            throw new DomainException(Kind.INVALID, "secret-too-short", "Een geheim heeft ten minste 32 tekens.");
        }
        return insert(id, municipalityCode, supervisor, secret);
    }

    private IssuedToken insert(SupervisorId id, String municipalityCode, NewSupervisor supervisor, String secret) {
        boolean known = jdbc.sql("select exists (select 1 from municipality where cbs_code = :code)")
                .param("code", municipalityCode)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new DomainException(Kind.NOT_FOUND, "unknown-municipality", "Deze gemeente is niet bekend.");
        }
        OffsetDateTime expiresAt = secrets.expiry();
        jdbc.sql("""
                        insert into municipal_supervisor (id, municipality_code, name, email, phone, secret_sha256,
                                                          created_at, expires_at)
                        values (:id, :municipality, :name, :email, :phone, :hash, :now, :expiresAt)""")
                .param("expiresAt", expiresAt)
                .param("id", id.value())
                .param("municipality", municipalityCode)
                .param("name", supervisor.name())
                .param("email", supervisor.email())
                .param("phone", supervisor.phone())
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .update();
        return new IssuedToken(id.value(), id + "." + secret, expiresAt);
    }

    @Override
    public IssuedToken rotate(String municipalityCode, SupervisorId supervisorId, Duration overlap) {
        return secrets.rotate(
                        "municipal_supervisor",
                        "removed_at is null and municipality_code = :municipality",
                        Map.of("municipality", municipalityCode),
                        supervisorId.value(),
                        overlap)
                .map(rotated -> new IssuedToken(supervisorId.value(), rotated.token(), rotated.expiresAt()))
                .orElseThrow(JdbcMunicipalSupervisors::notFound);
    }

    @Override
    public void remove(String municipalityCode, SupervisorId supervisorId) {
        int updated = jdbc.sql("""
                        update municipal_supervisor set removed_at = coalesce(removed_at, :now)
                        where id = :id and municipality_code = :municipality""")
                .param("id", supervisorId.value())
                .param("municipality", municipalityCode)
                .param("now", Moments.now(clock))
                .update();
        if (updated == 0) {
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
        return jdbc.sql("""
                        select id, municipality_code, name, email, phone from municipal_supervisor
                        where municipality_code = :municipality and removed_at is null order by name""")
                .param("municipality", municipalityCode)
                .query(SUPERVISOR)
                .list();
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
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql("select municipality_code, name, " + TokenSecrets.COLUMNS
                                + " from municipal_supervisor where id = :id and removed_at is null")
                        .param("id", presented.id())
                        .query((rs, n) -> secrets.accepts(presented.secret(), rs)
                                ? new MunicipalSupervisorPrincipal(
                                        new SupervisorId(presented.id()),
                                        rs.getString("municipality_code"),
                                        rs.getString("name"))
                                : null)
                        .optional());
    }
}
