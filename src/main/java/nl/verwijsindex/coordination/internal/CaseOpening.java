// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.coordination.MatchesCoordinated;
import nl.verwijsindex.coordination.MatchesRecorded;
import nl.verwijsindex.coordination.RecordedMatch;
import nl.verwijsindex.coordination.internal.CaseMatchStore.NewMatch;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.OrganisationCategory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchCasesCarriedOver;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.PairFacts;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.matching.MatchesCarriedOver;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.person.PersonIndex.YouthOfSignal;
import nl.verwijsindex.shared.MessageFree;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalId;

/**
 * On new matches: opens the case's coordination once (its region and municipality, docs/adr/0013), appoints a
 * director (R-DIRECTOR), gives each new match its deadline with the tasks that watch it (R-DEADLINE), and tells
 * the supervisors of the case's municipality (R-NOTICE).
 * Idempotent, so a resubmitted event changes nothing. The deadline counts from when the match was made, not
 * from when this runs, so an event handled after a restart keeps its deadline.
 */
@Component
public class CaseOpening {

    private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

    private final MatchQueries matches;
    private final CaseStore store;
    private final CaseMatchStore matchStore;
    private final CaseMunicipalities municipalities;
    private final Appointer appointer;
    private final RegionSettingsKeeper settings;
    private final Deadlines deadlines;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Directory directory;
    private final TransactionTemplate nested;

    CaseOpening(
            MatchQueries matches,
            CaseStore store,
            CaseMatchStore matchStore,
            CaseMunicipalities municipalities,
            Appointer appointer,
            RegionSettingsKeeper settings,
            Deadlines deadlines,
            Clock clock,
            ApplicationEventPublisher events,
            Directory directory,
            PlatformTransactionManager transactionManager) {
        this.events = events;
        this.directory = directory;
        this.nested = new TransactionTemplate(transactionManager);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.matches = matches;
        this.store = store;
        this.matchStore = matchStore;
        this.municipalities = municipalities;
        this.appointer = appointer;
        this.settings = settings;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Issue 18 (docs/adr/0058): then {@link MatchesCoordinated} in this transaction, on which the notification module
     * makes the match's notices (and the supervisors' of the case's municipality, once a day a case), whether or not
     * the case could be opened: a pair with one active signal left still tells its professional. The youths of the
     * case and of the pairs are locked first, as a deletion and the notices lock them; a carried-over match makes no
     * notices and locks only its signals.
     */
    @Transactional
    public void open(MatchesFound found) {
        matches.holdYouthsOf(found.matchCase(), found.pairs());
        Optional<Recorded> recorded = open(found.matchCase(), found.pairs(), true);
        String superviseIn = recorded.filter(r -> !r.matches().isEmpty())
                .map(r -> r.row().municipalityCode())
                .orElse(null);
        events.publishEvent(
                new MatchesCoordinated(found.matchCaseId(), found.pairIds(), superviseIn, LocalDate.now(clock)));
    }

    /**
     * Issue 18 (ADR 0031): a match the old system already made is coordinated from here on, with a director and a
     * deadline counted from its import, but no one is told of it (they knew) and the figures do not count it as
     * made here. A {@code match} record of the file then sets its real dates ({@link
     * nl.verwijsindex.coordination.CarriedOverMatches}).
     */
    @Transactional
    public void carryOver(MatchesCarriedOver carried) {
        open(carried.matchCase(), carried.pairs(), false);
    }

    /**
     * Issue 18 (ADR 0043): the matches carried over in one batch of an import, in the listener's transaction: one
     * read of the cases' active signals (held as {@link #carryOver(MatchesCarriedOver)} holds them), of their pairs
     * and of their organisations' categories; the cases opened in one insert and locked in the order of their ids;
     * the matches in one insert; and one reminder and escalation per case and deadline. Per case the outcome is the
     * one {@link #carryOver(MatchesCarriedOver)} gives. When the batch fails (a deadlock with a deletion, say) it is
     * rolled back to a savepoint and its cases are opened one by one.
     */
    @Transactional
    public void carryOver(MatchCasesCarriedOver batch) {
        try {
            nested.executeWithoutResult(status -> carryOverTogether(batch.cases()));
        } catch (RuntimeException e) {
            log.warn(
                    "Carrying over {} cases together failed; one by one now",
                    batch.cases().size(),
                    MessageFree.of(e));
            batch.cases().forEach(one -> open(one.matchCase(), one.pairs(), false));
        }
    }

    private void carryOverTogether(List<MatchesCarriedOver> cases) {
        Map<MatchCaseId, List<Participant>> activeByCase = matches.holdActiveParticipants(
                cases.stream().map(MatchesCarriedOver::matchCase).toList());
        activeByCase.values().removeIf(active -> active.size() < 2);
        if (activeByCase.isEmpty()) {
            return;
        }
        Map<MatchCaseId, CaseMunicipality> toOpen = new TreeMap<>(Comparator.comparing(MatchCaseId::value));
        activeByCase.forEach(
                (matchCase, active) -> toOpen.put(matchCase, municipalities.municipalityOf(matchCase, active)));
        store.openAll(toOpen, Moments.now(clock));
        Map<MatchCaseId, CaseRow> rows = store.lockAll(toOpen.keySet());
        Map<OrganisationId, OrganisationCategory> categories = directory.categoriesOf(activeByCase.values().stream()
                .flatMap(List::stream)
                .map(Participant::organisationId)
                .distinct()
                .toList());
        Map<MatchCaseId, List<PairFacts>> pairsByCase = matches
                .pairs(cases.stream()
                        .filter(c -> activeByCase.containsKey(c.matchCase()))
                        .flatMap(c -> c.pairs().stream())
                        .toList())
                .stream()
                .collect(Collectors.groupingBy(PairFacts::matchCaseId));
        Map<String, RegionSettings> settingsByRegion = new HashMap<>();
        List<NewMatch> newMatches = new ArrayList<>();
        for (Map.Entry<MatchCaseId, CaseRow> entry : rows.entrySet()) {
            List<Participant> active = activeByCase.get(entry.getKey());
            appointer.ensureDirector(entry.getValue(), active, false, categories);
            RegionSettings regionSettings =
                    settingsByRegion.computeIfAbsent(entry.getValue().regionCode(), settings::of);
            Map<SignalId, Participant> bySignal =
                    active.stream().collect(Collectors.toMap(Participant::signalId, Function.identity()));
            for (PairFacts pair : pairsByCase.getOrDefault(entry.getKey(), List.of())) {
                Participant a = bySignal.get(pair.signalA());
                Participant b = bySignal.get(pair.signalB());
                if (a == null || b == null) {
                    continue; // as in open(): one of its signals ended before coordination saw the match
                }
                var matchedOn =
                        pair.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate();
                var dueOn = new DutchCalendar(regionSettings.liberationDay())
                        .workingDaysAfter(matchedOn, regionSettings.deadlineWorkingDays());
                newMatches.add(NewMatch.of(pair, a, b, pair.createdAt(), matchedOn, dueOn));
            }
        }
        Set<MatchPairId> added = matchStore.addMatches(newMatches);
        Set<String> planned = new HashSet<>();
        for (NewMatch m : newMatches) {
            if (added.contains(m.pairId()) && planned.add(Deadlines.instanceId(m.caseId(), m.dueOn()))) {
                RegionSettings regionSettings =
                        settingsByRegion.get(rows.get(m.caseId()).regionCode());
                deadlines.plan(m.caseId(), m.matchedOn(), m.dueOn(), new DutchCalendar(regionSettings.liberationDay()));
            }
        }
    }

    /**
     * The case opened, its director appointed and its new matches recorded; empty when fewer than two of its signals
     * are active. Matches made here are counted ({@link MatchesRecorded}); matches carried over are not.
     */
    private Optional<Recorded> open(MatchCaseId matchCase, List<MatchPairId> pairIds, boolean madeHere) {
        List<Participant> active = matches.holdActiveParticipants(matchCase);
        if (active.size() < 2) {
            return Optional.empty();
        }
        Opened opened = openLocked(matchCase, active);
        CaseRow c = opened.row();
        appointer.ensureDirector(c, active, false);
        RegionSettings regionSettings = opened.settings();
        DutchCalendar calendar = opened.calendar();
        List<RecordedMatch> recorded = new ArrayList<>();
        Set<LocalDate> planned = new HashSet<>();
        Map<SignalId, Participant> bySignal =
                active.stream().collect(Collectors.toMap(Participant::signalId, Function.identity()));
        for (PairFacts pair : matches.pairs(pairIds)) {
            Participant a = bySignal.get(pair.signalA());
            Participant b = bySignal.get(pair.signalB());
            if (a == null || b == null) {
                continue; // one of its signals ended before coordination saw the match: nothing left to consult
            }
            var matchedOn = pair.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate();
            var dueOn = calendar.workingDaysAfter(matchedOn, regionSettings.deadlineWorkingDays());
            if (matchStore.addMatch(NewMatch.of(pair, a, b, pair.createdAt(), matchedOn, dueOn))) {
                if (planned.add(dueOn)) {
                    // issue 18: the case's tasks of a date once, however many of its new matches share it
                    deadlines.plan(matchCase, matchedOn, dueOn, calendar);
                }
                recorded.add(new RecordedMatch(
                        pair.kind(), pair.acrossRegions(), a.organisationId(), b.organisationId(), matchedOn, dueOn));
            }
        }
        if (madeHere && !recorded.isEmpty()) {
            Optional<YouthOfSignal> followed = opened.municipality().followed();
            events.publishEvent(new MatchesRecorded(
                    c.regionCode(),
                    c.municipalityCode(),
                    followed.map(YouthOfSignal::youth).orElse(null),
                    followed.flatMap(YouthOfSignal::municipality).orElse(null),
                    recorded));
        }
        return Optional.of(new Recorded(c, recorded));
    }

    private record Recorded(CaseRow row, List<RecordedMatch> matches) {}

    /** The case's coordination, opened once (its region and municipality) and locked, with its region's calendar. */
    public Opened openLocked(MatchCaseId matchCase, List<Participant> active) {
        CaseMunicipality municipality = municipalities.municipalityOf(matchCase, active);
        store.open(matchCase, municipality, Moments.now(clock));
        CaseRow c = store.lock(matchCase).orElseThrow();
        RegionSettings regionSettings = settings.of(c.regionCode());
        return new Opened(c, regionSettings, new DutchCalendar(regionSettings.liberationDay()), municipality);
    }

    /**
     * A case opened and locked for the rest of the transaction.
     *
     * @param municipality the municipality the case would be opened in now, and the youth it follows
     */
    public record Opened(CaseRow row, RegionSettings settings, DutchCalendar calendar, CaseMunicipality municipality) {}
}
