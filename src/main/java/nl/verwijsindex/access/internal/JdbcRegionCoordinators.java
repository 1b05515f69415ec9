// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.ApiClients.IssuedToken;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.access.RegionCoordinators;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

@Service
@Transactional
class JdbcRegionCoordinators implements RegionCoordinators {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcRegionCoordinators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(String regionCode, String name) {
        boolean region = jdbc.sql("select exists (select 1 from region where code = :code)")
                .param("code", regionCode)
                .query(Boolean.class)
                .single();
        if (!region) {
            throw new DomainException(Kind.NOT_FOUND, "unknown-region", "Deze regio bestaat niet.");
        }
        UUID id = UUID.randomUUID();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into region_coordinator_credential (id, region_code, name, secret_sha256, created_at)
                        values (:id, :region, :name, :hash, :now)""")
                .param("id", id)
                .param("region", regionCode)
                .param("name", name)
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .update();
        return new IssuedToken(id, id + "." + secret);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegionCoordinatorPrincipal> authenticate(String token) {
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql(
                                "select region_code, name, secret_sha256 from region_coordinator_credential where id = :id and revoked_at is null")
                        .param("id", presented.id())
                        .query((rs, n) -> Secrets.matches(presented.secret(), rs.getBytes("secret_sha256"))
                                ? new RegionCoordinatorPrincipal(
                                        presented.id(), rs.getString("region_code"), rs.getString("name"))
                                : null)
                        .optional());
    }

    @Override
    public void revoke(UUID credentialId) {
        int updated = jdbc.sql(
                        "update region_coordinator_credential set revoked_at = coalesce(revoked_at, :now) where id = :id")
                .param("id", credentialId)
                .param("now", Moments.now(clock))
                .update();
        if (updated == 0) {
            throw new DomainException(Kind.NOT_FOUND, "credential-not-found", "Deze sleutel bestaat niet.");
        }
    }
}
