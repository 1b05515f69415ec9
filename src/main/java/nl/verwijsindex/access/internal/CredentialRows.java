// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.access.ApiClients.IssuedToken;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/**
 * The SQL the credential tables of people share (region coordinators, municipal supervisors, municipal privacy
 * desks): one row per credential with the code of what it belongs to (a region or a municipality) and a name,
 * ended by a timestamp column, and the secret's columns of {@link TokenSecrets}. A token is {@code <id>.<secret>}.
 */
final class CredentialRows {

    private final JdbcClient jdbc;
    private final TokenSecrets secrets;
    private final Clock clock;
    private final String table;
    private final String ownerColumn;
    private final String endedColumn;

    /**
     * @param ownerColumn the column of the region's or municipality's code
     * @param endedColumn the column set when the credential is revoked or removed
     */
    CredentialRows(
            JdbcClient jdbc, TokenSecrets secrets, Clock clock, String table, String ownerColumn, String endedColumn) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.endedColumn = endedColumn;
    }

    /** A secret of the caller's choosing (the published demo tokens) has at least 32 characters. */
    static void requireLongSecret(String secret) {
        if (secret.length() < 32) {
            throw new DomainException(Kind.INVALID, "secret-too-short", "Een geheim heeft ten minste 32 tekens.");
        }
    }

    /** @throws DomainException from {@code unknown} when no row of {@code ownerTable} has this code */
    void requireOwner(String ownerTable, String codeColumn, String code, Supplier<DomainException> unknown) {
        boolean known = jdbc.sql("select exists (select 1 from %s where %s = :code)".formatted(ownerTable, codeColumn))
                .param("code", code)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw unknown.get();
        }
    }

    /** @throws DomainException not found when no municipality has this CBS code */
    void requireMunicipality(String code) {
        requireOwner(
                "municipality",
                "cbs_code",
                code,
                () -> new DomainException(Kind.NOT_FOUND, "unknown-municipality", "Deze gemeente is niet bekend."));
    }

    /** Inserts the credential, with {@code more} columns of its own; the token is shown this once. */
    IssuedToken insert(UUID id, String owner, String name, Map<String, ?> more, String secret) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put(ownerColumn, owner);
        values.put("name", name);
        values.putAll(more);
        OffsetDateTime expiresAt = secrets.expiry();
        values.put("secret_sha256", Secrets.sha256(secret));
        values.put("created_at", Moments.now(clock));
        values.put("expires_at", expiresAt);
        jdbc.sql("insert into %s (%s) values (:%s)"
                        .formatted(table, String.join(", ", values.keySet()), String.join(", :", values.keySet())))
                .params(values)
                .update();
        return new IssuedToken(id, id + "." + secret, expiresAt);
    }

    /** A new secret for a live credential (with {@code condition} on its row, if not blank); empty when none. */
    Optional<IssuedToken> rotate(UUID id, String condition, Map<String, ?> parameters, Duration overlap) {
        return secrets.rotate(table, live(condition), parameters, id, overlap)
                .map(rotated -> new IssuedToken(id, rotated.token(), rotated.expiresAt()));
    }

    /** The principal of a live credential whose token this is; {@code principal} gets its id, owner and name. */
    <P> Optional<P> authenticate(String token, Principal<P> principal) {
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql("select %s, name, %s from %s where id = :id and %s is null"
                                .formatted(ownerColumn, TokenSecrets.COLUMNS, table, endedColumn))
                        .param("id", presented.id())
                        .query((rs, n) -> secrets.accepts(presented.secret(), rs)
                                ? principal.of(presented.id(), rs.getString(ownerColumn), rs.getString("name"))
                                : null)
                        .optional());
    }

    /** Ends the credential (again: no change); @return false when there is no such row */
    boolean end(UUID id, String condition, Map<String, ?> parameters) {
        return jdbc.sql("update %s set %s = coalesce(%s, :now) where id = :id%s"
                                .formatted(
                                        table,
                                        endedColumn,
                                        endedColumn,
                                        condition.isBlank() ? "" : " and " + condition))
                        .params(parameters)
                        .param("id", id)
                        .param("now", Moments.now(clock))
                        .update()
                > 0;
    }

    /** Of a region coordinator's or privacy desk's credential. */
    static DomainException credentialNotFound() {
        return new DomainException(Kind.NOT_FOUND, "credential-not-found", "Deze sleutel bestaat niet.");
    }

    private String live(String condition) {
        return endedColumn + " is null" + (condition.isBlank() ? "" : " and " + condition);
    }

    interface Principal<P> {
        P of(UUID id, String owner, String name);
    }
}
