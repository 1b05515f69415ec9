// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What the hash of a logbook entry covers: every column but the id (given by the database after the hash) and the
 * youth's blind index (which R-PROOF may clear; the audit reference stays). The canonical form writes each field as
 * its name, its length and its value, so no two different entries share a form.
 */
record ChainLink(
        OffsetDateTime occurredAt,
        String action,
        String actorType,
        String actorId,
        String actingUser,
        UUID professionalId,
        UUID organisationId,
        byte[] auditRef,
        UUID signalId,
        String subjectId,
        String remoteAddress,
        String client,
        byte[] previousHash) {

    /** The hash before the first entry of the chain. */
    static final byte[] GENESIS = new byte[32];

    /** A stored entry as the chain links it, after {@code previous} (the hash of the entry before it in its chain). */
    static ChainLink ofRow(ResultSet rs, byte[] previous) throws SQLException {
        return new ChainLink(
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("action"),
                rs.getString("actor_type"),
                rs.getString("actor_id"),
                rs.getString("acting_user"),
                rs.getObject("professional_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getBytes("audit_ref"),
                rs.getObject("signal_id", UUID.class),
                rs.getString("subject_id"),
                rs.getString("remote_address"),
                rs.getString("client"),
                previous);
    }

    String canonicalForm() {
        StringBuilder form = new StringBuilder();
        field(form, "occurred_at", occurredAt.toInstant().toString());
        field(form, "action", action);
        field(form, "actor_type", actorType);
        field(form, "actor_id", actorId);
        field(form, "acting_user", actingUser);
        field(form, "professional_id", text(professionalId));
        field(form, "organisation_id", text(organisationId));
        field(form, "audit_ref", hex(auditRef));
        field(form, "signal_id", text(signalId));
        field(form, "subject_id", subjectId);
        field(form, "remote_address", remoteAddress);
        field(form, "client", client);
        field(form, "previous_hash", hex(previousHash));
        return form.toString();
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    boolean hashes(byte[] stored) {
        return stored != null && MessageDigest.isEqual(hash(), stored);
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }

    private static void field(StringBuilder form, String name, String value) {
        form.append(name).append('=');
        if (value == null) {
            form.append('-');
        } else {
            form.append(value.length()).append(':').append(value);
        }
        form.append('\n');
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
