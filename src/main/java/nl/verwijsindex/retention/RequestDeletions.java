// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRetention;
import nl.verwijsindex.signal.SignalRetention.DeletedSignal;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REQUEST, R-ARCHIVE-5Y: deletions the municipality decided on a request of the youth or the parents (objection
 * granted, erasure, a signal on the wrong youth). Deleted outright, never archived; each is logged and leaves a proof
 * naming the request and the outcome (R-PROOF), no personal data.
 */
@Service
public class RequestDeletions {

    private final SignalRetention signals;
    private final DeletionProofs proofs;
    private final Logbook logbook;
    private final Clock clock;

    RequestDeletions(SignalRetention signals, DeletionProofs proofs, Logbook logbook, Clock clock) {
        this.signals = signals;
        this.proofs = proofs;
        this.logbook = logbook;
        this.clock = clock;
    }

    /** Every signal of the youth, active and archived, in every region; the youth is forgotten with them. */
    @Transactional
    public List<DeletedSignal> deleteYouth(YouthId youth, UUID requestId, String outcome, Actor actor) {
        List<DeletedSignal> deleted = signals.deleteAllOfYouth(youth);
        record(deleted, requestId, outcome, actor);
        return deleted;
    }

    /** One signal, registered on the wrong youth. */
    @Transactional
    public Optional<DeletedSignal> deleteSignal(
            SignalId signal, String regionCode, UUID requestId, String outcome, Actor actor) {
        Optional<DeletedSignal> deleted = signals.deleteInRegion(signal, regionCode);
        deleted.ifPresent(d -> record(List.of(d), requestId, outcome, actor));
        return deleted;
    }

    private void record(List<DeletedSignal> deleted, UUID requestId, String outcome, Actor actor) {
        proofs.recordRequestDecision(
                deleted.stream().map(d -> d.signalId().value()).toList(),
                deleted.stream().map(DeletedSignal::regionCode).toList(),
                requestId.toString(),
                outcome,
                Moments.now(clock));
        for (DeletedSignal d : deleted) {
            logbook.record(new LogbookEntry(
                    Action.SIGNAL_DELETED,
                    actor,
                    null,
                    null,
                    d.youthIndex(),
                    d.signalId().value(),
                    "R-REQUEST " + requestId));
        }
    }
}
