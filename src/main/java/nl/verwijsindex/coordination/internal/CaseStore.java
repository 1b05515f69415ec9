// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.coordination.RecordedMatch;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchQueries.PairFacts;
import nl.verwijsindex.matching.MatchQueries.Participant;
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

    private static final RowMapper<MatchRow> MATCH = (rs, n) -> new MatchRow(
            new MatchPairId(rs.getObject("pair_id", UUID.class)),
            new MatchCaseId(rs.getObject("match_case_id", UUID.class)),
            rs.getObject("matched_at", OffsetDateTime.class),
            rs.getObject("matched_on", LocalDate.class),
            rs.getObject("due_on", LocalDate.class),
            rs.getObject("consulted_at", OffsetDateTime.class),
            rs.getObject("escalated_at", OffsetDateTime.class));

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

    /** @return whether the match was new */
    public boolean addMatch(NewMatch m) {
        return jdbc.sql("""
                        insert into coordination_match (pair_id, match_case_id, kind, across_regions, organisation_a, organisation_b,
                                                        matched_at, matched_on, due_on)
                        values (:pair, :case, :kind, :across, :orgA, :orgB, :at, :on, :due)
                        on conflict (pair_id) do nothing""").params(m.parameters()).update() == 1;
    }

    /** Several matches in one insert (issue 18: a batch of an import). @return the pairs that were new */
    public Set<MatchPairId> addMatches(List<NewMatch> matches) {
        if (matches.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                        insert into coordination_match (pair_id, match_case_id, kind, across_regions, organisation_a, organisation_b,
                                                        matched_at, matched_on, due_on)
                        select * from unnest(:pairs, :cases, cast(:kinds as text[]), :across, :orgA, :orgB,
                                             cast(:at as timestamptz[]), cast(:on as date[]), cast(:due as date[]))
                        on conflict (pair_id) do nothing
                        returning pair_id""")
                .param("pairs", matches.stream().map(m -> m.pairId().value()).toArray(UUID[]::new))
                .param("cases", matches.stream().map(m -> m.caseId().value()).toArray(UUID[]::new))
                .param("kinds", matches.stream().map(NewMatch::kind).toArray(String[]::new))
                .param("across", matches.stream().map(NewMatch::acrossRegions).toArray(Boolean[]::new))
                .param("orgA", matches.stream().map(NewMatch::organisationA).toArray(UUID[]::new))
                .param("orgB", matches.stream().map(NewMatch::organisationB).toArray(UUID[]::new))
                .param("at", matches.stream().map(m -> m.matchedAt().toString()).toArray(String[]::new))
                .param("on", matches.stream().map(m -> m.matchedOn().toString()).toArray(String[]::new))
                .param("due", matches.stream().map(m -> m.dueOn().toString()).toArray(String[]::new))
                .query((rs, n) -> new MatchPairId(rs.getObject(1, UUID.class)))
                .set();
    }

    /**
     * Issue 18: the dates an old system gave a match it made, over whatever this index planned when the match was
     * carried over; a match consulted here keeps its dates. @return whether anything changed
     */
    public boolean carryOver(NewMatch m) {
        return jdbc.sql("""
                        insert into coordination_match (pair_id, match_case_id, kind, across_regions, organisation_a, organisation_b,
                                                        matched_at, matched_on, due_on)
                        values (:pair, :case, :kind, :across, :orgA, :orgB, :at, :on, :due)
                        on conflict (pair_id) do update
                        set matched_at = excluded.matched_at, matched_on = excluded.matched_on, due_on = excluded.due_on
                        where coordination_match.consulted_at is null
                          and (coordination_match.matched_on, coordination_match.due_on)
                              is distinct from (excluded.matched_on, excluded.due_on)""").params(m.parameters()).update() == 1;
    }

    public Map<MatchCaseId, List<MatchRow>> matchesOf(Collection<MatchCaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select pair_id, match_case_id, matched_at, matched_on, due_on, consulted_at, escalated_at
                        from coordination_match where match_case_id = any(:cases) order by matched_at, pair_id""").param("cases", values(caseIds)).query(MATCH).stream()
                .collect(Collectors.groupingBy(MatchRow::caseId));
    }

    public List<MatchRow> matchesOf(MatchCaseId caseId) {
        return matchesOf(List.of(caseId)).getOrDefault(caseId, List.of());
    }

    public void markConsulted(MatchPairId pairId, OffsetDateTime at, int workingDays) {
        jdbc.sql("""
                        update coordination_match set consulted_at = :at, consulted_working_days = :days
                        where pair_id = :pair and consulted_at is null""")
                .param("pair", pairId.value())
                .param("at", at)
                .param("days", workingDays)
                .update();
    }

    /** Marks the case's matches not consulted by {@code dueOn} as escalated; @return how many were newly escalated */
    public int escalate(MatchCaseId caseId, LocalDate dueOn, OffsetDateTime now) {
        return jdbc.sql("""
                        update coordination_match set escalated_at = :now
                        where match_case_id = :case and consulted_at is null and due_on <= :due and escalated_at is null""")
                .param("case", caseId.value())
                .param("due", dueOn)
                .param("now", now)
                .update();
    }

    private static UUID[] values(Collection<MatchCaseId> caseIds) {
        return caseIds.stream().map(MatchCaseId::value).distinct().toArray(UUID[]::new);
    }

    /** The matches as the reports count them (R-REPORTS). */
    public List<RecordedMatch> recorded(Collection<MatchPairId> pairIds) {
        return jdbc.sql("""
                        select kind, across_regions, organisation_a, organisation_b, matched_on, due_on
                        from coordination_match where pair_id = any(:pairs) order by matched_at, pair_id""")
                .param("pairs", pairIds.stream().map(MatchPairId::value).toArray(UUID[]::new))
                .query((rs, n) -> new RecordedMatch(
                        rs.getString("kind"),
                        rs.getBoolean("across_regions"),
                        new OrganisationId(rs.getObject("organisation_a", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_b", UUID.class)),
                        rs.getObject("matched_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
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

    /** One match of a case with its deadline. */
    public record MatchRow(
            MatchPairId pairId,
            MatchCaseId caseId,
            OffsetDateTime matchedAt,
            LocalDate matchedOn,
            LocalDate dueOn,
            OffsetDateTime consultedAt,
            OffsetDateTime escalatedAt) {

        public boolean consulted() {
            return consultedAt != null;
        }
    }

    public record NewMatch(
            MatchPairId pairId,
            MatchCaseId caseId,
            String kind,
            boolean acrossRegions,
            UUID organisationA,
            UUID organisationB,
            OffsetDateTime matchedAt,
            LocalDate matchedOn,
            LocalDate dueOn) {

        /** A pair of two active signals, matched at {@code matchedAt}, with its deadline. */
        public static NewMatch of(
                PairFacts pair,
                Participant a,
                Participant b,
                OffsetDateTime matchedAt,
                LocalDate matchedOn,
                LocalDate dueOn) {
            return new NewMatch(
                    pair.pairId(),
                    pair.matchCaseId(),
                    pair.kind(),
                    pair.acrossRegions(),
                    a.organisationId().value(),
                    b.organisationId().value(),
                    matchedAt,
                    matchedOn,
                    dueOn);
        }

        Map<String, Object> parameters() {
            Map<String, Object> p = new HashMap<>();
            p.put("pair", pairId.value());
            p.put("case", caseId.value());
            p.put("kind", kind);
            p.put("across", acrossRegions);
            p.put("orgA", organisationA);
            p.put("orgB", organisationB);
            p.put("at", matchedAt);
            p.put("on", matchedOn);
            p.put("due", dueOn);
            return p;
        }
    }
}
