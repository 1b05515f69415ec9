// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.signal.SignalId;

/** The coordination module's own tables, {@code coordination_case} and {@code coordination_match}, in plain SQL. */
@Component
public class CaseStore {

    private static final String CASE_COLUMNS = """
            match_case_id, region_code, municipality_code, municipality_basis, director_signal_id, director_since,
            director_basis, opened_at""";

    private static final RowMapper<CaseRow> CASE = (rs, n) -> new CaseRow(
            new MatchCaseId(rs.getObject("match_case_id", UUID.class)),
            rs.getString("region_code"),
            rs.getString("municipality_code"),
            rs.getString("municipality_basis"),
            SignalId.orNull(rs.getObject("director_signal_id", UUID.class)),
            rs.getObject("director_since", OffsetDateTime.class),
            rs.getString("director_basis"),
            rs.getObject("opened_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the case once; a second opening (another match on the same case) changes nothing. */
    public void open(MatchCaseId caseId, CaseMunicipality municipality, OffsetDateTime now) {
        jdbc.sql("""
                        insert into coordination_case (match_case_id, region_code, municipality_code, municipality_basis, opened_at)
                        values (:case, :region, :municipality, :basis, :now)
                        on conflict (match_case_id) do nothing""")
                .param("case", caseId.value())
                .param("region", municipality.regionCode())
                .param("municipality", municipality.municipalityCode().orElse(null))
                .param("basis", municipality.basis().name())
                .param("now", now)
                .update();
    }

    /**
     * Several cases opened in one insert (issue 18: the carried-over matches of a batch of an import); a case that is
     * open already changes nothing.
     */
    public void openAll(Map<MatchCaseId, CaseMunicipality> cases, OffsetDateTime now) {
        if (cases.isEmpty()) {
            return;
        }
        List<Map.Entry<MatchCaseId, CaseMunicipality>> rows = List.copyOf(cases.entrySet());
        jdbc.sql("""
                        insert into coordination_case (match_case_id, region_code, municipality_code, municipality_basis, opened_at)
                        select c, r, m, b, :now
                        from unnest(:cases, cast(:regions as text[]), cast(:municipalities as text[]), cast(:bases as text[]))
                             as n(c, r, m, b)
                        on conflict (match_case_id) do nothing""")
                .param("cases", rows.stream().map(e -> e.getKey().value()).toArray(UUID[]::new))
                .param(
                        "regions",
                        rows.stream().map(e -> e.getValue().regionCode()).toArray(String[]::new))
                .param(
                        "municipalities",
                        rows.stream()
                                .map(e -> e.getValue().municipalityCode().orElse(null))
                                .toArray(String[]::new))
                .param(
                        "bases",
                        rows.stream().map(e -> e.getValue().basis().name()).toArray(String[]::new))
                .param("now", now)
                .update();
    }

    /**
     * Whether any of these cases is not in the municipality on the register's word: opened on the region's default, or
     * in another municipality than this one (null: none). Cases not opened yet do not count.
     */
    public boolean anyNotOnTheRegistersWordIn(Collection<MatchCaseId> caseIds, String municipalityCode) {
        return jdbc.sql("""
                        select exists (select 1 from coordination_case
                                       where match_case_id = any(:cases)
                                         and (municipality_basis <> 'PERSON_REGISTER'
                                              or municipality_code is distinct from cast(:municipality as text)))""")
                .param("cases", values(caseIds))
                .param("municipality", municipalityCode)
                .query(Boolean.class)
                .single();
    }

    /** R-SUPERVISE: the case follows the youth's municipality from the register, with its region and basis. */
    public void move(MatchCaseId caseId, CaseMunicipality municipality) {
        jdbc.sql("""
                        update coordination_case set region_code = :region, municipality_code = :municipality,
                                                     municipality_basis = :basis
                        where match_case_id = :case""")
                .param("case", caseId.value())
                .param("region", municipality.regionCode())
                .param("municipality", municipality.municipalityCode().orElse(null))
                .param("basis", municipality.basis().name())
                .update();
    }

    /** The case, locked until the end of the transaction, so appointments and consultations on it are serialised. */
    public Optional<CaseRow> lock(MatchCaseId caseId) {
        return jdbc.sql("select " + CASE_COLUMNS + " from coordination_case where match_case_id = :case for update")
                .param("case", caseId.value())
                .query(CASE)
                .optional();
    }

    /**
     * These cases, locked until the end of the transaction in the order of their ids, so two transactions that lock
     * several cases wait for each other instead of deadlocking.
     */
    public Map<MatchCaseId, CaseRow> lockAll(Collection<MatchCaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select " + CASE_COLUMNS
                        + " from coordination_case where match_case_id = any(:cases) order by match_case_id for update")
                .param("cases", values(caseIds))
                .query(CASE)
                .stream()
                .collect(Collectors.toMap(CaseRow::caseId, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    public Map<MatchCaseId, CaseRow> find(Collection<MatchCaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select " + CASE_COLUMNS + " from coordination_case where match_case_id = any(:cases)")
                .param("cases", values(caseIds))
                .query(CASE)
                .stream()
                .collect(Collectors.toMap(CaseRow::caseId, c -> c));
    }

    public void setDirector(MatchCaseId caseId, SignalId signalId, String basis, OffsetDateTime now) {
        jdbc.sql("""
                        update coordination_case set director_signal_id = :signal, director_basis = :basis, director_since = :now
                        where match_case_id = :case""")
                .param("case", caseId.value())
                .param("signal", signalId.value())
                .param("basis", basis)
                .param("now", now)
                .update();
    }

    /** Cases directed by this signal, whether it is still active, archived or deleted. */
    public List<MatchCaseId> directedBy(SignalId signalId) {
        return jdbc
                .sql("select match_case_id from coordination_case where director_signal_id = :signal")
                .param("signal", signalId.value())
                .query(UUID.class)
                .list()
                .stream()
                .map(MatchCaseId::new)
                .toList();
    }

    /**
     * Cases whose director no longer has an active signal (it expired, was ended or deleted) while others in
     * the case still do. A read model joining the signal and matching tables by id (docs/adr/0004); it catches
     * what no event announces, such as expiry by the nightly sweep.
     */
    public List<MatchCaseId> withDirectorGone(int limit) {
        return jdbc.sql("""
                        select cc.match_case_id from coordination_case cc
                        left join signal d on d.id = cc.director_signal_id
                        where (d.id is null or d.status <> 'ACTIVE')
                          and (select count(*) from match_participant mp join signal s on s.id = mp.signal_id
                               where mp.match_case_id = cc.match_case_id and s.status = 'ACTIVE') >= 2
                        limit :limit""").param("limit", limit).query(UUID.class).list().stream()
                .map(MatchCaseId::new)
                .toList();
    }

    private static UUID[] values(Collection<MatchCaseId> caseIds) {
        return caseIds.stream().map(MatchCaseId::value).distinct().toArray(UUID[]::new);
    }

    /** One coordination case; {@code directorSignalId} may name a signal that has ended or is gone. */
    public record CaseRow(
            MatchCaseId caseId,
            String regionCode,
            String municipalityCode,
            String municipalityBasis,
            SignalId directorSignalId,
            OffsetDateTime directorSince,
            String directorBasis,
            OffsetDateTime openedAt) {}
}
