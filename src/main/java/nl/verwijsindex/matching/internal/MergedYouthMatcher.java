// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchKind;
import nl.verwijsindex.matching.MatchPairId;
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
    private final MatchStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MergedYouthMatcher(
            Signals signals, Covenants covenants, MatchStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.signals = signals;
        this.covenants = covenants;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(SignalsMoved moved) {
        OffsetDateTime now = Moments.now(clock);
        Optional<MatchCaseId> fromCase = store.caseOfYouth(moved.from());
        Optional<MatchCaseId> toCase = store.caseOfYouth(moved.to());
        if (fromCase.isPresent() && toCase.isEmpty()) {
            store.moveCase(fromCase.get(), moved.to());
            toCase = fromCase;
        } else if (fromCase.isPresent()) {
            store.mergeCase(fromCase.get(), toCase.get());
        }

        Set<SignalId> movedIds = new HashSet<>(moved.signals());
        List<ActiveSignal> active = signals.matchableOnYouth(moved.to());
        List<MatchPairId> pairIds = new ArrayList<>();
        MatchCaseId caseId = toCase.orElse(null);
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
                    caseId = store.youthCase(moved.to(), now);
                }
                store.addPair(caseId, MatchKind.YOUTH, a, b, now).ifPresent(pairIds::add);
            }
        }
        if (!pairIds.isEmpty()) {
            events.publishEvent(MatchesFound.of(caseId, pairIds));
        }
    }
}
