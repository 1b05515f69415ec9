// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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
    private final Covenants covenants;
    private final MatchStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    YouthMatcher(
            Signals signals, Covenants covenants, MatchStore store, ApplicationEventPublisher events, Clock clock) {
        this.signals = signals;
        this.covenants = covenants;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(SignalRegistered registered) {
        if (registered.firstOfYouth()) {
            // The youth's only signal (read with the youth locked): no partner, nothing to read (issue 18).
            return;
        }
        List<ActiveSignal> active = signals.matchableOnYouth(registered.youthId());
        if (active.isEmpty()) {
            // R-REQUEST: the youth's processing is restricted; the signal stands but makes no match.
            return;
        }
        ActiveSignal newSignal = active.stream()
                .filter(s -> s.id().equals(registered.signalId()))
                .findFirst()
                .orElseThrow();
        List<ActiveSignal> partners = MatchRules.youthMatchPartners(
                newSignal,
                active,
                active.size() > 1 && covenants.suppressesSameOrganisationMatches(registered.regionCode()));
        if (partners.isEmpty()) {
            return;
        }
        OffsetDateTime now = Moments.now(clock);
        MatchCaseId caseId = store.youthCase(registered.youthId(), now);
        List<MatchPairId> pairIds = new ArrayList<>();
        for (ActiveSignal partner : partners) {
            store.addPair(caseId, MatchKind.YOUTH, newSignal, partner, now).ifPresent(pairIds::add);
        }
        if (!pairIds.isEmpty()) {
            events.publishEvent(MatchesFound.of(caseId, pairIds));
        }
    }
}
