// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.person.PersonDataRefreshed;
import nl.verwijsindex.person.YouthMoved;
import nl.verwijsindex.signal.LeavingSignal;
import nl.verwijsindex.signal.ProcessingRestrictionChanged;
import nl.verwijsindex.signal.SignalEnded;
import nl.verwijsindex.signal.SignalExtended;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalImported;
import nl.verwijsindex.signal.SignalRegistered;
import nl.verwijsindex.signal.SignalTransferred;
import nl.verwijsindex.signal.SignalsDeleted;
import nl.verwijsindex.signal.SignalsExpired;
import nl.verwijsindex.signal.SignalsImported;
import nl.verwijsindex.signal.SignalsMoved;
import nl.verwijsindex.signal.YouthIdentified;
import nl.verwijsindex.youth.YouthId;

/**
 * R-NATIONAL: every change to a signal the hub must know about writes its outbox row. Plain synchronous listeners,
 * so the row is written in the transaction of the change and stands or falls with it (as the report facts are,
 * docs/adr/0030): a committed change is always sent, a rolled-back registration never; and the hub being down never
 * holds up the change. What is sent is read when it is sent, so a row says only which signal and whether to report
 * or forget it.
 */
@Component
@ConditionalOnProperty(prefix = "verwijsindex.national", name = "enabled", havingValue = "true")
class OutboxWriter {

    private final OutboxStore outbox;
    private final SignalSnapshots signals;

    OutboxWriter(OutboxStore outbox, SignalSnapshots signals) {
        this.outbox = outbox;
        this.signals = signals;
    }

    @EventListener
    void on(SignalRegistered registered) {
        outbox.report(List.of(registered.signalId().value()), "SIGNAL_REGISTERED");
    }

    @EventListener
    void on(SignalImported imported) {
        outbox.report(List.of(imported.signalId().value()), "SIGNAL_IMPORTED");
    }

    /** A batch of the import (issue 18): one insert for all its signals. */
    @EventListener
    void on(SignalsImported imported) {
        outbox.report(imported.signals().stream().map(s -> s.signalId().value()).toList(), "SIGNAL_IMPORTED");
    }

    /** R-END: to the archive (the hub keeps it for archive hits) or deleted as unjustified (the hub forgets it). */
    @EventListener
    void on(SignalEnded ended) {
        if (ended.deleted()) {
            outbox.forget(List.of(ended.signalId().value()), "R-END-UNJUSTIFIED", "SIGNAL_ENDED");
        } else {
            outbox.report(List.of(ended.signalId().value()), "SIGNAL_ENDED");
        }
    }

    /** R-ACTIVE-2Y: ran out into the archive. */
    @EventListener
    void on(SignalsExpired expired) {
        outbox.report(ids(expired.signals()), "SIGNALS_EXPIRED");
    }

    /** R-AGE-23, R-DEATH, R-ARCHIVE-5Y, R-DELETE-ONLY-REGION: the hub forgets them and keeps a proof. */
    @EventListener
    void on(SignalsDeleted deleted) {
        outbox.forget(ids(deleted.signals()), deleted.ruleId(), "SIGNALS_DELETED");
    }

    /** R-TRANSFER: the hub passes on the new professional's contact card. */
    @EventListener
    void on(SignalTransferred transferred) {
        outbox.report(List.of(transferred.signalId().value()), "SIGNAL_TRANSFERRED");
    }

    /** R-ACTIVE-2Y: a new period. */
    @EventListener
    void on(SignalExtended extended) {
        outbox.report(List.of(extended.signalId().value()), "SIGNAL_EXTENDED");
    }

    /** R-NOBSN: the signals now belong to a youth known by BSN, and so to another pseudonym. */
    @EventListener
    void on(SignalsMoved moved) {
        outbox.report(moved.signals().stream().map(SignalId::value).toList(), "SIGNALS_MOVED");
    }

    /** R-NOBSN: a youth known by a verwijsindex number got a BSN; their signals can go to the hub now. */
    @EventListener
    void on(YouthIdentified identified) {
        outbox.report(signals.ofYouth(identified.youthId()), "YOUTH_IDENTIFIED");
    }

    /**
     * R-REQUEST: a restricted youth's signals make no new matches, here or across regions: the hub forgets them
     * while the restriction lasts, and hears of them again when it is lifted.
     */
    @EventListener
    void on(ProcessingRestrictionChanged changed) {
        if (changed.restricted()) {
            outbox.forget(signals.ofYouth(changed.youthId()), "R-REQUEST", "PROCESSING_RESTRICTED");
        } else {
            report(changed.youthId(), "RESTRICTION_LIFTED");
        }
    }

    /** R-MOVE: the hub tells the region of a new municipality. */
    @EventListener
    void on(YouthMoved moved) {
        report(moved.youthId(), "YOUTH_MOVED");
    }

    /** The parents (R-MATCH-FAMILY) or the municipality may be others now. */
    @EventListener
    void on(PersonDataRefreshed refreshed) {
        if (refreshed.parentsOrMunicipalityChanged()) {
            report(refreshed.youthId(), "PERSON_DATA_REFRESHED");
        }
    }

    private void report(YouthId youth, String cause) {
        outbox.report(signals.ofYouth(youth), cause);
    }

    private static List<UUID> ids(List<LeavingSignal> leaving) {
        return leaving.stream().map(l -> l.signalId().value()).toList();
    }
}
