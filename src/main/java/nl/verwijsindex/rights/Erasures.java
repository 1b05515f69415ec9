// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.verwijsindex.retention.RequestDeletions;
import nl.verwijsindex.rights.internal.OverviewReadModel;
import nl.verwijsindex.rights.internal.OverviewReadModel.OnYouth;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REQUEST, objection granted or erasure: every signal of the youth, active and archived, is deleted without the
 * archive, with a proof per signal (R-PROOF), and each professional involved gets a content-free notice.
 */
@Component
class Erasures {

    private final OverviewReadModel signals;
    private final RequestDeletions deletions;
    private final ApplicationEventPublisher events;

    Erasures(OverviewReadModel signals, RequestDeletions deletions, ApplicationEventPublisher events) {
        this.signals = signals;
        this.deletions = deletions;
        this.events = events;
    }

    void erase(UUID id, YouthId youth, PrivacyDesk desk) {
        List<OnYouth> owners = signals.signalOwnersOf(youth);
        deletions.deleteYouth(youth, id, Outcome.ERASED.name(), desk.actor());
        events.publishEvent(new SignalsErasedOnRequest(
                id,
                owners.stream()
                        .map(s -> new SignalsErasedOnRequest.Erased(s.professionalId(), s.regionCode()))
                        .distinct()
                        .toList()));
    }
}
