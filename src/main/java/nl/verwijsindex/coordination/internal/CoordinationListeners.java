// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.verwijsindex.matching.MatchCasesCarriedOver;
import nl.verwijsindex.matching.MatchesCarriedOver;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.person.PersonDataRefreshed;
import nl.verwijsindex.signal.SignalEnded;

/**
 * Listens through the event publication registry, after the match or the ending committed: if the application
 * stops first, the publication stays incomplete and is handed over again after the restart. The register's answer
 * about a youth is looked at in its own transaction first, so only a youth in a match case gets a publication.
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

    /**
     * R-SUPERVISE: the register answered for a youth; its open cases go to its municipality. Issue 18
     * (docs/adr/0051): in the transaction that stored the answer, which holds the youth (and its relatives' keys)
     * locked, so no registration or relatives' match of the youth commits meanwhile: only a youth in a match case is
     * handed to {@link #on(YouthCasesToFollow)} after the commit, with a publication; most answers are about youths in
     * no case, and cost one read instead of a publication's insert, update and delete and a transaction. Before the
     * commit, so after the listeners that match the youth's relatives in the same transaction (R-MATCH-FAMILY).
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PersonDataRefreshed refreshed) {
        relocation.announceIfInACase(refreshed.youthId(), refreshed.parentsOrMunicipalityChanged());
    }

    @ApplicationModuleListener
    void on(YouthCasesToFollow follow) {
        relocation.follow(follow.youthId());
    }

    @ApplicationModuleListener
    void on(SignalEnded ended) {
        watch.reappointWhereDirectedBy(ended.signalId());
    }
}
