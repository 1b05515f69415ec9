// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.YouthId;

/** The SQL of bringing signals over from another system (issue 18, ADR 0031). */
@Repository
class ImportedSignalStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ImportedSignalStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** Which of these signals the index already holds. */
    Set<SignalId> existing(Collection<SignalId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from signal where id in (:ids)")
                .param("ids", ids.stream().map(SignalId::value).toList())
                .query((rs, n) -> new SignalId(rs.getObject("id", UUID.class)))
                .list());
    }

    /** The professionals with an active signal on each of these youths: one per professional per youth. */
    Map<YouthId, Set<ProfessionalId>> activeProfessionalsOf(Collection<YouthId> youths) {
        Map<YouthId, Set<ProfessionalId>> active = new HashMap<>();
        if (youths.isEmpty()) {
            return active;
        }
        jdbc.sql("select youth_id, professional_id from signal where youth_id in (:youths) and status = 'ACTIVE'")
                .param("youths", youths.stream().map(YouthId::value).distinct().toList())
                .query((rs, n) -> active.computeIfAbsent(new YouthId(rs.getLong("youth_id")), y -> new HashSet<>())
                        .add(new ProfessionalId(rs.getObject("professional_id", UUID.class))))
                .list();
        return active;
    }

    /**
     * With the dates and state the signal had in the old system. {@code on conflict do nothing}: a line imported
     * twice is written once (issue 18, idempotent and resumable).
     *
     * @return whether the row was written now
     */
    boolean insert(ImportedSignal s, YouthId youth, OrganisationId organisation) {
        return insertAll(List.of(new Row(s, youth, organisation)))[0];
    }

    /** A signal to write, with the youth and organisation it belongs to. */
    record Row(ImportedSignal signal, YouthId youth, OrganisationId organisation) {}

    /**
     * The same for a batch in one JDBC batch: one round trip to the database (issue 18).
     *
     * @return per row, in order, whether it was written now
     */
    boolean[] insertAll(List<Row> rows) {
        SqlParameterSource[] params = rows.stream()
                .map(r -> new MapSqlParameterSource()
                        .addValue("id", r.signal().id().value())
                        .addValue("youth", r.youth().value())
                        .addValue("professional", r.signal().professional().value())
                        .addValue("organisation", r.organisation().value())
                        .addValue("region", r.signal().regionCode())
                        .addValue("registeredAt", r.signal().registeredAt())
                        .addValue("activeUntil", r.signal().activeUntil())
                        .addValue("status", r.signal().status().name())
                        .addValue("endedAt", r.signal().endedAt())
                        .addValue(
                                "endReason",
                                r.signal().endReason() == null
                                        ? null
                                        : r.signal().endReason().name())
                        .addValue("archivedUntil", r.signal().archivedUntil())
                        .addValue("source", r.signal().source()))
                .toArray(SqlParameterSource[]::new);
        int[] counts = batch.batchUpdate("""
                insert into signal (id, youth_id, professional_id, organisation_id, region_code, grounds_confirmed,
                                    registered_at, active_until, status, ended_at, end_reason, archived_until,
                                    imported_from)
                values (:id, :youth, :professional, :organisation, :region, true, :registeredAt, :activeUntil,
                        :status, :endedAt, :endReason, :archivedUntil, :source)
                on conflict (id) do nothing""", params);
        boolean[] written = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            written[i] = counts[i] == 1;
        }
        return written;
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
