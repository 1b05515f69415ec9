// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import nl.verwijsindex.signal.SignalsImported;
import nl.verwijsindex.youth.YouthId;

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
        match(List.of(imported));
    }

    /** A batch of the import (issue 18): one read of the youths' active signals and of the partners' sources. */
    @EventListener
    void on(SignalsImported imported) {
        match(imported.signals());
    }

    /**
     * Each signal is matched as if the signals after it in the batch were not imported yet, so a batch makes the
     * pairs, and announces or carries them over, as importing its signals one by one in that order does.
     */
    private void match(List<SignalImported> batch) {
        Map<YouthId, List<SignalImported>> byYouth = new LinkedHashMap<>();
        batch.forEach(s ->
                byYouth.computeIfAbsent(s.youthId(), y -> new ArrayList<>()).add(s));
        Map<YouthId, List<ActiveSignal>> activeByYouth = signals.activeOnYouths(byYouth.keySet());
        Map<String, Boolean> suppressing = new HashMap<>();
        Map<YouthId, List<Candidate>> pairsByYouth = new LinkedHashMap<>();
        for (Map.Entry<YouthId, List<SignalImported>> youth : byYouth.entrySet()) {
            List<ActiveSignal> active = new ArrayList<>(activeByYouth.getOrDefault(youth.getKey(), List.of()));
            List<SignalImported> imported = youth.getValue();
            // Backwards: the last signal of the batch sees every other, then leaves the view of those before it.
            List<Candidate> pairs = new ArrayList<>();
            for (int i = imported.size() - 1; i >= 0; i--) {
                SignalImported one = imported.get(i);
                ActiveSignal newSignal = active.stream()
                        .filter(s -> s.id().equals(one.signalId()))
                        .findFirst()
                        .orElseThrow();
                boolean suppress = active.size() > 1
                        && suppressing.computeIfAbsent(one.regionCode(), covenants::suppressesSameOrganisationMatches);
                List<Candidate> ofOne = new ArrayList<>();
                MatchRules.youthMatchPartners(newSignal, active, suppress)
                        .forEach(partner -> ofOne.add(new Candidate(newSignal, partner)));
                pairs.addAll(0, ofOne);
                active.remove(newSignal);
            }
            if (!pairs.isEmpty()) {
                pairsByYouth.put(youth.getKey(), pairs);
            }
        }
        if (pairsByYouth.isEmpty()) {
            return;
        }
        Map<SignalId, String> sources = imports.sources(pairsByYouth.values().stream()
                .flatMap(List::stream)
                .map(pair -> pair.partner().id())
                .distinct()
                .toList());
        Map<SignalId, String> sourceOfImported = new HashMap<>();
        batch.forEach(s -> sourceOfImported.put(s.signalId(), s.source()));
        OffsetDateTime now = Moments.now(clock);
        pairsByYouth.forEach((youth, pairs) -> {
            MatchCaseId caseId = store.youthCase(youth, now);
            List<MatchPairId> announced = new ArrayList<>();
            List<MatchPairId> carriedOver = new ArrayList<>();
            for (Candidate pair : pairs) {
                boolean known = sourceOfImported
                        .get(pair.signal().id())
                        .equals(sources.get(pair.partner().id()));
                store.addPair(caseId, MatchKind.YOUTH, pair.signal(), pair.partner(), now)
                        .ifPresent(known ? carriedOver::add : announced::add);
            }
            if (!announced.isEmpty()) {
                events.publishEvent(MatchesFound.of(caseId, announced));
            }
            if (!carriedOver.isEmpty()) {
                events.publishEvent(MatchesCarriedOver.of(caseId, carriedOver));
            }
        });
    }

    /** A pair to make: an imported signal and an active signal it matches with. */
    private record Candidate(ActiveSignal signal, ActiveSignal partner) {}
}
