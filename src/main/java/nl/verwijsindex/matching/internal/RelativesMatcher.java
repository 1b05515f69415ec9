package nl.verwijsindex.matching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.matching.MatchKind;
import nl.verwijsindex.matching.MatchRules;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.person.PersonDataRefreshed;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.person.PersonIndex.CoResidence;
import nl.verwijsindex.person.PersonIndex.Relative;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.ActiveSignal;
import nl.verwijsindex.signal.Signals;
import nl.verwijsindex.youth.YouthId;

/**
 * Makes family and address matches (R-MATCH-FAMILY, R-MATCH-ADDRESS) whenever the index has the youth's
 * parents and address from the register: after each registration and each re-check. It evaluates all
 * the youth's active signals again, and only pairs that did not exist yet are new, so running it twice
 * changes nothing. The person module holds the keys' locks, so two relatives are never evaluated at
 * once; the unique pair key is the second line of defence.
 *
 * <p>A case per shared parent or per address groups the signals it concerns, next to the case per youth.
 */
@Component
class RelativesMatcher {

    private final PersonIndex persons;
    private final Signals signals;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RelativesMatcher(PersonIndex persons, Signals signals, Directory directory, JdbcClient jdbc,
                     ApplicationEventPublisher events, Clock clock) {
        this.persons = persons;
        this.signals = signals;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(PersonDataRefreshed refreshed) {
        List<ActiveSignal> own = signals.activeOnYouth(refreshed.youthId());
        if (own.isEmpty()) {
            return;
        }
        OffsetDateTime now = Moments.now(clock);
        Map<UUID, List<UUID>> newPairsByCase = new LinkedHashMap<>();
        Set<YouthId> family = new HashSet<>();
        for (Relative relative : persons.familyOf(refreshed.youthId())) {
            family.add(relative.youth());
            match(MatchKind.FAMILY, relative.sharedParentKey(), own, signals.activeOnYouth(relative.youth()), now,
                    newPairsByCase);
        }
        Optional<CoResidence> address = persons.coResidentsOf(refreshed.youthId());
        if (address.isPresent()) {
            for (YouthId other : address.get().others()) {
                if (family.contains(other)) {
                    continue;
                }
                List<ActiveSignal> theirs = signals.activeOnYouth(other);
                if (theirs.isEmpty() || atInstitution(address.get().addressKey(), own, theirs)) {
                    continue;
                }
                match(MatchKind.ADDRESS, address.get().addressKey(), own, theirs, now, newPairsByCase);
            }
        }
        newPairsByCase.forEach((caseId, pairs) -> events.publishEvent(new MatchesFound(caseId, List.copyOf(pairs))));
    }

    /** R-MATCH-ADDRESS: no address match where a region of either side designated the address an institution. */
    private boolean atInstitution(byte[] addressKey, List<ActiveSignal> own, List<ActiveSignal> theirs) {
        Set<String> regions = new HashSet<>();
        own.forEach(s -> regions.add(s.regionCode()));
        theirs.forEach(s -> regions.add(s.regionCode()));
        return persons.isInstitution(addressKey, regions);
    }

    private void match(MatchKind kind, byte[] caseKey, List<ActiveSignal> own, List<ActiveSignal> theirs,
                       OffsetDateTime now, Map<UUID, List<UUID>> newPairsByCase) {
        UUID caseId = null;
        for (ActiveSignal a : own) {
            boolean suppress = directory.suppressesSameOrganisationMatches(a.regionCode());
            for (ActiveSignal b : theirs) {
                if (!MatchRules.relativesMatch(a, b, suppress)) {
                    continue;
                }
                if (caseId == null) {
                    caseId = openCase(kind, caseKey, now);
                }
                Optional<UUID> pair = addPair(caseId, kind, a, b, now);
                if (pair.isPresent()) {
                    addParticipant(caseId, a.id().value(), now);
                    addParticipant(caseId, b.id().value(), now);
                    newPairsByCase.computeIfAbsent(caseId, id -> new ArrayList<>()).add(pair.get());
                }
            }
        }
    }

    private UUID openCase(MatchKind kind, byte[] key, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into match_case (id, kind, case_key, opened_at) values (:id, :kind, :key, :now)
                        on conflict (kind, case_key) where case_key is not null do update set case_key = excluded.case_key
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("kind", kind.name())
                .param("key", key)
                .param("now", now)
                .query(UUID.class)
                .single();
    }

    private void addParticipant(UUID caseId, UUID signalId, OffsetDateTime now) {
        jdbc.sql("insert into match_participant (match_case_id, signal_id, joined_at) values (:case, :signal, :now) on conflict do nothing")
                .param("case", caseId)
                .param("signal", signalId)
                .param("now", now)
                .update();
    }

    /** Empty when the two signals already make a match (of any kind). */
    private Optional<UUID> addPair(UUID caseId, MatchKind kind, ActiveSignal a, ActiveSignal b, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into match_pair (id, match_case_id, kind, signal_a, signal_b, region_a, region_b, created_at)
                        select :id, :case, :kind, least(:s1, :s2), greatest(:s1, :s2),
                               case when :s1 < :s2 then :r1 else :r2 end, case when :s1 < :s2 then :r2 else :r1 end, :now
                        on conflict (signal_a, signal_b) do nothing
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("case", caseId)
                .param("kind", kind.name())
                .param("s1", a.id().value())
                .param("s2", b.id().value())
                .param("r1", a.regionCode())
                .param("r2", b.regionCode())
                .param("now", now)
                .query(UUID.class)
                .optional();
    }
}
