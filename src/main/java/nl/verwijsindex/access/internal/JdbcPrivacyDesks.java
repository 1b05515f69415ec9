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
import nl.verwijsindex.access.PrivacyDeskPrincipal;
import nl.verwijsindex.access.PrivacyDesks;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

@Service
@Transactional
class JdbcPrivacyDesks implements PrivacyDesks {

    private final JdbcClient jdbc;
    private final TokenSecrets secrets;
    private final Clock clock;

    JdbcPrivacyDesks(JdbcClient jdbc, TokenSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(String municipalityCode, String name) {
        return insert(UUID.randomUUID(), municipalityCode, name, secrets.newSecret());
    }

    @Override
    public IssuedToken issueWithSecret(UUID id, String municipalityCode, String name, String secret) {
        if (secret.length() < 32) {
            throw new DomainException(Kind.INVALID, "secret-too-short", "Een geheim heeft ten minste 32 tekens.");
        }
        return insert(id, municipalityCode, name, secret);
    }

    private IssuedToken insert(UUID id, String municipalityCode, String name, String secret) {
        boolean known = jdbc.sql("select exists (select 1 from municipality where cbs_code = :code)")
                .param("code", municipalityCode)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new DomainException(Kind.NOT_FOUND, "unknown-municipality", "Deze gemeente is niet bekend.");
        }
        OffsetDateTime expiresAt = secrets.expiry();
        jdbc.sql("""
                        insert into privacy_desk_credential (id, municipality_code, name, secret_sha256, created_at,
                                                             expires_at)
                        values (:id, :municipality, :name, :hash, :now, :expiresAt)""")
                .param("expiresAt", expiresAt)
                .param("id", id)
                .param("municipality", municipalityCode)
                .param("name", name)
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .update();
        return new IssuedToken(id, id + "." + secret, expiresAt);
    }

    @Override
    public IssuedToken rotate(UUID credentialId, Duration overlap) {
        return secrets.rotate("privacy_desk_credential", "revoked_at is null", Map.of(), credentialId, overlap)
                .map(rotated -> new IssuedToken(credentialId, rotated.token(), rotated.expiresAt()))
                .orElseThrow(JdbcPrivacyDesks::notFound);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PrivacyDeskPrincipal> authenticate(String token) {
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql("select municipality_code, name, " + TokenSecrets.COLUMNS
                                + " from privacy_desk_credential where id = :id and revoked_at is null")
                        .param("id", presented.id())
                        .query((rs, n) -> secrets.accepts(presented.secret(), rs)
                                ? new PrivacyDeskPrincipal(
                                        presented.id(), rs.getString("municipality_code"), rs.getString("name"))
                                : null)
                        .optional());
    }

    @Override
    public void revoke(UUID credentialId) {
        int updated = jdbc.sql(
                        "update privacy_desk_credential set revoked_at = coalesce(revoked_at, :now) where id = :id")
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
