// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchKind;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.signal.ActiveSignal;
import nl.verwijsindex.youth.YouthId;

/**
 * The writes every matcher makes: a match case (per youth, or per shared parent or address key), its
 * participants, and one pair per two signals. All idempotent: a case, participant or pair that exists is
 * left as it is, so a matcher can evaluate again without doubling anything (DESIGN decision 3).
 */
@Component
class MatchStore {

    private final JdbcClient jdbc;

    MatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** R-MATCH-YOUTH: the youth's case, opened when there is none. */
    MatchCaseId youthCase(YouthId youth, OffsetDateTime now) {
        UUID id = jdbc.sql("""
                        insert into match_case (id, kind, youth_id, opened_at) values (:id, :kind, :youth, :now)
                        on conflict (youth_id) do update set youth_id = excluded.youth_id
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("kind", MatchKind.YOUTH.name())
                .param("youth", youth.value())
                .param("now", now)
                .query(UUID.class)
                .single();
        return new MatchCaseId(id);
    }

    /** The same for several youths in one statement (issue 18: a batch of an import). */
    Map<YouthId, MatchCaseId> youthCases(Collection<YouthId> youths, OffsetDateTime now) {
        if (youths.isEmpty()) {
            return Map.of();
        }
        List<YouthId> sorted = youths.stream()
                .distinct()
                .sorted(Comparator.comparing(YouthId::value))
                .toList();
        return jdbc
                .sql("""
                        insert into match_case (id, kind, youth_id, opened_at)
                        select id, :kind, youth_id, :now from unnest(:ids, :youths) as n(id, youth_id)
                        on conflict (youth_id) do update set youth_id = excluded.youth_id
                        returning youth_id, id""")
                .param("ids", sorted.stream().map(y -> UUID.randomUUID()).toArray(UUID[]::new))
                .param("youths", sorted.stream().map(YouthId::value).toArray(Long[]::new))
                .param("kind", MatchKind.YOUTH.name())
                .param("now", now)
                .query((rs, n) ->
                        Map.entry(new YouthId(rs.getLong("youth_id")), new MatchCaseId(rs.getObject("id", UUID.class))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * R-MATCH-FAMILY, R-MATCH-ADDRESS: the case of a shared parent or address. {@code keys} are the blind indexes of
     * every parent two youths share (or the one address); the case opened earliest under any of them is theirs,
     * else a new one under the first.
     */
    MatchCaseId keyedCase(MatchKind kind, List<byte[]> keys, OffsetDateTime now) {
        return jdbc.sql("""
                        select id from match_case where kind = :kind and case_key in (:keys)
                        order by opened_at, id limit 1""")
                .param("kind", kind.name())
                .param("keys", keys)
                .query(UUID.class)
                .optional()
                .map(MatchCaseId::new)
                .orElseGet(() -> keyedCase(kind, keys.get(0), now));
    }

    private MatchCaseId keyedCase(MatchKind kind, byte[] key, OffsetDateTime now) {
        UUID id = jdbc.sql("""
                        insert into match_case (id, kind, case_key, opened_at) values (:id, :kind, :key, :now)
                        on conflict (kind, case_key) where case_key is not null do update set case_key = excluded.case_key
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("kind", kind.name())
                .param("key", key)
                .param("now", now)
                .query(UUID.class)
                .single();
        return new MatchCaseId(id);
    }

    /**
     * ADR 0022: the case keyed by a parent's or address's blind index under an older key follows it to the current
     * key, unless a case under the current key was opened meanwhile (then both stay, as before this existed).
     * @return whether a case moved
     */
    boolean rekeyCase(MatchKind kind, byte[] previous, byte[] current) {
        return jdbc.sql("""
                        update match_case set case_key = :current
                        where kind = :kind and case_key = :previous
                          and not exists (select 1 from match_case where kind = :kind and case_key = :current)""")
                        .param("kind", kind.name())
                        .param("previous", previous)
                        .param("current", current)
                        .update()
                == 1;
    }

    /** The youth's case, if it has one. */
    Optional<MatchCaseId> caseOfYouth(YouthId youth) {
        return jdbc.sql("select id from match_case where youth_id = :youth")
                .param("youth", youth.value())
                .query(UUID.class)
                .optional()
                .map(MatchCaseId::new);
    }

    /** R-NOBSN: the case of a youth merged into one that had no case becomes that youth's case. */
    void moveCase(MatchCaseId matchCase, YouthId to) {
        jdbc.sql("update match_case set youth_id = :to where id = :case")
                .param("to", to.value())
                .param("case", matchCase.value())
                .update();
    }

    /** R-NOBSN: the pairs and participants of a merged youth's case join the other youth's case, which stays. */
    void mergeCase(MatchCaseId from, MatchCaseId into) {
        jdbc.sql("update match_pair set match_case_id = :into where match_case_id = :from")
                .param("into", into.value())
                .param("from", from.value())
                .update();
        jdbc.sql("""
                        insert into match_participant (match_case_id, signal_id, joined_at)
                        select :into, signal_id, joined_at from match_participant where match_case_id = :from
                        on conflict do nothing""").param("into", into.value()).param("from", from.value()).update();
        jdbc.sql("delete from match_case where id = :from")
                .param("from", from.value())
                .update();
    }

    /**
     * The pair of two signals, with both as participants of the case. The pair is stored in PostgreSQL's
     * uuid order (bytewise, unlike Java's signed compareTo), as the check constraint and unique key expect. Issue 18:
     * one statement, the participants written only when the pair is new, where they were two statements more.
     *
     * @return the new pair's id; empty when the two signals already make a match (of any kind)
     */
    Optional<MatchPairId> addPair(
            MatchCaseId caseId, MatchKind kind, ActiveSignal a, ActiveSignal b, OffsetDateTime now) {
        return jdbc.sql("""
                        with pair as (
                            insert into match_pair (id, match_case_id, kind, signal_a, signal_b, region_a, region_b, created_at)
                            select :id, :case, :kind, least(:s1, :s2), greatest(:s1, :s2),
                                   case when :s1 < :s2 then :r1 else :r2 end, case when :s1 < :s2 then :r2 else :r1 end, :now
                            on conflict (signal_a, signal_b) do nothing
                            returning id),
                        participant as (
                            insert into match_participant (match_case_id, signal_id, joined_at)
                            select :case, signal, :now from pair, unnest(array[cast(:s1 as uuid), cast(:s2 as uuid)]) as signal
                            on conflict do nothing)
                        select id from pair""")
                .param("id", UUID.randomUUID())
                .param("case", caseId.value())
                .param("kind", kind.name())
                .param("s1", a.id().value())
                .param("s2", b.id().value())
                .param("r1", a.regionCode())
                .param("r2", b.regionCode())
                .param("now", now)
                .query((rs, n) -> new MatchPairId(rs.getObject("id", UUID.class)))
                .optional();
    }

    /** A pair to add to a case, with the id it gets when it is new. */
    record NewPair(MatchPairId id, MatchCaseId caseId, ActiveSignal a, ActiveSignal b) {}

    /**
     * Several pairs, each with both signals as participants of its case, in two statements (issue 18: a batch of an
     * import), as {@link #addPair} adds them one by one. @return the ids of the pairs that were new
     */
    Set<MatchPairId> addPairs(MatchKind kind, List<NewPair> pairs, OffsetDateTime now) {
        if (pairs.isEmpty()) {
            return Set.of();
        }
        Set<MatchPairId> added = new HashSet<>(jdbc.sql("""
                        insert into match_pair (id, match_case_id, kind, signal_a, signal_b, region_a, region_b, created_at)
                        select id, c, :kind, least(s1, s2), greatest(s1, s2),
                               case when s1 < s2 then r1 else r2 end, case when s1 < s2 then r2 else r1 end, :now
                        from unnest(:ids, :cases, :s1, :s2, cast(:r1 as text[]), cast(:r2 as text[])) as n(id, c, s1, s2, r1, r2)
                        on conflict (signal_a, signal_b) do nothing
                        returning id""")
                .param("ids", pairs.stream().map(p -> p.id().value()).toArray(UUID[]::new))
                .param("cases", pairs.stream().map(p -> p.caseId().value()).toArray(UUID[]::new))
                .param("s1", pairs.stream().map(p -> p.a().id().value()).toArray(UUID[]::new))
                .param("s2", pairs.stream().map(p -> p.b().id().value()).toArray(UUID[]::new))
                .param("r1", pairs.stream().map(p -> p.a().regionCode()).toArray(String[]::new))
                .param("r2", pairs.stream().map(p -> p.b().regionCode()).toArray(String[]::new))
                .param("kind", kind.name())
                .param("now", now)
                .query((rs, n) -> new MatchPairId(rs.getObject("id", UUID.class)))
                .list());
        List<UUID[]> participants = pairs.stream()
                .filter(p -> added.contains(p.id()))
                .flatMap(p -> Stream.of(
                        new UUID[] {p.caseId().value(), p.a().id().value()},
                        new UUID[] {p.caseId().value(), p.b().id().value()}))
                .toList();
        if (!participants.isEmpty()) {
            jdbc.sql("""
                            insert into match_participant (match_case_id, signal_id, joined_at)
                            select c, s, :now from unnest(:cases, :signals) as n(c, s)
                            on conflict do nothing""")
                    .param("cases", participants.stream().map(p -> p[0]).toArray(UUID[]::new))
                    .param("signals", participants.stream().map(p -> p[1]).toArray(UUID[]::new))
                    .param("now", now)
                    .update();
        }
        return added;
    }
}
