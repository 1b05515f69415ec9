// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.rights.internal.RequestDeadlines;
import nl.verwijsindex.rights.internal.RequestStore;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/**
 * R-REQUEST: the privacy desk takes in a request, sees its municipality's requests and extends a deadline. Every
 * look at a request is logged. A BSN the index does not know is recorded and answered at once with
 * {@link Outcome#NOTHING_REGISTERED}, which says nothing else.
 */
@Service
public class RightsRequests {

    /** At most this many requests in the desk's list. */
    public static final int LIST_LIMIT = 500;

    private final RequestStore store;
    private final RequestDeadlines deadlines;
    private final BsnProtection protection;
    private final Youths youths;
    private final PersonIndex persons;
    private final Logbook logbook;
    private final AdviceRound advice;
    private final Clock clock;

    RightsRequests(
            RequestStore store,
            RequestDeadlines deadlines,
            BsnProtection protection,
            Youths youths,
            PersonIndex persons,
            Logbook logbook,
            AdviceRound advice,
            Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.protection = protection;
        this.youths = youths;
        this.persons = persons;
        this.logbook = logbook;
        this.advice = advice;
        this.clock = clock;
    }

    @Transactional
    public RequestView record(PrivacyDesk desk, NewRequest request) {
        require(request.kind() != null, "kind-required", "Kies wat er wordt gevraagd.");
        require(request.requester() != null, "requester-required", "Kies wie het verzoek doet.");
        require(request.identityCheck() != null, "identity-check-required", "Kies hoe de identiteit is gecontroleerd.");
        require(request.youthBirthDate() != null, "birth-date-required", "Vul de geboortedatum van de jeugdige in.");
        require(request.receivedOn() != null, "received-date-required", "Vul de datum van ontvangst in.");
        Bsn bsn = Bsn.parse(request.bsn());
        LocalDate today = LocalDate.now(clock);
        require(
                !request.receivedOn().isAfter(today),
                "received-date-in-future",
                "De datum van ontvangst ligt in de toekomst.");
        require(
                !request.receivedOn().isBefore(today.minusYears(1)),
                "received-date-too-early",
                "De datum van ontvangst ligt meer dan een jaar terug. Controleer de datum.");
        RequestRules.requireEntitled(request.requester(), request.youthBirthDate(), request.receivedOn());

        Optional<YouthId> youth = youths.findByBsn(bsn);
        if (youth.isPresent()
                && persons.municipalityOf(youth.get())
                        .filter(m -> !m.equals(desk.municipalityCode()))
                        .isPresent()) {
            throw new DomainException(
                    Kind.FORBIDDEN,
                    "youth-of-other-municipality",
                    "Deze jeugdige staat in een andere gemeente ingeschreven. Die gemeente behandelt het verzoek; "
                            + "verwijs de aanvrager daarheen.");
        }
        UUID id = UUID.randomUUID();
        LocalDate dueOn = RequestRules.dueOn(request.receivedOn(), deadlines.calendarOf(desk.municipalityCode()));
        byte[] index = protection.blindIndex(bsn).bytes();
        store.insert(new RequestStore.NewRow(
                id,
                desk.municipalityCode(),
                request.kind(),
                request.requester(),
                request.identityCheck(),
                request.youthBirthDate(),
                index,
                protection.currentKeyId(),
                protection.encrypt(bsn),
                request.receivedOn(),
                dueOn,
                desk.actor().id(),
                Moments.now(clock)));
        log(Action.RIGHTS_REQUEST_RECORDED, desk, index, id);
        if (youth.isEmpty()) {
            store.decide(
                    id,
                    Outcome.NOTHING_REGISTERED,
                    "Over deze jeugdige staat niets geregistreerd in de verwijsindex.",
                    today,
                    desk.actor().id());
        } else {
            deadlines.plan(id, desk.municipalityCode(), dueOn);
            advice.ask(id, youth.get(), desk);
        }
        return store.find(id, desk.municipalityCode(), false).orElseThrow();
    }

    /** The desk's requests; the list shows no youth, so it is not a look at one. */
    @Transactional(readOnly = true)
    public List<RequestView> ofDesk(PrivacyDesk desk) {
        return store.ofMunicipality(desk.municipalityCode(), LIST_LIMIT);
    }

    /** One request of the desk's municipality, logged as a look at its youth; another's is "not found". */
    @Transactional
    public RequestView find(PrivacyDesk desk, UUID id) {
        RequestView request = store.find(id, desk.municipalityCode(), false).orElseThrow(RightsRequests::notFound);
        log(Action.RIGHTS_REQUEST_VIEWED, desk, store.bsnIndexOf(id), id);
        return request;
    }

    /**
     * R-REQUEST: the one extension by two months, with the reason and the day the requester was told, which lies
     * within the first month.
     */
    @Transactional
    public RequestView extend(PrivacyDesk desk, UUID id, String reason, LocalDate toldOn) {
        RequestView request = store.find(id, desk.municipalityCode(), true).orElseThrow(RightsRequests::notFound);
        if (!request.open()) {
            throw decided();
        }
        if (request.extendedDueOn() != null) {
            throw new DomainException(
                    Kind.CONFLICT, "already-extended", "De termijn van dit verzoek is al eens verlengd.");
        }
        String text = reason == null ? "" : reason.strip();
        require(
                !text.isEmpty() && text.length() <= 500,
                "extension-reason-required",
                "Schrijf op waarom de termijn wordt verlengd (hoogstens 500 tekens).");
        DecisionTexts.requireNoBsn(text);
        require(
                toldOn != null,
                "extension-told-date-required",
                "Vul in wanneer de aanvrager over de verlenging is verteld.");
        require(
                !toldOn.isBefore(request.receivedOn())
                        && !toldOn.isAfter(request.dueOn())
                        && !toldOn.isAfter(LocalDate.now(clock)),
                "extension-told-out-of-time",
                "De aanvrager moet binnen de eerste maand over de verlenging horen: tussen de ontvangst en de "
                        + "oorspronkelijke termijn, en niet in de toekomst.");
        LocalDate extended =
                RequestRules.extendedDueOn(request.receivedOn(), deadlines.calendarOf(desk.municipalityCode()));
        store.extend(id, extended, text, toldOn);
        deadlines.plan(id, desk.municipalityCode(), extended);
        log(Action.RIGHTS_REQUEST_EXTENDED, desk, store.bsnIndexOf(id), id);
        return store.find(id, desk.municipalityCode(), false).orElseThrow();
    }

    private void log(Action action, PrivacyDesk desk, byte[] youthIndex, UUID requestId) {
        logbook.record(new LogbookEntry(action, desk.actor(), null, null, youthIndex, null, requestId.toString()));
    }

    static DomainException notFound() {
        return new DomainException(
                Kind.NOT_FOUND, "request-not-found", "Dit verzoek bestaat niet bij het privacyloket van uw gemeente.");
    }

    static DomainException decided() {
        return new DomainException(Kind.CONFLICT, "request-already-decided", "Over dit verzoek is al besloten.");
    }

    static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new DomainException(Kind.INVALID, code, message);
        }
    }
}
