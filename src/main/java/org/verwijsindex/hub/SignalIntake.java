// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verwijsindex.national.protocol.SignalMessage;

/**
 * Applies one region's message in one transaction (docs/adr/0033): a replay, a forgotten signal or an older sequence
 * changes nothing; otherwise the signal is stored and matched. Messages that touch the same signal, youth or parent
 * wait for each other (transaction-scoped advisory locks in a fixed order, as the regional index's family matching
 * does), so two regions reporting one youth at once make one match, never two and never none.
 */
@Service
class SignalIntake {

    /** What became of a message; logged and answered, never with content. */
    enum Outcome {
        APPLIED,
        REPLAYED,
        OUT_OF_ORDER,
        FORGOTTEN
    }

    private final HubLocks locks;
    private final SignalStore signals;
    private final MessageLog messages;
    private final ProofStore proofs;
    private final CrossRegionMatching matching;
    private final KeyVersionRetirement retirement;
    private final HubSettings settings;
    private final Clock clock;

    SignalIntake(
            HubLocks locks,
            SignalStore signals,
            MessageLog messages,
            ProofStore proofs,
            CrossRegionMatching matching,
            KeyVersionRetirement retirement,
            HubSettings settings,
            Clock clock) {
        this.locks = locks;
        this.signals = signals;
        this.messages = messages;
        this.proofs = proofs;
        this.matching = matching;
        this.retirement = retirement;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param signal the signal as the message describes it, its pseudonyms already opened and keyed */
    @Transactional
    Outcome apply(HubSignal signal, SignalMessage message) {
        // First: a version retired at runtime (docs/adr/0045) is refused, and one being retired waits for it.
        retirement.refuseIfRetired(signal.keyVersion());
        List<byte[]> lockedOn = new ArrayList<>(signal.parents());
        lockedOn.add(signal.youth());
        locks.lock(signal.region(), signal.signalRef(), lockedOn);
        Instant now = clock.instant();
        messages.forgetBefore(now.minus(settings.messageRetention()));
        if (!messages.firstTime(signal.region(), message.messageId(), now)) {
            return Outcome.REPLAYED;
        }
        Optional<ProofStore.Proof> forgotten = proofs.find(signal.region(), signal.signalRef());
        if (forgotten.isPresent() && forgotten.get().sequence() >= signal.sequence()) {
            // Older than the forget: a late report of a signal that has left the region's index.
            return Outcome.FORGOTTEN;
        }
        Optional<HubSignal> before = signals.find(signal.region(), signal.signalRef());
        if (before.isPresent() && before.get().sequence() >= signal.sequence()) {
            return Outcome.OUT_OF_ORDER;
        }
        // A signal the hub held, reported under a key version it had no pseudonyms of: the region's round of a key
        // rotation (docs/adr/0032 step 3). Its pseudonyms of the other versions stay beside the new ones.
        boolean rekeyed =
                before.isPresent() && !signals.holds(signal.region(), signal.signalRef(), signal.keyVersion());
        signals.save(signal, now);
        if (!signal.active() && rekeyed) {
            matching.archivedRekeyed(signal, now);
        }
        if (signal.active()) {
            boolean newlyActive = before.map(b -> !b.active()).orElse(true);
            matching.match(signal, newlyActive, now);
            boolean moved = before.isPresent()
                    && signal.municipalityCode() != null
                    && !Objects.equals(before.get().municipalityCode(), signal.municipalityCode());
            if (moved) {
                matching.moved(signal, now);
            }
        }
        return Outcome.APPLIED;
    }
}
