// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.coordination.ConsultationOverdue;
import nl.verwijsindex.coordination.ConsultationReminderDue;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalId;

/**
 * What the deadline tasks do when they run, each in one transaction with the case locked: remind the director,
 * escalate to the supervisor, and appoint a new director where the old one's signal ended. Each reads the
 * current state first, so a case consulted or closed in the meantime leads to nothing.
 */
@Component
public class DeadlineWatch {

    private static final int BATCH = 500;

    private final CaseStore store;
    private final CaseMatchStore matchStore;
    private final MatchQueries matches;
    private final Appointer appointer;
    private final Logbook logbook;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DeadlineWatch(
            CaseStore store,
            CaseMatchStore matchStore,
            MatchQueries matches,
            Appointer appointer,
            Logbook logbook,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.store = store;
        this.matchStore = matchStore;
        this.matches = matches;
        this.appointer = appointer;
        this.logbook = logbook;
        this.events = events;
        this.clock = clock;
    }

    /** R-DEADLINE: a working day before the deadline, the director is reminded while a match due then is not consulted. */
    @Transactional
    public void remind(MatchCaseId caseId, LocalDate dueOn) {
        Optional<CaseRow> c = store.lock(caseId);
        if (c.isEmpty()) {
            return;
        }
        Optional<Participant> director = appointer.ensureDirector(c.get(), active(caseId));
        boolean due = matchStore.matchesOf(caseId).stream()
                .anyMatch(m -> !m.consulted() && m.dueOn().equals(dueOn));
        if (director.isPresent() && due) {
            events.publishEvent(
                    new ConsultationReminderDue(caseId.value(), director.get().professionalId(), dueOn));
        }
    }

    /** R-DEADLINE, R-SUPERVISE: once the deadline day is over, what was not consulted goes to the supervisor. */
    @Transactional
    public void escalate(MatchCaseId caseId, LocalDate dueOn) {
        Optional<CaseRow> c = store.lock(caseId);
        if (c.isEmpty()) {
            return;
        }
        if (appointer.ensureDirector(c.get(), active(caseId)).isEmpty()) {
            return;
        }
        if (matchStore.escalate(caseId, dueOn, Moments.now(clock)) == 0) {
            return;
        }
        logbook.record(new LogbookEntry(
                Action.CONSULTATION_ESCALATED, Actor.SYSTEM, null, null, null, null, caseId.toString()));
        if (c.get().municipalityCode() != null) {
            events.publishEvent(new ConsultationOverdue(caseId.value(), c.get().municipalityCode(), dueOn));
        }
    }

    /** R-DIRECTOR: when the director's signal ends, the rules appoint a new one. */
    @Transactional
    public void reappointWhereDirectedBy(SignalId signalId) {
        store.directedBy(signalId).forEach(this::ensureDirector);
    }

    /** Catches directors whose signal ended without an event (expiry in the nightly sweep, deletion by the region). */
    public int reappointWhereDirectorGone() {
        int total = 0;
        List<MatchCaseId> batch;
        do {
            batch = store.withDirectorGone(BATCH);
            batch.forEach(caseId -> transactions.executeWithoutResult(status -> ensureDirector(caseId)));
            total += batch.size();
        } while (batch.size() == BATCH);
        return total;
    }

    private void ensureDirector(MatchCaseId caseId) {
        store.lock(caseId).ifPresent(c -> appointer.ensureDirector(c, active(caseId)));
    }

    private List<Participant> active(MatchCaseId caseId) {
        return matches.activeParticipants(caseId);
    }
}
