// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.matching.MatchCasesCarriedOver;
import nl.verwijsindex.matching.MatchesCarriedOver;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.person.PersonDataRefreshed;
import nl.verwijsindex.signal.SignalEnded;

/**
 * Listens through the event publication registry, after the match or the ending committed: if the application
 * stops first, the publication stays incomplete and is handed over again after the restart.
 */
@Component
class CoordinationListeners {

    private final CaseOpening opening;
    private final DeadlineWatch watch;
    private final CaseRelocation relocation;

    CoordinationListeners(CaseOpening opening, DeadlineWatch watch, CaseRelocation relocation) {
        this.opening = opening;
        this.watch = watch;
        this.relocation = relocation;
    }

    @ApplicationModuleListener
    void on(MatchesFound found) {
        opening.open(found);
    }

    @ApplicationModuleListener
    void on(MatchesCarriedOver carried) {
        opening.carryOver(carried);
    }

    /** Issue 18: a batch of an import, in one transaction (ADR 0043). */
    @ApplicationModuleListener
    void on(MatchCasesCarriedOver carried) {
        opening.carryOver(carried);
    }

    /** R-SUPERVISE: the register answered for a youth; its open cases go to its municipality. */
    @ApplicationModuleListener
    void on(PersonDataRefreshed refreshed) {
        relocation.follow(refreshed.youthId());
    }

    @ApplicationModuleListener
    void on(SignalEnded ended) {
        watch.reappointWhereDirectedBy(ended.signalId());
    }
}
