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
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchCasesCarriedOver;
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
        List<MatchesCarriedOver> carriedOverCases = new ArrayList<>();
        // Issue 18: the batch's cases in one statement, its pairs and their participants in two.
        Map<YouthId, MatchCaseId> cases = store.youthCases(pairsByYouth.keySet(), now);
        Map<YouthId, List<MatchStore.NewPair>> newPairs = new LinkedHashMap<>();
        pairsByYouth.forEach((youth, pairs) -> newPairs.put(
                youth,
                pairs.stream()
                        .map(pair -> new MatchStore.NewPair(
                                new MatchPairId(UUID.randomUUID()), cases.get(youth), pair.signal(), pair.partner()))
                        .toList()));
        Set<MatchPairId> added = store.addPairs(
                MatchKind.YOUTH,
                newPairs.values().stream().flatMap(List::stream).toList(),
                now);
        newPairs.forEach((youth, pairs) -> {
            MatchCaseId caseId = cases.get(youth);
            List<MatchPairId> announced = new ArrayList<>();
            List<MatchPairId> carriedOver = new ArrayList<>();
            for (MatchStore.NewPair pair : pairs) {
                if (!added.contains(pair.id())) {
                    continue; // the index had it already
                }
                boolean known = sourceOfImported
                        .get(pair.a().id())
                        .equals(sources.get(pair.b().id()));
                (known ? carriedOver : announced).add(pair.id());
            }
            if (!announced.isEmpty()) {
                events.publishEvent(MatchesFound.of(caseId, announced));
            }
            if (!carriedOver.isEmpty()) {
                carriedOverCases.add(MatchesCarriedOver.of(caseId, carriedOver));
            }
        });
        // One event for the batch (ADR 0043): coordination opens all its cases in one transaction.
        if (!carriedOverCases.isEmpty()) {
            events.publishEvent(new MatchCasesCarriedOver(carriedOverCases));
        }
    }

    /** A pair to make: an imported signal and an active signal it matches with. */
    private record Candidate(ActiveSignal signal, ActiveSignal partner) {}
}
