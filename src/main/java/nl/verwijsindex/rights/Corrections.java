// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.verwijsindex.retention.RequestDeletions;
import nl.verwijsindex.rights.internal.OverviewReadModel;
import nl.verwijsindex.rights.internal.OverviewReadModel.OnYouth;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/**
 * R-REQUEST, correction: the birth date is corrected, or the one signal registered on the wrong youth is deleted
 * without the archive, with a proof (R-PROOF) and a content-free notice to its professional.
 */
@Component
class Corrections {

    private final Youths youths;
    private final OverviewReadModel signals;
    private final RequestDeletions deletions;
    private final ApplicationEventPublisher events;

    Corrections(
            Youths youths, OverviewReadModel signals, RequestDeletions deletions, ApplicationEventPublisher events) {
        this.youths = youths;
        this.signals = signals;
        this.deletions = deletions;
        this.events = events;
    }

    void correct(UUID id, YouthId youth, Decision decision, LocalDate today, PrivacyDesk desk) {
        boolean birthDate = decision.correctedBirthDate() != null;
        RightsRequests.require(
                birthDate != (decision.wrongSignalId() != null),
                "correction-one-of",
                "Kies wat er wordt gecorrigeerd: de geboortedatum, of een signaal dat bij de verkeerde jeugdige staat.");
        if (birthDate) {
            RightsRequests.require(
                    !decision.correctedBirthDate().isAfter(today),
                    "birth-date-in-future",
                    "De geboortedatum ligt in de toekomst. Controleer de geboortedatum.");
            youths.correctBirthDate(youth, decision.correctedBirthDate());
            return;
        }
        OnYouth wrong = signals.signalOwnersOf(youth).stream()
                .filter(s -> s.signalId().equals(decision.wrongSignalId()))
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        Kind.INVALID,
                        "signal-not-of-youth",
                        "Dit signaal staat niet bij de jeugdige van dit verzoek."));
        deletions.deleteSignal(
                new SignalId(wrong.signalId()), wrong.regionCode(), id, Outcome.CORRECTED.name(), desk.actor());
        events.publishEvent(new SignalsErasedOnRequest(
                id, List.of(new SignalsErasedOnRequest.Erased(wrong.professionalId(), wrong.regionCode()))));
    }
}
