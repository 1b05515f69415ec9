// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.YouthId;

/** The SQL of bringing signals over from another system (issue 18, ADR 0031). */
@Repository
class ImportedSignalStore {

    private final JdbcClient jdbc;

    ImportedSignalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(SignalId id) {
        return jdbc.sql("select exists (select 1 from signal where id = :id)")
                .param("id", id.value())
                .query(Boolean.class)
                .single();
    }

    /** Whether the professional has an active signal on the youth: one per professional per youth. */
    /** The same, for a youth named by the blind index of its BSN or verwijsindex number (a dry run). */
    boolean activeOf(byte[] youthIndex, ProfessionalId professional) {
        return jdbc.sql("""
                        select exists (select 1 from signal s join youth y on y.id = s.youth_id
                                       where y.bsn_index = :youth and s.professional_id = :professional and s.status = 'ACTIVE')""")
                .param("youth", youthIndex)
                .param("professional", professional.value())
                .query(Boolean.class)
                .single();
    }

    boolean activeOf(YouthId youth, ProfessionalId professional) {
        return jdbc.sql(
                        "select exists (select 1 from signal where youth_id = :youth and professional_id = :professional and status = 'ACTIVE')")
                .param("youth", youth.value())
                .param("professional", professional.value())
                .query(Boolean.class)
                .single();
    }

    /**
     * With the dates and state the signal had in the old system. {@code on conflict do nothing}: a line imported
     * twice is written once (issue 18, idempotent and resumable).
     *
     * @return whether the row was written now
     */
    boolean insert(ImportedSignal s, YouthId youth, OrganisationId organisation) {
        return jdbc.sql("""
                        insert into signal (id, youth_id, professional_id, organisation_id, region_code, grounds_confirmed,
                                            registered_at, active_until, status, ended_at, end_reason, archived_until,
                                            imported_from)
                        values (:id, :youth, :professional, :organisation, :region, true, :registeredAt, :activeUntil,
                                :status, :endedAt, :endReason, :archivedUntil, :source)
                        on conflict (id) do nothing""")
                        .param("id", s.id().value())
                        .param("youth", youth.value())
                        .param("professional", s.professional().value())
                        .param("organisation", organisation.value())
                        .param("region", s.regionCode())
                        .param("registeredAt", s.registeredAt())
                        .param("activeUntil", s.activeUntil())
                        .param("status", s.status().name())
                        .param("endedAt", s.endedAt())
                        .param(
                                "endReason",
                                s.endReason() == null ? null : s.endReason().name())
                        .param("archivedUntil", s.archivedUntil())
                        .param("source", s.source())
                        .update()
                == 1;
    }

    /** The system each of these signals came from; a signal registered here is not in the map. */
    Map<SignalId, String> sources(Collection<SignalId> signals) {
        Map<SignalId, String> sources = new HashMap<>();
        if (signals.isEmpty()) {
            return sources;
        }
        List<UUID> ids = signals.stream().map(SignalId::value).toList();
        jdbc.sql("select id, imported_from from signal where id in (:ids) and imported_from is not null")
                .param("ids", ids)
                .query((rs, n) ->
                        sources.put(new SignalId(rs.getObject("id", UUID.class)), rs.getString("imported_from")))
                .list();
        return sources;
    }
}
