// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
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
    private final TokenSecrets secrets;
    private final Clock clock;

    JdbcRegionCoordinators(JdbcClient jdbc, TokenSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
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
        String secret = secrets.newSecret();
        OffsetDateTime expiresAt = secrets.expiry();
        jdbc.sql("""
                        insert into region_coordinator_credential (id, region_code, name, secret_sha256, created_at,
                                                                   expires_at)
                        values (:id, :region, :name, :hash, :now, :expiresAt)""")
                .param("expiresAt", expiresAt)
                .param("id", id)
                .param("region", regionCode)
                .param("name", name)
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .update();
        return new IssuedToken(id, id + "." + secret, expiresAt);
    }

    @Override
    public IssuedToken rotate(UUID credentialId, Duration overlap) {
        return secrets.rotate("region_coordinator_credential", "revoked_at is null", Map.of(), credentialId, overlap)
                .map(rotated -> new IssuedToken(credentialId, rotated.token(), rotated.expiresAt()))
                .orElseThrow(JdbcRegionCoordinators::notFound);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegionCoordinatorPrincipal> authenticate(String token) {
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql("select region_code, name, " + TokenSecrets.COLUMNS
                                + " from region_coordinator_credential where id = :id and revoked_at is null")
                        .param("id", presented.id())
                        .query((rs, n) -> secrets.accepts(presented.secret(), rs)
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
            throw notFound();
        }
    }

    private static DomainException notFound() {
        return new DomainException(Kind.NOT_FOUND, "credential-not-found", "Deze sleutel bestaat niet.");
    }
}
