// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.shared.Moments;

/**
 * The {@code account_activation} table (V67): per account the one activation link that works, and its e-mail as
 * an outbox. The link's secret is kept only as its SHA-256 (ADR 0002), and only once the e-mail is being sent.
 */
@Repository
public class ActivationStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ActivationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link for the account, to be e-mailed to {@code email}; the previous one, if any, stops working. */
    public void queue(UUID account, String email) {
        OffsetDateTime now = Moments.now(clock);
        jdbc.sql("""
                        insert into account_activation (account_id, email, requested_at, mail_state, mail_next_attempt_at)
                        values (:account, :email, :now, 'QUEUED', :now)
                        on conflict (account_id) do update
                        set email = excluded.email, secret_sha256 = null, expires_at = null, used_at = null,
                            requested_at = excluded.requested_at, mail_state = 'QUEUED', mail_attempts = 0,
                            mail_next_attempt_at = excluded.mail_next_attempt_at, mail_last_error = null""")
                .param("account", account)
                .param("email", email)
                .param("now", now)
                .update();
    }

    /** The address the last link went to, for a new link the administrator sends. */
    public Optional<String> emailOf(UUID account) {
        return jdbc.sql("select email from account_activation where account_id = :account")
                .param("account", account)
                .query(String.class)
                .optional();
    }

    /** Whether the account still waits to be activated: a link was sent (or is on its way) and not used. */
    public boolean pending(UUID account) {
        return jdbc.sql("select count(*) from account_activation where account_id = :account and used_at is null")
                        .param("account", account)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Links whose e-mail is due: queued, failed with a next attempt, or SENDING with a lease that ran out. */
    List<UUID> due(int limit) {
        return jdbc.sql("""
                        select account_id from account_activation
                        where mail_state in ('QUEUED', 'SENDING', 'FAILED') and mail_next_attempt_at <= :now
                        order by mail_next_attempt_at limit :limit""")
                .param("now", Moments.now(clock))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Claims the e-mail as SENDING until {@code leaseEnd} (SKIP LOCKED: no other instance sends it meanwhile) and
     * gives the link its secret, which replaces any secret an earlier attempt made. @return the address, or empty
     * when the e-mail is not due or another instance holds it
     */
    Optional<String> claim(UUID account, String secret, OffsetDateTime expiresAt, OffsetDateTime leaseEnd) {
        return jdbc.sql("""
                        update account_activation
                        set mail_state = 'SENDING', mail_next_attempt_at = :leaseEnd, secret_sha256 = :hash,
                            expires_at = :expiresAt
                        where account_id = (select account_id from account_activation where account_id = :account
                                            and mail_state in ('QUEUED', 'SENDING', 'FAILED')
                                            and mail_next_attempt_at <= :now for update skip locked)
                        returning email""")
                .param("account", account)
                .param("now", Moments.now(clock))
                .param("leaseEnd", leaseEnd)
                .param("hash", Secrets.sha256(secret))
                .param("expiresAt", expiresAt)
                .query(String.class)
                .optional();
    }

    int attempts(UUID account) {
        return jdbc.sql("select mail_attempts from account_activation where account_id = :account")
                .param("account", account)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    void markSent(UUID account) {
        jdbc.sql("""
                        update account_activation set mail_state = 'SENT', mail_attempts = mail_attempts + 1,
                                                      mail_next_attempt_at = null, mail_last_error = null
                        where account_id = :account and mail_state = 'SENDING'""").param("account", account).update();
    }

    /** The e-mail did not go out: its secret never reached anyone and is forgotten; the next attempt makes another. */
    void markFailed(UUID account, OffsetDateTime nextAttempt, String error) {
        jdbc.sql("""
                        update account_activation set mail_state = 'FAILED', mail_attempts = mail_attempts + 1,
                                                      mail_next_attempt_at = :next, mail_last_error = :error,
                                                      secret_sha256 = null, expires_at = null
                        where account_id = :account and mail_state = 'SENDING'""")
                .param("account", account)
                .param("next", nextAttempt)
                .param("error", error)
                .update();
    }

    /**
     * The account whose link has this secret, while the link works: sent, not used, not expired. {@code lock}
     * takes the row for the activation itself, so a link used in two tabs at once is used once.
     */
    public Optional<UUID> working(String secret, boolean lock) {
        return jdbc.sql("""
                        select account_id from account_activation
                        where secret_sha256 = :hash and used_at is null and expires_at > :now""" + (lock ? " for update" : ""))
                .param("hash", Secrets.sha256(secret))
                .param("now", Moments.now(clock))
                .query(UUID.class)
                .optional();
    }

    /**
     * The administrator set a temporary password before the link was used: the link, and its e-mail if not yet sent,
     * are withdrawn, so the account has one way in.
     */
    public void withdraw(UUID account) {
        jdbc.sql("delete from account_activation where account_id = :account and used_at is null")
                .param("account", account)
                .update();
    }

    /** The link was used: it never works again, and its secret is forgotten. */
    public void markUsed(UUID account) {
        jdbc.sql("update account_activation set used_at = :now, secret_sha256 = null where account_id = :account")
                .param("account", account)
                .param("now", Moments.now(clock))
                .update();
    }
}
