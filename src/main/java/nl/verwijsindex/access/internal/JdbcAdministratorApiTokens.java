// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.AdministratorApiTokens;
import nl.verwijsindex.access.ApiClients.IssuedToken;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

@Service
@Transactional
class JdbcAdministratorApiTokens implements AdministratorApiTokens {

    /** The account behind a token may use it now: still an administrator's, enabled and not locked. */
    private static final String ACCOUNT_MAY_ACT = """
            a.role = 'ADMINISTRATOR' and a.disabled_at is null and (a.locked_until is null or a.locked_until <= :now)""";

    private final JdbcClient jdbc;
    private final TokenSecrets secrets;
    private final Clock clock;

    JdbcAdministratorApiTokens(JdbcClient jdbc, TokenSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(AccountId administrator, String description) {
        String trimmed = description == null ? "" : description.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-description",
                    "Beschrijf waarvoor de sleutel is, bijvoorbeeld het script dat hem gebruikt (hoogstens 200 tekens).");
        }
        boolean mayAct = jdbc.sql(
                        "select exists (select 1 from user_account a where a.id = :id and " + ACCOUNT_MAY_ACT + ")")
                .param("id", administrator.value())
                .param("now", Moments.now(clock))
                .query(Boolean.class)
                .single();
        if (!mayAct) {
            throw new DomainException(
                    Kind.FORBIDDEN,
                    "not-an-administrator",
                    "Alleen een functioneel beheerder krijgt een beheersleutel.");
        }
        UUID id = UUID.randomUUID();
        String secret = secrets.newSecret();
        OffsetDateTime expiresAt = secrets.expiry();
        jdbc.sql("""
                        insert into administrator_api_token (id, account_id, description, secret_sha256, created_at,
                                                             expires_at)
                        values (:id, :account, :description, :hash, :now, :expiresAt)""")
                .param("id", id)
                .param("account", administrator.value())
                .param("description", trimmed)
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .param("expiresAt", expiresAt)
                .update();
        return new IssuedToken(id, id + "." + secret, expiresAt);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalToken> of(AccountId administrator) {
        return jdbc.sql("""
                        select id, description, created_at, expires_at from administrator_api_token
                        where account_id = :account and revoked_at is null and expires_at > :now
                        order by created_at desc""")
                .param("account", administrator.value())
                .param("now", Moments.now(clock))
                .query((rs, n) -> new PersonalToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("description"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class)))
                .list();
    }

    @Override
    public void revoke(AccountId administrator, UUID tokenId) {
        int updated = jdbc.sql("""
                        update administrator_api_token set revoked_at = coalesce(revoked_at, :now)
                        where id = :id and account_id = :account""")
                .param("id", tokenId)
                .param("account", administrator.value())
                .param("now", Moments.now(clock))
                .update();
        if (updated == 0) {
            throw new DomainException(Kind.NOT_FOUND, "credential-not-found", "Deze sleutel bestaat niet.");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AdministratorPrincipal> authenticate(String token) {
        return BearerToken.parse(token)
                .flatMap(presented -> jdbc.sql("select t.account_id, t.secret_sha256, t.expires_at,"
                                + " t.previous_secret_sha256, t.previous_valid_until"
                                + " from administrator_api_token t join user_account a on a.id = t.account_id"
                                + " where t.id = :id and t.revoked_at is null and " + ACCOUNT_MAY_ACT)
                        .param("id", presented.id())
                        .param("now", Moments.now(clock))
                        .query((rs, n) -> secrets.accepts(presented.secret(), rs)
                                ? new AdministratorPrincipal(rs.getObject("account_id", UUID.class), presented.id())
                                : null)
                        .optional());
    }
}
