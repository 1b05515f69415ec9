package nl.verwijsindex.matching.internal;

import nl.verwijsindex.shared.Moments;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.matching.MatchKind;
import nl.verwijsindex.matching.MatchRules;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.signal.ActiveSignal;
import nl.verwijsindex.signal.SignalRegistered;
import nl.verwijsindex.signal.Signals;

/**
 * Makes youth matches inside the registering transaction, where the youth is locked: concurrent
 * registrations on one youth are serialised, so every pair is made exactly once (DESIGN decision 3); the
 * unique pair constraint is the second line of defence.
 */
@Component
class YouthMatcher {

    private final Signals signals;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    YouthMatcher(Signals signals, Directory directory, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.signals = signals;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(SignalRegistered registered) {
        List<ActiveSignal> active = signals.activeOnYouth(registered.youthId());
        ActiveSignal newSignal = active.stream().filter(s -> s.id().equals(registered.signalId())).findFirst().orElseThrow();
        List<ActiveSignal> partners = MatchRules.youthMatchPartners(newSignal, active,
                active.size() > 1 && directory.suppressesSameOrganisationMatches(registered.regionCode()));
        if (partners.isEmpty()) {
            return;
        }
        OffsetDateTime now = Moments.now(clock);
        UUID caseId = openCase(registered.youthId().value(), now);
        addParticipant(caseId, newSignal.id().value(), now);
        List<UUID> pairIds = new ArrayList<>();
        for (ActiveSignal partner : partners) {
            addParticipant(caseId, partner.id().value(), now);
            pairIds.add(addPair(caseId, newSignal, partner, now));
        }
        events.publishEvent(new MatchesFound(caseId, List.copyOf(pairIds)));
    }

    private UUID openCase(long youthId, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into match_case (id, kind, youth_id, opened_at) values (:id, :kind, :youth, :now)
                        on conflict (youth_id) do update set youth_id = excluded.youth_id
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("kind", MatchKind.YOUTH.name())
                .param("youth", youthId)
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

    private UUID addPair(UUID caseId, ActiveSignal a, ActiveSignal b, OffsetDateTime now) {
        // The pair is stored in PostgreSQL's uuid order (bytewise, unlike Java's signed compareTo), as the
        // check constraint and unique key expect.
        return jdbc.sql("""
                        insert into match_pair (id, match_case_id, kind, signal_a, signal_b, region_a, region_b, created_at)
                        select :id, :case, :kind, least(:s1, :s2), greatest(:s1, :s2),
                               case when :s1 < :s2 then :r1 else :r2 end, case when :s1 < :s2 then :r2 else :r1 end, :now
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("case", caseId)
                .param("kind", MatchKind.YOUTH.name())
                .param("s1", a.id().value())
                .param("s2", b.id().value())
                .param("r1", a.regionCode())
                .param("r2", b.regionCode())
                .param("now", now)
                .query(UUID.class)
                .single();
    }
}
