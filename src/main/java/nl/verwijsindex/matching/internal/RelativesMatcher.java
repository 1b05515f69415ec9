// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchKind;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchRules;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.person.PersonDataRefreshed;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.person.PersonIndex.CoResidence;
import nl.verwijsindex.person.PersonIndex.Relative;
import nl.verwijsindex.person.PersonKeysMoved;
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
    private final Covenants covenants;
    private final MatchStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RelativesMatcher(
            PersonIndex persons,
            Signals signals,
            Covenants covenants,
            MatchStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.persons = persons;
        this.signals = signals;
        this.covenants = covenants;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** ADR 0022: family and address cases follow their parent's or address's key to the current key. */
    @EventListener
    void on(PersonKeysMoved moved) {
        for (PersonKeysMoved.Move move : moved.moves()) {
            store.rekeyCase(
                    move.of() == PersonKeysMoved.Of.PARENT ? MatchKind.FAMILY : MatchKind.ADDRESS,
                    move.previous(),
                    move.current());
        }
    }

    @EventListener
    void on(PersonDataRefreshed refreshed) {
        List<ActiveSignal> own = signals.matchableOnYouth(refreshed.youthId());
        if (own.isEmpty()) {
            return;
        }
        OffsetDateTime now = Moments.now(clock);
        Map<MatchCaseId, List<MatchPairId>> newPairsByCase = new LinkedHashMap<>();
        Set<YouthId> family = new HashSet<>();
        for (Relative relative : persons.familyOf(refreshed.youthId())) {
            family.add(relative.youth());
            match(
                    MatchKind.FAMILY,
                    relative.sharedParentKeys(),
                    own,
                    signals.matchableOnYouth(relative.youth()),
                    now,
                    newPairsByCase);
        }
        Optional<CoResidence> address = persons.coResidentsOf(refreshed.youthId());
        if (address.isPresent()) {
            for (YouthId other : address.get().others()) {
                if (family.contains(other)) {
                    continue;
                }
                List<ActiveSignal> theirs = signals.matchableOnYouth(other);
                if (theirs.isEmpty() || atInstitution(address.get().addressKey(), own, theirs)) {
                    continue;
                }
                match(MatchKind.ADDRESS, List.of(address.get().addressKey()), own, theirs, now, newPairsByCase);
            }
        }
        newPairsByCase.forEach((caseId, pairs) -> events.publishEvent(MatchesFound.of(caseId, pairs)));
    }

    /** R-MATCH-ADDRESS: no address match where a region of either side designated the address an institution. */
    private boolean atInstitution(byte[] addressKey, List<ActiveSignal> own, List<ActiveSignal> theirs) {
        Set<String> regions = new HashSet<>();
        own.forEach(s -> regions.add(s.regionCode()));
        theirs.forEach(s -> regions.add(s.regionCode()));
        return persons.isInstitution(addressKey, regions);
    }

    private void match(
            MatchKind kind,
            List<byte[]> caseKeys,
            List<ActiveSignal> own,
            List<ActiveSignal> theirs,
            OffsetDateTime now,
            Map<MatchCaseId, List<MatchPairId>> newPairsByCase) {
        MatchCaseId caseId = null;
        for (ActiveSignal a : own) {
            boolean suppress = covenants.suppressesSameOrganisationMatches(a.regionCode());
            for (ActiveSignal b : theirs) {
                if (!MatchRules.relativesMatch(a, b, suppress)) {
                    continue;
                }
                if (caseId == null) {
                    caseId = store.keyedCase(kind, caseKeys, now);
                }
                MatchCaseId id = caseId;
                store.addPair(caseId, kind, a, b, now)
                        .ifPresent(pair -> newPairsByCase
                                .computeIfAbsent(id, c -> new ArrayList<>())
                                .add(pair));
            }
        }
    }
}
