// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.rights.internal.RequestStore;
import nl.verwijsindex.rights.internal.RequestYouth;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REQUEST: the municipality decides, with a reason, and the decision does what it says in the same transaction:
 * a correction corrects the birth date or deletes the signal on the wrong youth; an objection granted or an erasure
 * deletes every signal of the youth without the archive, with a proof (R-PROOF) and a content-free notice to each
 * professional; a restriction stops new matches until it is lifted; a refusal changes nothing. This class checks,
 * logs and records the decision; {@link DecisionEffects} carries it out.
 */
@Service
public class RequestDecisions {

    private final RequestStore store;
    private final RequestYouth requestYouth;
    private final DecisionEffects effects;
    private final Logbook logbook;
    private final Clock clock;

    RequestDecisions(
            RequestStore store, RequestYouth requestYouth, DecisionEffects effects, Logbook logbook, Clock clock) {
        this.store = store;
        this.requestYouth = requestYouth;
        this.effects = effects;
        this.logbook = logbook;
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
        if (DecisionEffects.changesTheYouth(outcome) && youth.isEmpty()) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "nothing-registered-any-more",
                    "Over deze jeugdige staat niets meer in de verwijsindex; er valt niets te wijzigen.");
        }
        // Logged before the effects: an erasure forgets the youth, after which the logbook keeps only its reference.
        logbook.record(new LogbookEntry(
                Action.RIGHTS_REQUEST_DECIDED, desk.actor(), null, null, youthIndex, null, id + " " + outcome));
        effects.carryOut(id, youth.orElse(null), decision, today, desk);
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
        requestYouth.youthOf(id).ifPresent(youth -> effects.liftRestriction(id, youth));
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
}
