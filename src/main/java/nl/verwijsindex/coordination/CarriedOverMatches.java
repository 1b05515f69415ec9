// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.internal.Appointer;
import nl.verwijsindex.coordination.internal.CaseMatchStore;
import nl.verwijsindex.coordination.internal.CaseMatchStore.NewMatch;
import nl.verwijsindex.coordination.internal.CaseOpening;
import nl.verwijsindex.coordination.internal.CaseOpening.Opened;
import nl.verwijsindex.coordination.internal.CaseStore;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.coordination.internal.Deadlines;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.PairFacts;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.signal.SignalId;

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
    private final CaseMatchStore matchStore;
    private final CaseOpening opening;
    private final Appointer appointer;
    private final Deadlines deadlines;
    private final Clock clock;

    CarriedOverMatches(
            MatchQueries matches,
            CaseStore store,
            CaseMatchStore matchStore,
            CaseOpening opening,
            Appointer appointer,
            Deadlines deadlines,
            Clock clock) {
        this.matches = matches;
        this.store = store;
        this.matchStore = matchStore;
        this.opening = opening;
        this.appointer = appointer;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public Applied apply(CarriedOverMatch match) {
        Optional<PairFacts> found = matches.pairOf(new SignalId(match.signalA()), new SignalId(match.signalB()));
        if (found.isEmpty()) {
            return Applied.NOT_MATCHED;
        }
        PairFacts pair = found.get();
        MatchCaseId caseId = pair.matchCaseId();
        List<Participant> active = matches.activeParticipants(caseId);
        Optional<Participant> a = participant(active, pair.signalA());
        Optional<Participant> b = participant(active, pair.signalB());
        if (a.isEmpty() || b.isEmpty()) {
            return Applied.NOT_MATCHED;
        }
        Opened opened = opening.openLocked(caseId, active);
        CaseRow c = opened.row();
        DutchCalendar calendar = opened.calendar();
        boolean changed = matchStore.carryOver(NewMatch.of(
                pair,
                a.get(),
                b.get(),
                match.matchedOn().atStartOfDay(clock.getZone()).toOffsetDateTime(),
                match.matchedOn(),
                match.dueOn()));
        boolean consulted = matchStore.matchesOf(caseId).stream()
                .filter(m -> m.pairId().equals(pair.pairId()))
                .anyMatch(CaseMatchStore.MatchRow::consulted);
        if (match.consultedOn().isPresent() && !consulted) {
            LocalDate on = match.consultedOn().get();
            matchStore.markConsulted(
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
        Optional<Participant> director = named.flatMap(id -> participant(active, new SignalId(id)));
        if (director.isEmpty()) {
            appointer.ensureDirector(c, active, false);
            return false;
        }
        Participant d = director.get();
        if (d.signalId().equals(c.directorSignalId())) {
            return false;
        }
        appointer.appoint(c, d, IMPORTED);
        return true;
    }

    private static Optional<Participant> participant(List<Participant> active, SignalId signalId) {
        return active.stream().filter(p -> p.signalId().equals(signalId)).findFirst();
    }
}
