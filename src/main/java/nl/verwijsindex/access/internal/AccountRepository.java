// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;

/** The {@code user_account} table. */
@Repository
public class AccountRepository {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.role, a.professional_id,
                   coalesce(a.organisation_id, p.organisation_id) as organisation_id, a.municipality_code, a.region_code,
                   a.password_hash, a.failed_attempts, a.locked_until, a.totp_secret_encrypted, a.totp_last_step,
                   a.password_must_change, a.password_expires_at, a.disabled_at,
                   p.left_on
            from user_account a left join professional p on p.id = a.professional_id
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param expiresAt when the password stops working: set for a temporary one (to be replaced at the next login),
     *                  null for one the person chose
     */
    public boolean insert(
            UUID id,
            String username,
            NewAccount account,
            String passwordHash,
            OffsetDateTime expiresAt,
            OffsetDateTime now) {
        return jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, password_must_change,
                                                  password_expires_at, role, professional_id, organisation_id,
                                                  municipality_code, region_code, created_at)
                        values (:id, :username, :displayName, :hash, :mustChange, :expiresAt, :role, :professional,
                                :organisation, :municipality, :region, :now)
                        on conflict do nothing""")
                        .param("id", id)
                        .param("username", username)
                        .param("displayName", account.displayName())
                        .param("hash", passwordHash)
                        .param("mustChange", expiresAt != null)
                        .param("expiresAt", expiresAt)
                        .param("role", account.role().name())
                        .param(
                                "professional",
                                account.professional() == null
                                        ? null
                                        : account.professional().value())
                        .param(
                                "organisation",
                                account.organisation() == null
                                        ? null
                                        : account.organisation().value())
                        .param("municipality", account.municipalityCode())
                        .param("region", account.regionCode())
                        .param("now", now)
                        .update()
                == 1;
    }

    public Optional<Stored> findByUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = :username")
                .param("username", username)
                .query(this::map)
                .optional();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /**
     * Locks the row for a login that may count a failure: concurrent logins to one account take turns, so none
     * checks a password once the lockout holds (issue 12).
     */
    public Optional<Stored> lockByUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = :username for update of a")
                .param("username", username)
                .query(this::map)
                .optional();
    }

    /** A hash of the same password under the current parameters; whether it is temporary stays as it was. */
    public void rehash(UUID id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash where id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .update();
    }

    /** @return whether the account exists */
    public boolean disable(UUID id, OffsetDateTime now) {
        return jdbc.sql("update user_account set disabled_at = coalesce(disabled_at, :now) where id = :id")
                        .param("id", id)
                        .param("now", now)
                        .update()
                == 1;
    }

    /** @return whether the account exists */
    public boolean enable(UUID id) {
        return jdbc.sql("update user_account set disabled_at = null where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Locks the row for a check that may count a failure. */
    public Optional<Stored> lock(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id for update of a")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** One more failure; at {@code max} the account is locked until {@code lockedUntil} and the count starts over. */
    public void recordFailure(UUID id, int max, OffsetDateTime lockedUntil) {
        jdbc.sql("""
                        update user_account
                        set locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end,
                            failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end
                        where id = :id""")
                .param("id", id)
                .param("max", max)
                .param("until", lockedUntil)
                .update();
    }

    public void recordSuccess(UUID id) {
        jdbc.sql("""
                        update user_account set failed_attempts = 0, locked_until = null
                        where id = :id and (failed_attempts > 0 or locked_until is not null)""").param("id", id).update();
    }

    public void saveSecondFactor(UUID id, byte[] sealedSecret, long usedStep) {
        jdbc.sql("update user_account set totp_secret_encrypted = :secret, totp_last_step = :step where id = :id")
                .param("id", id)
                .param("secret", sealedSecret)
                .param("step", usedStep)
                .update();
    }

    public void recordUsedStep(UUID id, long step) {
        jdbc.sql("update user_account set totp_last_step = :step where id = :id")
                .param("id", id)
                .param("step", step)
                .update();
    }

    /** Every account, for the administrator: what it is linked to and whether it is locked, never a secret. */
    public List<Stored> all() {
        return jdbc.sql(SELECT + " order by a.username").query(this::map).list();
    }

    public Optional<String> usernameOfProfessional(UUID professionalId) {
        return jdbc.sql("select username from user_account where professional_id = :p")
                .param("p", professionalId)
                .query(String.class)
                .optional();
    }

    /**
     * A new password; the count of failures starts over.
     *
     * @param expiresAt when a temporary one (set by someone else, to be replaced at the next login) stops working;
     *                  null for one the person chose
     * @return whether the account exists
     */
    public boolean replacePassword(UUID id, String passwordHash, OffsetDateTime expiresAt) {
        return jdbc.sql("""
                        update user_account set password_hash = :hash, password_must_change = :mustChange,
                                                password_expires_at = :expiresAt, failed_attempts = 0
                        where id = :id""")
                        .param("id", id)
                        .param("hash", passwordHash)
                        .param("mustChange", expiresAt != null)
                        .param("expiresAt", expiresAt)
                        .update()
                == 1;
    }

    /** Forgets the second factor: the account enrols again at its next login. @return whether the account exists */
    public boolean clearSecondFactor(UUID id) {
        return jdbc.sql("update user_account set totp_secret_encrypted = null, totp_last_step = null where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    /** @return whether the account exists */
    public boolean unlock(UUID id) {
        return jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    private Stored map(ResultSet rs, int n) throws SQLException {
        SignedInAccount account = new SignedInAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("professional_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("municipality_code"),
                rs.getString("region_code"));
        long lastStep = rs.getLong("totp_last_step");
        if (rs.wasNull()) {
            lastStep = -1;
        }
        return new Stored(
                account,
                rs.getString("password_hash"),
                rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class),
                rs.getBytes("totp_secret_encrypted"),
                lastStep,
                rs.getObject("left_on", LocalDate.class),
                rs.getBoolean("password_must_change"),
                rs.getObject("password_expires_at", OffsetDateTime.class),
                rs.getObject("disabled_at", OffsetDateTime.class));
    }

    /**
     * A row as stored. {@code professionalLeftOn} is set when the linked professional left the organisation;
     * {@code passwordMustChange} while the password is a temporary one, which works until {@code passwordExpiresAt};
     * {@code disabledAt} while an administrator has disabled the account.
     */
    public record Stored(
            SignedInAccount account,
            String passwordHash,
            int failedAttempts,
            OffsetDateTime lockedUntil,
            byte[] sealedSecondFactorSecret,
            long lastUsedStep,
            LocalDate professionalLeftOn,
            boolean passwordMustChange,
            OffsetDateTime passwordExpiresAt,
            OffsetDateTime disabledAt) {

        /** Whether the account may be used at {@code now}: not disabled, and its professional has not left. */
        public boolean inGoodStanding(LocalDate today) {
            return disabledAt == null && (professionalLeftOn == null || professionalLeftOn.isAfter(today));
        }

        @Override
        public String toString() {
            return "Stored[" + account.accountId() + "]";
        }
    }
}
