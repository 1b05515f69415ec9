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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/**
 * Issue 12, tokens: what the four kinds of token (organisations' systems, municipal supervisors, region
 * coordinators, municipal privacy desks) share. A secret works until it expires ({@code verwijsindex.accounts.api-token-lifetime} after it
 * was issued or rotated); a rotation may keep the previous secret working for an overlap of at most
 * {@value #MAX_OVERLAP_DAYS} days, so a system can switch without an outage. Each table has the columns
 * {@code secret_sha256, expires_at, previous_secret_sha256, previous_valid_until}.
 */
@Component
class TokenSecrets {

    static final int MAX_OVERLAP_DAYS = 30;

    /** The columns {@link #accepts} reads. */
    static final String COLUMNS = "secret_sha256, expires_at, previous_secret_sha256, previous_valid_until";

    private final JdbcClient jdbc;
    private final AccountProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenSecrets(JdbcClient jdbc, AccountProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** 256 random bits, URL-safe. */
    String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** When a secret issued or rotated now expires. */
    OffsetDateTime expiry() {
        return Moments.now(clock).plus(properties.apiTokenLifetime());
    }

    /** The current secret until it expires, or the previous one during a rotation's overlap. */
    boolean accepts(String secret, ResultSet row) throws SQLException {
        OffsetDateTime now = Moments.now(clock);
        if (Secrets.matches(secret, row.getBytes("secret_sha256"))) {
            OffsetDateTime expiresAt = row.getObject("expires_at", OffsetDateTime.class);
            return expiresAt == null || expiresAt.isAfter(now);
        }
        byte[] previous = row.getBytes("previous_secret_sha256");
        OffsetDateTime previousUntil = row.getObject("previous_valid_until", OffsetDateTime.class);
        return previous != null
                && previousUntil != null
                && previousUntil.isAfter(now)
                && Secrets.matches(secret, previous);
    }

    /**
     * Gives the row of {@code table} with this id (and {@code live}, its condition for not being revoked or removed,
     * with its named parameters) a new secret; the old one keeps working for {@code overlap}. @return the new
     * secret, or empty when there is no such live row
     */
    Optional<Rotated> rotate(String table, String live, Map<String, ?> parameters, UUID id, Duration overlap) {
        requireOverlap(overlap);
        String secret = newSecret();
        OffsetDateTime expiresAt = expiry();
        int updated = jdbc.sql("""
                        update %s
                        set previous_secret_sha256 = secret_sha256, previous_valid_until = :until,
                            secret_sha256 = :hash, expires_at = :expiresAt
                        where id = :id and %s""".formatted(table, live))
                .params(parameters)
                .param("id", id)
                .param("hash", Secrets.sha256(secret))
                .param("until", Moments.now(clock).plus(overlap))
                .param("expiresAt", expiresAt)
                .update();
        return updated == 0 ? Optional.empty() : Optional.of(new Rotated(id + "." + secret, expiresAt));
    }

    static void requireOverlap(Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(Duration.ofDays(MAX_OVERLAP_DAYS)) > 0) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-overlap",
                    "De oude sleutel kan hoogstens " + MAX_OVERLAP_DAYS + " dagen blijven werken na het vervangen.");
        }
    }

    record Rotated(String token, OffsetDateTime expiresAt) {

        @Override
        public String toString() {
            return "Rotated[token=***, expiresAt=" + expiresAt + "]";
        }
    }
}
