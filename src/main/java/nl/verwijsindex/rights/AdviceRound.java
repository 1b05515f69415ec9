// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.rights.internal.AdviceStore;
import nl.verwijsindex.rights.internal.OverviewReadModel;
import nl.verwijsindex.rights.internal.OverviewReadModel.OnYouth;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REQUEST, "the professional advises; the municipality decides": for each signal on the youth its professional is
 * asked (inbox and content-free e-mail through {@link AdviceRequested}) and answers on a page or over the API.
 */
@Service
public class AdviceRound {

    /** At most this many advice requests in a professional's list. */
    public static final int LIST_LIMIT = 200;

    private final AdviceStore store;
    private final OverviewReadModel youths;
    private final Directory directory;
    private final Logbook logbook;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdviceRound(
            AdviceStore store,
            OverviewReadModel youths,
            Directory directory,
            Logbook logbook,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.youths = youths;
        this.directory = directory;
        this.logbook = logbook;
        this.events = events;
        this.clock = clock;
    }

    /** Asks the professional of every signal on the youth, active or in the archive, once per signal. */
    @Transactional
    void ask(UUID requestId, YouthId youth, PrivacyDesk desk) {
        OffsetDateTime now = Moments.now(clock);
        List<AdviceRequested.Asked> asked = new ArrayList<>();
        for (OnYouth signal : youths.signalOwnersOf(youth)) {
            if (store.ask(requestId, signal.signalId(), signal.professionalId(), now)) {
                asked.add(new AdviceRequested.Asked(signal.professionalId(), signal.signalId(), signal.regionCode()));
                logbook.record(new LogbookEntry(
                        Action.RIGHTS_ADVICE_ASKED,
                        desk.actor(),
                        signal.professionalId(),
                        null,
                        null,
                        signal.signalId(),
                        requestId.toString()));
            }
        }
        if (!asked.isEmpty()) {
            events.publishEvent(new AdviceRequested(requestId, asked));
        }
    }

    /** The desk's view of the advice on one of its requests (the request itself is checked by the caller). */
    @Transactional(readOnly = true)
    public List<AdviceView> ofRequest(UUID requestId) {
        return store.ofRequest(requestId);
    }

    /** The advice the professional is asked for, newest first. */
    @Transactional(readOnly = true)
    public List<AdviceView> askedOf(OrganisationId organisation, ProfessionalId professional) {
        directory.requireProfessionalOf(organisation, professional);
        return store.ofProfessional(professional.value(), LIST_LIMIT);
    }

    /** The professional answers, once, while the request is open. */
    @Transactional
    public AdviceView answer(
            OrganisationId organisation,
            ProfessionalId professional,
            UUID requestId,
            UUID signalId,
            Advice advice,
            String explanation,
            Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        AdviceView asked = store.lock(requestId, signalId)
                .filter(a -> a.professionalId().equals(professional.value()))
                .orElseThrow(() ->
                        new DomainException(Kind.NOT_FOUND, "advice-not-found", "U bent niet om dit advies gevraagd."));
        if (!asked.requestOpen()) {
            throw RightsRequests.decided();
        }
        if (asked.answered()) {
            throw new DomainException(Kind.CONFLICT, "advice-already-given", "U heeft dit advies al gegeven.");
        }
        RightsRequests.require(advice != null, "advice-required", "Kies uw advies.");
        String text = explanation == null || explanation.isBlank() ? null : explanation.strip();
        RightsRequests.require(
                text == null || text.length() <= 1000,
                "advice-explanation-too-long",
                "De toelichting is hoogstens 1000 tekens.");
        if (text != null) {
            DecisionTexts.requireNoBsn(text);
        }
        store.answer(requestId, signalId, advice, text, actor.id(), Moments.now(clock));
        logbook.record(new LogbookEntry(
                Action.RIGHTS_ADVICE_GIVEN,
                actor,
                professional.value(),
                organisation.value(),
                null,
                signalId,
                requestId.toString()));
        return store.lock(requestId, signalId).orElseThrow();
    }
}
