// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.rights.IdentityCheck;
import nl.verwijsindex.rights.Outcome;
import nl.verwijsindex.rights.RequestKind;
import nl.verwijsindex.rights.RequestView;
import nl.verwijsindex.rights.Requester;

/** All SQL on {@code rights_request}. */
@Repository
public class RequestStore {

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request, before it is decided; the BSN only as blind index and ciphertext. */
    public record NewRow(
            UUID id,
            String municipalityCode,
            RequestKind kind,
            Requester requester,
            IdentityCheck identityCheck,
            LocalDate youthBirthDate,
            byte[] bsnIndex,
            int bsnKeyId,
            byte[] bsnEncrypted,
            LocalDate receivedOn,
            LocalDate dueOn,
            String recordedBy,
            OffsetDateTime recordedAt) {}

    public void insert(NewRow row) {
        jdbc.sql("""
                        insert into rights_request (id, municipality_code, kind, requester, identity_check,
                            youth_birth_date, bsn_index, bsn_key_id, bsn_encrypted, received_on, due_on,
                            recorded_by, recorded_at)
                        values (:id, :municipality, :kind, :requester, :identity, :birthDate, :bsnIndex, :keyId,
                            :bsnEncrypted, :receivedOn, :dueOn, :recordedBy, :recordedAt)""")
                .param("id", row.id())
                .param("municipality", row.municipalityCode())
                .param("kind", row.kind().name())
                .param("requester", row.requester().name())
                .param("identity", row.identityCheck().name())
                .param("birthDate", row.youthBirthDate())
                .param("bsnIndex", row.bsnIndex())
                .param("keyId", row.bsnKeyId())
                .param("bsnEncrypted", row.bsnEncrypted())
                .param("receivedOn", row.receivedOn())
                .param("dueOn", row.dueOn())
                .param("recordedBy", row.recordedBy())
                .param("recordedAt", row.recordedAt())
                .update();
    }

    /** The request of the municipality, locked for the rest of the transaction when {@code forUpdate}. */
    public Optional<RequestView> find(UUID id, String municipalityCode, boolean forUpdate) {
        return jdbc.sql("select * from rights_request where id = :id and municipality_code = :municipality"
                        + (forUpdate ? " for update" : ""))
                .param("id", id)
                .param("municipality", municipalityCode)
                .query(RequestStore::view)
                .optional();
    }

    /** Locked, whatever its municipality: for the deadline tasks. */
    public Optional<RequestView> lock(UUID id) {
        return jdbc.sql("select * from rights_request where id = :id for update")
                .param("id", id)
                .query(RequestStore::view)
                .optional();
    }

    /** The municipality's requests, open ones first by deadline, then the decided ones newest first. */
    public List<RequestView> ofMunicipality(String municipalityCode, int limit) {
        return jdbc.sql("""
                        select * from rights_request where municipality_code = :municipality
                        order by outcome is not null, coalesce(extended_due_on, due_on), received_on desc, id
                        limit :limit""")
                .param("municipality", municipalityCode)
                .param("limit", limit)
                .query(RequestStore::view)
                .list();
    }

    public byte[] bsnEncrypted(UUID id) {
        return jdbc.sql("select bsn_encrypted from rights_request where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    /** The blind index the request was recorded with, for the logbook. */
    public byte[] bsnIndexOf(UUID id) {
        return jdbc.sql("select bsn_index from rights_request where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    public void extend(UUID id, LocalDate extendedDueOn, String reason, LocalDate toldOn) {
        jdbc.sql("""
                        update rights_request set extended_due_on = :due, extension_reason = :reason,
                            extension_told_on = :told where id = :id""")
                .param("id", id)
                .param("due", extendedDueOn)
                .param("reason", reason)
                .param("told", toldOn)
                .update();
    }

    public void decide(UUID id, Outcome outcome, String reason, LocalDate decidedOn, String decidedBy) {
        jdbc.sql("""
                        update rights_request set outcome = :outcome, decision_reason = :reason, decided_on = :on,
                            decided_by = :by where id = :id and outcome is null""")
                .param("id", id)
                .param("outcome", outcome.name())
                .param("reason", reason)
                .param("on", decidedOn)
                .param("by", decidedBy)
                .update();
    }

    public void liftRestriction(UUID id, LocalDate on) {
        jdbc.sql("update rights_request set restriction_lifted_on = :on where id = :id")
                .param("id", id)
                .param("on", on)
                .update();
    }

    /** Remembers the reminder for this deadline; @return false when it was already given or the request is decided. */
    public boolean markReminded(UUID id, LocalDate deadline) {
        return jdbc.sql("""
                                update rights_request set reminded_for = :deadline
                                where id = :id and outcome is null and reminded_for is distinct from :deadline
                                  and coalesce(extended_due_on, due_on) = :deadline""").param("id", id).param("deadline", deadline).update() > 0;
    }

    /** Remembers that this deadline passed undecided; @return false when already so, decided, or extended since. */
    public boolean markOverdue(UUID id, LocalDate deadline) {
        return jdbc.sql("""
                                update rights_request set overdue_for = :deadline
                                where id = :id and outcome is null and overdue_for is distinct from :deadline
                                  and coalesce(extended_due_on, due_on) = :deadline""").param("id", id).param("deadline", deadline).update() > 0;
    }

    private static RequestView view(ResultSet rs, int n) throws SQLException {
        LocalDate deadline = rs.getObject("extended_due_on", LocalDate.class) != null
                ? rs.getObject("extended_due_on", LocalDate.class)
                : rs.getObject("due_on", LocalDate.class);
        String outcome = rs.getString("outcome");
        return new RequestView(
                rs.getObject("id", UUID.class),
                rs.getString("municipality_code"),
                RequestKind.valueOf(rs.getString("kind")),
                Requester.valueOf(rs.getString("requester")),
                IdentityCheck.valueOf(rs.getString("identity_check")),
                rs.getObject("youth_birth_date", LocalDate.class),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("extended_due_on", LocalDate.class),
                rs.getString("extension_reason"),
                rs.getObject("extension_told_on", LocalDate.class),
                deadline.equals(rs.getObject("reminded_for", LocalDate.class)),
                deadline.equals(rs.getObject("overdue_for", LocalDate.class)),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("decision_reason"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("restriction_lifted_on", LocalDate.class));
    }
}
