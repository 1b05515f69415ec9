// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.youth.YouthId;

/**
 * What a professional sees of their matches (R-VISIBLE: only matches they are in, through their own
 * active signals), and who a new match concerns. A read model: it joins the signal table by id.
 */
@Service
@Transactional(readOnly = true)
public class MatchQueries {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Logbook logbook;

    MatchQueries(JdbcClient jdbc, Directory directory, Logbook logbook) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.logbook = logbook;
    }

    /**
     * The professional's current matches, each with the other professional's contact details (R-NOTICE).
     * Every read is written to the logbook with the youth's blind index (R-LOGBOOK).
     */
    @Transactional
    public List<MatchView> matchesOf(OrganisationId organisation, ProfessionalId professional, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        List<Row> rows = jdbc.sql("""
                        select mp.id as pair_id, mp.kind, mp.match_case_id, mp.created_at, own.id as own_signal,
                               other.id as other_signal, other.professional_id as other_professional,
                               other.registered_at as other_registered_at, y.bsn_index
                        from signal own
                        join match_pair mp on (mp.signal_a = own.id or mp.signal_b = own.id)
                        join signal other on other.id = case when mp.signal_a = own.id then mp.signal_b else mp.signal_a end
                        join youth y on y.id = own.youth_id
                        where own.professional_id = :professional and own.status = 'ACTIVE' and other.status = 'ACTIVE'
                        order by mp.created_at desc""")
                .param("professional", professional.value())
                .query((rs, n) -> new Row(
                        new MatchPairId(rs.getObject("pair_id", UUID.class)),
                        MatchKind.valueOf(rs.getString("kind")),
                        new MatchCaseId(rs.getObject("match_case_id", UUID.class)),
                        rs.getObject("created_at", OffsetDateTime.class),
                        new SignalId(rs.getObject("own_signal", UUID.class)),
                        new SignalId(rs.getObject("other_signal", UUID.class)),
                        new ProfessionalId(rs.getObject("other_professional", UUID.class)),
                        rs.getObject("other_registered_at", OffsetDateTime.class),
                        rs.getBytes("bsn_index")))
                .list();
        Map<ProfessionalId, ProfessionalContact> contacts =
                directory.contacts(rows.stream().map(Row::otherProfessional).toList());
        Set<SignalId> loggedSignals = new LinkedHashSet<>();
        for (Row row : rows) {
            if (loggedSignals.add(row.ownSignal())) {
                logbook.record(new LogbookEntry(
                        Action.MATCHES_VIEWED,
                        actor,
                        professional.value(),
                        organisation.value(),
                        row.youthIndex(),
                        row.ownSignal().value(),
                        row.caseId().toString()));
            }
        }
        return rows.stream()
                .map(r -> new MatchView(
                        r.pairId(),
                        r.kind(),
                        r.caseId(),
                        r.createdAt(),
                        r.ownSignal(),
                        r.otherSignal(),
                        r.otherRegisteredAt(),
                        contacts.get(r.otherProfessional())))
                .toList();
    }

    /**
     * The signals taking part in match cases that are still active, per case: for the match director and the
     * consultation (coordination module). A case without active signals is absent from the map.
     */
    public Map<MatchCaseId, List<Participant>> activeParticipants(Collection<MatchCaseId> matchCaseIds) {
        return activeParticipants(matchCaseIds, "");
    }

    /**
     * The case's active signals, held ({@code for key share}) until the caller's transaction ends, for a transaction
     * that goes on to write rows about the case's matches (the case opening). A deletion of one of the signals then
     * waits for it instead of taking the match away between the read and the write; a deletion that came first
     * leaves its signal out. Ending or extending a signal ({@code no key update}) does not wait.
     */
    public List<Participant> holdActiveParticipants(MatchCaseId matchCase) {
        return activeParticipants(List.of(matchCase), " for key share of s").getOrDefault(matchCase, List.of());
    }

    /** The same for several cases in one read (issue 18: the carried-over matches of a batch of an import). */
    public Map<MatchCaseId, List<Participant>> holdActiveParticipants(Collection<MatchCaseId> matchCases) {
        return activeParticipants(matchCases, " for key share of s");
    }

    /**
     * Locks the youths of the case's signals and of these pairs' signals ({@code for no key update}, in id order)
     * until the caller's transaction ends, before it holds any of their signals: a deletion takes the youth and then
     * the signal, so a transaction that held a signal and then waited for its youth could deadlock with it. Issue 18
     * (docs/adr/0058): the case opening of a new match, in whose transaction the match's notices are made. The pairs
     * count too: a case merged into another one meanwhile has no participants left, and its pairs still tell.
     */
    public void holdYouthsOf(MatchCaseId matchCase, Collection<MatchPairId> pairs) {
        jdbc.sql("""
                        select y.id from youth y
                        where y.id in (select s.youth_id from match_participant mp join signal s on s.id = mp.signal_id
                                       where mp.match_case_id = :case
                                       union
                                       select s.youth_id from match_pair p
                                       join signal s on s.id in (p.signal_a, p.signal_b)
                                       where p.id = any(:pairs))
                        order by y.id for no key update of y""")
                .param("case", matchCase.value())
                .param(
                        "pairs",
                        pairs.stream().map(MatchPairId::value).distinct().toArray(UUID[]::new))
                .query(Long.class)
                .list();
    }

    private Map<MatchCaseId, List<Participant>> activeParticipants(Collection<MatchCaseId> matchCaseIds, String lock) {
        if (matchCaseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select mp.match_case_id, s.id, s.professional_id, s.organisation_id, s.region_code, s.registered_at,
                               y.bsn_index
                        from match_participant mp
                        join signal s on s.id = mp.signal_id
                        join youth y on y.id = s.youth_id
                        where mp.match_case_id = any(:cases) and s.status = 'ACTIVE'
                        order by s.registered_at, s.id""" + lock)
                .param(
                        "cases",
                        matchCaseIds.stream().map(MatchCaseId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new Participant(
                        new MatchCaseId(rs.getObject("match_case_id", UUID.class)),
                        new SignalId(rs.getObject("id", UUID.class)),
                        new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        rs.getString("region_code"),
                        rs.getObject("registered_at", OffsetDateTime.class),
                        rs.getBytes("bsn_index")))
                .stream()
                .collect(Collectors.groupingBy(Participant::matchCaseId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The active signals of one match case, earliest first; empty when none is left. */
    public List<Participant> activeParticipants(MatchCaseId matchCase) {
        return activeParticipants(List.of(matchCase)).getOrDefault(matchCase, List.of());
    }

    /** The match cases in which the professional takes part with an active signal (R-VISIBLE). */
    public List<MatchCaseId> caseIdsOf(ProfessionalId professional) {
        return jdbc.sql("""
                        select distinct mp.match_case_id
                        from signal s join match_participant mp on mp.signal_id = s.id
                        where s.professional_id = :professional and s.status = 'ACTIVE'""")
                .param("professional", professional.value())
                .query((rs, n) -> new MatchCaseId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** The match cases in which the youth takes part with an active signal (R-SUPERVISE: they follow the youth). */
    public List<MatchCaseId> caseIdsOfYouth(YouthId youth) {
        return jdbc.sql("""
                        select distinct mp.match_case_id
                        from signal s join match_participant mp on mp.signal_id = s.id
                        where s.youth_id = :youth and s.status = 'ACTIVE'""")
                .param("youth", youth.value())
                .query((rs, n) -> new MatchCaseId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** What coordination and the figures need of the pairs that exist: kind, both signals and regions, when made. */
    public List<PairFacts> pairs(Collection<MatchPairId> pairIds) {
        if (pairIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, match_case_id, kind, signal_a, signal_b, region_a, region_b, created_at
                        from match_pair where id = any(:ids)""")
                .param(
                        "ids",
                        pairIds.stream().map(MatchPairId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new PairFacts(
                        new MatchPairId(rs.getObject("id", UUID.class)),
                        new MatchCaseId(rs.getObject("match_case_id", UUID.class)),
                        rs.getString("kind"),
                        new SignalId(rs.getObject("signal_a", UUID.class)),
                        new SignalId(rs.getObject("signal_b", UUID.class)),
                        rs.getString("region_a"),
                        rs.getString("region_b"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** The pair of two signals, named in either order (issue 18: a {@code match} record of an imported file). */
    public Optional<PairFacts> pairOf(SignalId signal1, SignalId signal2) {
        return jdbc.sql("""
                        select id from match_pair
                        where (signal_a = :one and signal_b = :two) or (signal_a = :two and signal_b = :one)""")
                .param("one", signal1.value())
                .param("two", signal2.value())
                .query((rs, n) -> new MatchPairId(rs.getObject(1, UUID.class)))
                .optional()
                .flatMap(id -> pairs(List.of(id)).stream().findFirst());
    }

    /** An active signal in a match case; the youth's blind index is for the logbook only. */
    public record Participant(
            MatchCaseId matchCaseId,
            SignalId signalId,
            ProfessionalId professionalId,
            OrganisationId organisationId,
            String regionCode,
            OffsetDateTime registeredAt,
            byte[] youthIndex) {}

    /** One pair (one match, R-MATCH-YOUTH); {@code kind} as stored, so kinds added later need no change here. */
    public record PairFacts(
            MatchPairId pairId,
            MatchCaseId matchCaseId,
            String kind,
            SignalId signalA,
            SignalId signalB,
            String regionA,
            String regionB,
            OffsetDateTime createdAt) {

        public boolean acrossRegions() {
            return !regionA.equals(regionB);
        }
    }

    private record Row(
            MatchPairId pairId,
            MatchKind kind,
            MatchCaseId caseId,
            OffsetDateTime createdAt,
            SignalId ownSignal,
            SignalId otherSignal,
            ProfessionalId otherProfessional,
            OffsetDateTime otherRegisteredAt,
            byte[] youthIndex) {}

    /** One match of a professional: a pair of their own active signal and another's. */
    public record MatchView(
            MatchPairId pairId,
            MatchKind kind,
            MatchCaseId matchCaseId,
            OffsetDateTime matchedAt,
            SignalId ownSignalId,
            SignalId otherSignalId,
            OffsetDateTime otherRegisteredAt,
            ProfessionalContact otherProfessional) {}
}
