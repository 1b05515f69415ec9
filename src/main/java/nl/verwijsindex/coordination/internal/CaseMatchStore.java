// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The matches of the coordination cases, {@code coordination_match}, with their deadlines, consultation and
 * escalation, in plain SQL; {@link CaseStore} holds the cases themselves.
 */
@Component
public class CaseMatchStore {

    private static final RowMapper<MatchRow> MATCH = (rs, n) -> new MatchRow(
            new MatchPairId(rs.getObject("pair_id", UUID.class)),
            new MatchCaseId(rs.getObject("match_case_id", UUID.class)),
            rs.getObject("matched_at", OffsetDateTime.class),
            rs.getObject("matched_on", LocalDate.class),
            rs.getObject("due_on", LocalDate.class),
            rs.getObject("consulted_at", OffsetDateTime.class),
            rs.getObject("escalated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    CaseMatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    private static UUID[] values(Collection<MatchCaseId> caseIds) {
        return caseIds.stream().map(MatchCaseId::value).distinct().toArray(UUID[]::new);
    }

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
