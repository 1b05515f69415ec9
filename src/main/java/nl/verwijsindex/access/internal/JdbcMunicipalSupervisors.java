// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.ApiClients.IssuedToken;
import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

@Service
@Transactional
class JdbcMunicipalSupervisors implements MunicipalSupervisors {

    private static final RowMapper<Supervisor> SUPERVISOR = (rs, n) -> new Supervisor(
            rs.getObject("id", UUID.class),
            rs.getString("municipality_code"),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("phone"));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcMunicipalSupervisors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public IssuedToken add(String municipalityCode, NewSupervisor supervisor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return insert(
                UUID.randomUUID(),
                municipalityCode,
                supervisor,
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public IssuedToken addWithSecret(UUID id, String municipalityCode, NewSupervisor supervisor, String secret) {
        if (secret.length() < 32) {
            throw new DomainException(Kind.INVALID, "secret-too-short", "Een geheim heeft ten minste 32 tekens.");
        }
        return insert(id, municipalityCode, supervisor, secret);
    }

    private IssuedToken insert(UUID id, String municipalityCode, NewSupervisor supervisor, String secret) {
        boolean known = jdbc.sql("select exists (select 1 from municipality where cbs_code = :code)")
                .param("code", municipalityCode)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new DomainException(Kind.NOT_FOUND, "unknown-municipality", "Deze gemeente is niet bekend.");
        }
        jdbc.sql("""
                        insert into municipal_supervisor (id, municipality_code, name, email, phone, secret_sha256, created_at)
                        values (:id, :municipality, :name, :email, :phone, :hash, :now)""")
                .param("id", id)
                .param("municipality", municipalityCode)
                .param("name", supervisor.name())
                .param("email", supervisor.email())
                .param("phone", supervisor.phone())
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .update();
        return new IssuedToken(id, id + "." + secret);
    }

    @Override
    public void remove(String municipalityCode, UUID supervisorId) {
        int updated = jdbc.sql("""
                        update municipal_supervisor set removed_at = coalesce(removed_at, :now)
                        where id = :id and municipality_code = :municipality""")
                .param("id", supervisorId)
                .param("municipality", municipalityCode)
                .param("now", Moments.now(clock))
                .update();
        if (updated == 0) {
            throw new DomainException(
                    Kind.NOT_FOUND, "supervisor-not-found", "Deze regievoerder is niet bekend bij deze gemeente.");
        }
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
    public Optional<Supervisor> find(UUID supervisorId) {
        return jdbc.sql(
                        "select id, municipality_code, name, email, phone from municipal_supervisor where id = :id and removed_at is null")
                .param("id", supervisorId)
                .query(SUPERVISOR)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MunicipalSupervisorPrincipal> authenticate(String token) {
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql(
                                "select municipality_code, name, secret_sha256 from municipal_supervisor where id = :id and removed_at is null")
                        .param("id", presented.id())
                        .query((rs, n) -> Secrets.matches(presented.secret(), rs.getBytes("secret_sha256"))
                                ? new MunicipalSupervisorPrincipal(
                                        presented.id(), rs.getString("municipality_code"), rs.getString("name"))
                                : null)
                        .optional());
    }
}
