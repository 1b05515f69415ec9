// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

@Service
@Transactional
class JdbcApiClients implements ApiClients {

    private final JdbcClient jdbc;
    private final AccountProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcApiClients(JdbcClient jdbc, AccountProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The current secret until it expires, or the previous one during a rotation's overlap (issue 12). */
    @Override
    @Transactional(readOnly = true)
    public Optional<ApiClientPrincipal> authenticate(String token) {
        OffsetDateTime now = Moments.now(clock);
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql("""
                                select organisation_id, secret_sha256, expires_at, previous_secret_sha256,
                                       previous_valid_until
                                from api_client where id = :id and revoked_at is null""")
                        .param("id", presented.id())
                        .query((rs, n) -> valid(presented.secret(), rs, now)
                                ? new ApiClientPrincipal(
                                        presented.id(), new OrganisationId(rs.getObject("organisation_id", UUID.class)))
                                : null)
                        .optional());
    }

    private static boolean valid(String secret, ResultSet rs, OffsetDateTime now) throws SQLException {
        OffsetDateTime expiresAt = rs.getObject("expires_at", OffsetDateTime.class);
        if (Secrets.matches(secret, rs.getBytes("secret_sha256"))) {
            return expiresAt == null || expiresAt.isAfter(now);
        }
        byte[] previous = rs.getBytes("previous_secret_sha256");
        OffsetDateTime previousUntil = rs.getObject("previous_valid_until", OffsetDateTime.class);
        return previous != null
                && previousUntil != null
                && previousUntil.isAfter(now)
                && Secrets.matches(secret, previous);
    }

    @Override
    public IssuedToken issue(OrganisationId organisation, String description) {
        return register(UUID.randomUUID(), organisation, description, newSecret());
    }

    @Override
    public IssuedToken registerWithSecret(
            UUID clientId, OrganisationId organisation, String description, String secret) {
        if (secret.length() < 32) {
            throw new DomainException(Kind.INVALID, "secret-too-short", "Een API-geheim heeft ten minste 32 tekens.");
        }
        return register(clientId, organisation, description, secret);
    }

    private IssuedToken register(UUID clientId, OrganisationId organisation, String description, String secret) {
        jdbc.sql("""
                        insert into api_client (id, organisation_id, description, secret_sha256, created_at, expires_at)
                        values (:id, :org, :description, :hash, :now, :expiresAt)""")
                .param("expiresAt", Moments.now(clock).plus(properties.apiTokenLifetime()))
                .param("id", clientId)
                .param("org", organisation.value())
                .param("description", description)
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .update();
        return new IssuedToken(clientId, clientId + "." + secret);
    }

    @Override
    public IssuedToken rotate(UUID clientId) {
        return rotate(clientId, Duration.ZERO);
    }

    @Override
    public IssuedToken rotate(UUID clientId, Duration overlap) {
        String secret = newSecret();
        OffsetDateTime now = Moments.now(clock);
        int updated = jdbc.sql("""
                        update api_client
                        set previous_secret_sha256 = secret_sha256, previous_valid_until = :until,
                            secret_sha256 = :hash, expires_at = :expiresAt
                        where id = :id and revoked_at is null""")
                .param("id", clientId)
                .param("hash", Secrets.sha256(secret))
                .param("until", now.plus(overlap))
                .param("expiresAt", now.plus(properties.apiTokenLifetime()))
                .update();
        if (updated == 0) {
            throw clientNotFound();
        }
        return new IssuedToken(clientId, clientId + "." + secret);
    }

    @Override
    public void revoke(UUID clientId) {
        int updated = jdbc.sql("update api_client set revoked_at = coalesce(revoked_at, :now) where id = :id")
                .param("id", clientId)
                .param("now", Moments.now(clock))
                .update();
        if (updated == 0) {
            throw clientNotFound();
        }
    }

    private static DomainException clientNotFound() {
        return new DomainException(
                Kind.NOT_FOUND, "api-client-not-found", "Deze koppeling bestaat niet of is ingetrokken.");
    }

    private String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
