// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verwijsindex.national.protocol.ForgetMessage;

/**
 * R-PROOF at the hub: a signal that left its region's index leaves the hub too, with its pseudonyms, its matches and
 * whatever was not delivered about it yet, in one transaction; what stays is a proof without personal data. Forgetting
 * twice keeps the first proof; a report of the signal arriving afterwards is ignored ({@link SignalIntake}).
 */
@Service
class Forgetting {

    private final HubLocks locks;
    private final SignalStore signals;
    private final MatchStore matches;
    private final DeliveryStore deliveries;
    private final ProofStore proofs;
    private final Clock clock;

    Forgetting(
            HubLocks locks,
            SignalStore signals,
            MatchStore matches,
            DeliveryStore deliveries,
            ProofStore proofs,
            Clock clock) {
        this.locks = locks;
        this.signals = signals;
        this.matches = matches;
        this.deliveries = deliveries;
        this.proofs = proofs;
        this.clock = clock;
    }

    @Transactional
    /** @return the proof that stands, or empty when the signal's newer state made this forget stale */
    Optional<ProofStore.Proof> forget(String region, String signalRef, ForgetMessage message) {
        locks.lock(region, signalRef, List.of());
        Instant now = clock.instant();
        Optional<HubSignal> held = signals.find(region, signalRef);
        if (held.isPresent() && held.get().sequence() >= message.sequence()) {
            // A late or replayed forget of a signal that came back since: the newer state stands.
            return Optional.empty();
        }
        deliveries.deleteAbout(region, signalRef);
        matches.deleteInvolving(region, signalRef);
        signals.delete(region, signalRef);
        return Optional.of(proofs.record(region, signalRef, message.ruleId(), now, message.sequence()));
    }
}
