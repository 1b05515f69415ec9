// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.retention.RequestDeletions;
import nl.verwijsindex.rights.internal.OverviewReadModel;
import nl.verwijsindex.rights.internal.OverviewReadModel.OnYouth;
import nl.verwijsindex.rights.internal.RequestStore;
import nl.verwijsindex.rights.internal.RequestYouth;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.ProcessingRestrictions;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/**
 * R-REQUEST: the municipality decides, with a reason, and the decision does what it says in the same transaction:
 * a correction corrects the birth date or deletes the signal on the wrong youth; an objection granted or an erasure
 * deletes every signal of the youth without the archive, with a proof (R-PROOF) and a content-free notice to each
 * professional; a restriction stops new matches until it is lifted; a refusal changes nothing.
 */
@Service
public class RequestDecisions {

    private final RequestStore store;
    private final RequestYouth requestYouth;
    private final OverviewReadModel signals;
    private final Youths youths;
    private final RequestDeletions deletions;
    private final ProcessingRestrictions restrictions;
    private final Logbook logbook;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestDecisions(
            RequestStore store,
            RequestYouth requestYouth,
            OverviewReadModel signals,
            Youths youths,
            RequestDeletions deletions,
            ProcessingRestrictions restrictions,
            Logbook logbook,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.requestYouth = requestYouth;
        this.signals = signals;
        this.youths = youths;
        this.deletions = deletions;
        this.restrictions = restrictions;
        this.logbook = logbook;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RequestView decide(PrivacyDesk desk, UUID id, Decision decision) {
        RequestView request = store.find(id, desk.municipalityCode(), true).orElseThrow(RightsRequests::notFound);
        if (!request.open()) {
            throw RightsRequests.decided();
        }
        Outcome outcome = decision.outcome();
        RightsRequests.require(outcome != null, "outcome-required", "Kies het besluit.");
        RightsRequests.require(
                outcome != Outcome.NOTHING_REGISTERED && outcome.answers(request.kind()),
                "outcome-does-not-fit",
                "Dit besluit past niet bij dit soort verzoek.");
        String reason = decision.reason() == null ? "" : decision.reason().strip();
        RightsRequests.require(
                !reason.isEmpty() && reason.length() <= 2000,
                "decision-reason-required",
                "Schrijf de reden van het besluit op (hoogstens 2000 tekens); die komt in de besluitbrief.");
        DecisionTexts.requireNoBsn(reason);
        LocalDate today = LocalDate.now(clock);
        Optional<YouthId> youth = requestYouth.youthOf(id);
        byte[] youthIndex = requestYouth.logbookIndexOf(id);
        if (outcome != Outcome.REFUSED && outcome != Outcome.ACCESS_GIVEN && youth.isEmpty()) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "nothing-registered-any-more",
                    "Over deze jeugdige staat niets meer in de verwijsindex; er valt niets te wijzigen.");
        }
        // Logged before the effects: an erasure forgets the youth, after which the logbook keeps only its reference.
        logbook.record(new LogbookEntry(
                Action.RIGHTS_REQUEST_DECIDED, desk.actor(), null, null, youthIndex, null, id + " " + outcome));
        switch (outcome) {
            case CORRECTED -> correct(id, youth.orElseThrow(), decision, today, desk);
            case ERASED -> erase(id, youth.orElseThrow(), desk);
            case RESTRICTED -> restrictions.restrict(youth.orElseThrow(), id);
            default -> {
                // access given, refused: the decision itself is all that changes
            }
        }
        store.decide(id, outcome, reason, today, desk.actor().id());
        return store.find(id, desk.municipalityCode(), false).orElseThrow();
    }

    /** Lifts the restriction decided on the request: the youth's signals match again from now on. */
    @Transactional
    public RequestView liftRestriction(PrivacyDesk desk, UUID id) {
        RequestView request = store.find(id, desk.municipalityCode(), true).orElseThrow(RightsRequests::notFound);
        if (!request.restrictionActive()) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "restriction-not-active",
                    "Op dit verzoek geldt geen beperking die kan worden opgeheven.");
        }
        requestYouth.youthOf(id).ifPresent(youth -> restrictions.lift(youth, id));
        store.liftRestriction(id, LocalDate.now(clock));
        logbook.record(new LogbookEntry(
                Action.RIGHTS_RESTRICTION_LIFTED,
                desk.actor(),
                null,
                null,
                requestYouth.logbookIndexOf(id),
                null,
                id.toString()));
        return store.find(id, desk.municipalityCode(), false).orElseThrow();
    }

    private void correct(UUID id, YouthId youth, Decision decision, LocalDate today, PrivacyDesk desk) {
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

    private void erase(UUID id, YouthId youth, PrivacyDesk desk) {
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
