// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.coordination.MatchesRecorded;
import nl.verwijsindex.coordination.NewMatchToSupervise;
import nl.verwijsindex.coordination.RecordedMatch;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.coordination.internal.CaseStore.NewMatch;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.PairFacts;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.matching.MatchesCarriedOver;
import nl.verwijsindex.matching.MatchesFound;
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

    private final MatchQueries matches;
    private final CaseStore store;
    private final CaseMunicipalities municipalities;
    private final Appointer appointer;
    private final RegionSettingsKeeper settings;
    private final Deadlines deadlines;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseOpening(
            MatchQueries matches,
            CaseStore store,
            CaseMunicipalities municipalities,
            Appointer appointer,
            RegionSettingsKeeper settings,
            Deadlines deadlines,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.matches = matches;
        this.store = store;
        this.municipalities = municipalities;
        this.appointer = appointer;
        this.settings = settings;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public void open(MatchesFound found) {
        open(found.matchCase(), found.pairs(), true);
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

    private void open(MatchCaseId matchCase, List<MatchPairId> pairIds, boolean announce) {
        List<Participant> active = matches.holdActiveParticipants(matchCase);
        if (active.size() < 2) {
            return;
        }
        Opened opened = openLocked(matchCase, active);
        CaseRow c = opened.row();
        appointer.ensureDirector(c, active, false);
        RegionSettings regionSettings = opened.settings();
        DutchCalendar calendar = opened.calendar();
        List<RecordedMatch> recorded = new ArrayList<>();
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
            if (store.addMatch(NewMatch.of(pair, a, b, pair.createdAt(), matchedOn, dueOn))) {
                deadlines.plan(matchCase, matchedOn, dueOn, calendar);
                recorded.add(new RecordedMatch(
                        pair.kind(), pair.acrossRegions(), a.organisationId(), b.organisationId(), matchedOn, dueOn));
            }
        }
        if (!announce) {
            return;
        }
        if (!recorded.isEmpty()) {
            events.publishEvent(new MatchesRecorded(
                    c.regionCode(),
                    c.municipalityCode(),
                    CaseMunicipalities.earliest(matchCase, active).signalId().value(),
                    recorded));
        }
        if (!recorded.isEmpty() && c.municipalityCode() != null) {
            events.publishEvent(new NewMatchToSupervise(matchCase.value(), c.municipalityCode(), LocalDate.now(clock)));
        }
    }

    /** The case's coordination, opened once (its region and municipality) and locked, with its region's calendar. */
    public Opened openLocked(MatchCaseId matchCase, List<Participant> active) {
        store.open(matchCase, municipalities.municipalityOf(matchCase, active), Moments.now(clock));
        CaseRow c = store.lock(matchCase).orElseThrow();
        RegionSettings regionSettings = settings.of(c.regionCode());
        return new Opened(c, regionSettings, new DutchCalendar(regionSettings.liberationDay()));
    }

    /** A case opened and locked for the rest of the transaction. */
    public record Opened(CaseRow row, RegionSettings settings, DutchCalendar calendar) {}
}
