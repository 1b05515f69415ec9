// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.internal.Appointer;
import nl.verwijsindex.coordination.internal.CaseMunicipalities;
import nl.verwijsindex.coordination.internal.CaseStore;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.coordination.internal.CaseStore.NewMatch;
import nl.verwijsindex.coordination.internal.Deadlines;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.PairFacts;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.shared.Moments;

/**
 * Issue 18 (ADR 0031): the coordination state an old system gave a youth match it made — when it was made, its
 * deadline (R-DEADLINE), whether contact was made (R-CONSULTED) and who directs it (R-DIRECTOR) — applied to the
 * match the import derived again. Nobody is told: the professionals knew the match. A deadline that has passed
 * gets no reminder or escalation task (the old system had its chance to remind); the supervisor's work list shows
 * the match as late. Applying the same state again changes nothing.
 */
@Service
public class CarriedOverMatches {

    /** What applying a match record did. */
    public enum Applied {
        /** The state is now the record's. */
        APPLIED,
        /** It already was, or the match was consulted here since. */
        PRESENT,
        /** The index holds no match between these two active signals (one ended, or the region's rules differ). */
        NOT_MATCHED
    }

    /** The state of one match as the old system held it; {@code director} names one of the two signals. */
    public record CarriedOverMatch(
            UUID signalA,
            UUID signalB,
            LocalDate matchedOn,
            LocalDate dueOn,
            Optional<LocalDate> consultedOn,
            Optional<UUID> director) {}

    static final String IMPORTED = "IMPORTED";

    private final MatchQueries matches;
    private final CaseStore store;
    private final CaseMunicipalities municipalities;
    private final Appointer appointer;
    private final RegionSettingsKeeper settings;
    private final Deadlines deadlines;
    private final Logbook logbook;
    private final Clock clock;

    CarriedOverMatches(
            MatchQueries matches,
            CaseStore store,
            CaseMunicipalities municipalities,
            Appointer appointer,
            RegionSettingsKeeper settings,
            Deadlines deadlines,
            Logbook logbook,
            Clock clock) {
        this.matches = matches;
        this.store = store;
        this.municipalities = municipalities;
        this.appointer = appointer;
        this.settings = settings;
        this.deadlines = deadlines;
        this.logbook = logbook;
        this.clock = clock;
    }

    @Transactional
    public Applied apply(CarriedOverMatch match) {
        Optional<PairFacts> found = matches.pairOf(match.signalA(), match.signalB());
        if (found.isEmpty()) {
            return Applied.NOT_MATCHED;
        }
        PairFacts pair = found.get();
        UUID caseId = pair.matchCaseId();
        List<Participant> active = matches.activeParticipants(List.of(caseId)).getOrDefault(caseId, List.of());
        Optional<Participant> a = participant(active, pair.signalA());
        Optional<Participant> b = participant(active, pair.signalB());
        if (a.isEmpty() || b.isEmpty()) {
            return Applied.NOT_MATCHED;
        }
        OffsetDateTime now = Moments.now(clock);
        store.open(caseId, municipalities.municipalityOf(caseId, active), now);
        CaseRow c = store.lock(caseId).orElseThrow();
        RegionSettings regionSettings = settings.of(c.regionCode());
        DutchCalendar calendar = new DutchCalendar(regionSettings.liberationDay());
        boolean changed = store.carryOver(new NewMatch(
                pair.pairId(),
                caseId,
                pair.kind(),
                pair.acrossRegions(),
                a.get().organisationId().value(),
                b.get().organisationId().value(),
                match.matchedOn().atStartOfDay(clock.getZone()).toOffsetDateTime(),
                match.matchedOn(),
                match.dueOn()));
        boolean consulted = store.matchesOf(caseId).stream()
                .filter(m -> m.pairId().equals(pair.pairId()))
                .anyMatch(CaseStore.MatchRow::consulted);
        if (match.consultedOn().isPresent() && !consulted) {
            LocalDate on = match.consultedOn().get();
            store.markConsulted(
                    pair.pairId(),
                    on.atStartOfDay(clock.getZone()).toOffsetDateTime(),
                    calendar.workingDaysBetween(match.matchedOn(), on));
            consulted = true;
            changed = true;
        }
        changed |= director(c, active, match.director());
        if (!consulted && !match.dueOn().isBefore(LocalDate.now(clock))) {
            deadlines.plan(caseId, match.matchedOn(), match.dueOn(), calendar);
        }
        return changed ? Applied.APPLIED : Applied.PRESENT;
    }

    /** The old system's director, when it is one of the case's active signals; else the region's rules. */
    private boolean director(CaseRow c, List<Participant> active, Optional<UUID> named) {
        Optional<Participant> director = named.flatMap(id -> participant(active, id));
        if (director.isEmpty()) {
            appointer.ensureDirector(c, active, false);
            return false;
        }
        Participant d = director.get();
        if (d.signalId().equals(c.directorSignalId())) {
            return false;
        }
        store.setDirector(c.caseId(), d.signalId(), IMPORTED, Moments.now(clock));
        logbook.record(new LogbookEntry(
                Action.DIRECTOR_APPOINTED,
                Actor.SYSTEM,
                d.professionalId().value(),
                d.organisationId().value(),
                d.youthIndex(),
                d.signalId(),
                c.caseId().toString()));
        return true;
    }

    private static Optional<Participant> participant(List<Participant> active, UUID signalId) {
        return active.stream().filter(p -> p.signalId().equals(signalId)).findFirst();
    }
}
