// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.YouthId;

/**
 * A read model over {@code signal} (ADR 0004): a signal's state as the hub gets it, read when it is sent, and the
 * signals of a youth whose identity or register data changed. Ids and dates only.
 */
@Component
class SignalSnapshots {

    private final JdbcClient jdbc;

    SignalSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Snapshot> of(UUID signal) {
        return jdbc.sql("""
                        select id, youth_id, professional_id, status, registered_at, active_until, ended_at,
                               archived_until
                        from signal where id = :id""")
                .param("id", signal)
                .query((rs, n) -> new Snapshot(
                        rs.getObject("id", UUID.class),
                        new YouthId(rs.getLong("youth_id")),
                        new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                        "ACTIVE".equals(rs.getString("status")),
                        rs.getObject("registered_at", OffsetDateTime.class),
                        rs.getObject("active_until", LocalDate.class),
                        rs.getObject("ended_at", OffsetDateTime.class),
                        rs.getObject("archived_until", LocalDate.class)))
                .optional();
    }

    /** Every signal of the youth, active and archived. */
    List<UUID> ofYouth(YouthId youth) {
        return jdbc.sql("select id from signal where youth_id = :youth")
                .param("youth", youth.value())
                .query(UUID.class)
                .list();
    }

    /** The signal's professional, for a delivery about it; empty when the region no longer holds it. */
    Optional<ProfessionalId> activeProfessionalOf(UUID signal) {
        return jdbc.sql("select professional_id from signal where id = :id and status = 'ACTIVE'")
                .param("id", signal)
                .query(UUID.class)
                .optional()
                .map(ProfessionalId::new);
    }

    /** @param endedAt null while active */
    record Snapshot(
            UUID id,
            YouthId youthId,
            ProfessionalId professionalId,
            boolean active,
            OffsetDateTime registeredAt,
            LocalDate activeUntil,
            OffsetDateTime endedAt,
            LocalDate archivedUntil) {}
}
