// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchKind;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchRules;
import nl.verwijsindex.matching.MatchesCarriedOver;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.ActiveSignal;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalImport;
import nl.verwijsindex.signal.SignalImported;
import nl.verwijsindex.signal.Signals;

/**
 * R-MATCH-YOUTH for a signal brought over from another system (issue 18, ADR 0031), in the importing
 * transaction with the youth locked, by the same rules as {@link YouthMatcher}. A pair whose other signal came
 * from the same old system existed there and is carried over without notice; a pair with a signal registered
 * here or imported from another system exists only because two systems were merged, and is announced (R-NOTICE).
 */
@Component
class ImportMatcher {

    private final Signals signals;
    private final SignalImport imports;
    private final Covenants covenants;
    private final MatchStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportMatcher(
            Signals signals,
            SignalImport imports,
            Covenants covenants,
            MatchStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.signals = signals;
        this.imports = imports;
        this.covenants = covenants;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(SignalImported imported) {
        List<ActiveSignal> active = signals.activeOnYouth(imported.youthId());
        ActiveSignal newSignal = active.stream()
                .filter(s -> s.id().equals(imported.signalId()))
                .findFirst()
                .orElseThrow();
        List<ActiveSignal> partners = MatchRules.youthMatchPartners(
                newSignal,
                active,
                active.size() > 1 && covenants.suppressesSameOrganisationMatches(imported.regionCode()));
        if (partners.isEmpty()) {
            return;
        }
        Map<SignalId, String> sources =
                imports.sources(partners.stream().map(ActiveSignal::id).toList());
        OffsetDateTime now = Moments.now(clock);
        MatchCaseId caseId = store.youthCase(imported.youthId(), now);
        List<MatchPairId> announced = new ArrayList<>();
        List<MatchPairId> carriedOver = new ArrayList<>();
        for (ActiveSignal partner : partners) {
            boolean known = imported.source().equals(sources.get(partner.id()));
            store.addPair(caseId, MatchKind.YOUTH, newSignal, partner, now)
                    .ifPresent(known ? carriedOver::add : announced::add);
        }
        if (!announced.isEmpty()) {
            events.publishEvent(MatchesFound.of(caseId, announced));
        }
        if (!carriedOver.isEmpty()) {
            events.publishEvent(MatchesCarriedOver.of(caseId, carriedOver));
        }
    }
}
