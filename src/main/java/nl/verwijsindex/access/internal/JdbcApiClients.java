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
import org.springframework.transaction.annotation.Propagation;
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
    private final TokenSecrets secrets;
    private final Clock clock;

    JdbcApiClients(JdbcClient jdbc, TokenSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The current secret until it expires, or the previous one during a rotation's overlap (issue 12). */
    @Override
    // Issue 18 (docs/adr/0051): no transaction of its own for what is read here (at read committed a transaction
    // gives its statements no common snapshot): a BEGIN READ ONLY and a COMMIT fewer for every API request.
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ApiClientPrincipal> authenticate(String token) {
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql("select organisation_id, " + TokenSecrets.COLUMNS
                                + " from api_client where id = :id and revoked_at is null")
                        .param("id", presented.id())
                        .query((rs, n) -> secrets.accepts(presented.secret(), rs)
                                ? new ApiClientPrincipal(
                                        presented.id(), new OrganisationId(rs.getObject("organisation_id", UUID.class)))
                                : null)
                        .optional());
    }

    @Override
    public IssuedToken issue(OrganisationId organisation, String description) {
        return register(UUID.randomUUID(), organisation, description, secrets.newSecret());
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
        OffsetDateTime expiresAt = secrets.expiry();
        jdbc.sql("""
                        insert into api_client (id, organisation_id, description, secret_sha256, created_at, expires_at)
                        values (:id, :org, :description, :hash, :now, :expiresAt)""")
                .param("expiresAt", expiresAt)
                .param("id", clientId)
                .param("org", organisation.value())
                .param("description", description)
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .update();
        return new IssuedToken(clientId, clientId + "." + secret, expiresAt);
    }

    @Override
    public IssuedToken rotate(UUID clientId) {
        return rotate(clientId, Duration.ZERO);
    }

    @Override
    public IssuedToken rotate(UUID clientId, Duration overlap) {
        return secrets.rotate("api_client", "revoked_at is null", Map.of(), clientId, overlap)
                .map(rotated -> new IssuedToken(clientId, rotated.token(), rotated.expiresAt()))
                .orElseThrow(JdbcApiClients::clientNotFound);
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
}
