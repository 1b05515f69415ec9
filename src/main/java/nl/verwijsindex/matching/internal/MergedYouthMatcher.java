package nl.verwijsindex.matching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.matching.MatchKind;
import nl.verwijsindex.matching.MatchRules;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.ActiveSignal;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.Signals;
import nl.verwijsindex.signal.SignalsMoved;

/**
 * R-NOBSN: when a youth known by a verwijsindex number merges into the youth known by BSN, their youth
 * match case joins the other's, and the moved signals match the signals already there (R-MATCH-YOUTH).
 * Runs in the merging transaction, with both youths locked.
 */
@Component
class MergedYouthMatcher {

    private final Signals signals;
    private final Covenants covenants;
    private final JdbcClient jdbc;
    private final MatchStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MergedYouthMatcher(Signals signals, Covenants covenants, JdbcClient jdbc, MatchStore store,
                       ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.signals = signals;
        this.covenants = covenants;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(SignalsMoved moved) {
        OffsetDateTime now = Moments.now(clock);
        Optional<UUID> fromCase = caseOf(moved.from().value());
        Optional<UUID> toCase = caseOf(moved.to().value());
        if (fromCase.isPresent() && toCase.isEmpty()) {
            jdbc.sql("update match_case set youth_id = :to where id = :case")
                    .param("to", moved.to().value()).param("case", fromCase.get()).update();
            toCase = fromCase;
        } else if (fromCase.isPresent()) {
            jdbc.sql("update match_pair set match_case_id = :to where match_case_id = :from")
                    .param("to", toCase.get()).param("from", fromCase.get()).update();
            jdbc.sql("""
                            insert into match_participant (match_case_id, signal_id, joined_at)
                            select :to, signal_id, joined_at from match_participant where match_case_id = :from
                            on conflict do nothing""")
                    .param("to", toCase.get()).param("from", fromCase.get()).update();
            jdbc.sql("delete from match_case where id = :from").param("from", fromCase.get()).update();
        }

        Set<SignalId> movedIds = new HashSet<>(moved.signals());
        List<ActiveSignal> active = signals.activeOnYouth(moved.to());
        List<UUID> pairIds = new ArrayList<>();
        UUID caseId = toCase.orElse(null);
        for (ActiveSignal a : active) {
            if (!movedIds.contains(a.id())) {
                continue;
            }
            boolean suppress = covenants.suppressesSameOrganisationMatches(a.regionCode());
            for (ActiveSignal b : active) {
                if (movedIds.contains(b.id()) || !MatchRules.relativesMatch(a, b, suppress)) {
                    continue;
                }
                if (caseId == null) {
                    caseId = store.youthCase(moved.to().value(), now);
                }
                store.addPair(caseId, MatchKind.YOUTH, a, b, now).ifPresent(pairIds::add);
            }
        }
        if (!pairIds.isEmpty()) {
            events.publishEvent(new MatchesFound(caseId, List.copyOf(pairIds)));
        }
    }

    private Optional<UUID> caseOf(long youthId) {
        return jdbc.sql("select id from match_case where youth_id = :youth").param("youth", youthId).query(UUID.class).optional();
    }
}
