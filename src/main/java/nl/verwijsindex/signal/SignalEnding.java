// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.Youths;
import nl.verwijsindex.youth.Youths.IdentifiedYouth;

/** R-END: a professional ends their own signal, to the archive or out of the index. */
@Service
public class SignalEnding {

    private final OwnSignals ownSignals;
    private final Youths youths;
    private final SignalRepository signals;
    private final SignalPresenter presenter;
    private final ApplicationEventPublisher events;
    private final Logbook logbook;
    private final Clock clock;

    SignalEnding(
            OwnSignals ownSignals,
            Youths youths,
            SignalRepository signals,
            SignalPresenter presenter,
            ApplicationEventPublisher events,
            Logbook logbook,
            Clock clock) {
        this.ownSignals = ownSignals;
        this.youths = youths;
        this.signals = signals;
        this.presenter = presenter;
        this.events = events;
        this.logbook = logbook;
        this.clock = clock;
    }

    /**
     * @return the archived signal, or empty when the reason deletes it (R-ARCHIVE-5Y)
     * @throws DomainException not found when the signal is not this professional's, conflict when already ended
     */
    @Transactional
    public Optional<SignalView> end(
            OrganisationId organisation, ProfessionalId professional, SignalId id, EndReason reason, Actor actor) {
        if (!reason.chosenByProfessional()) {
            throw new DomainException(
                    Kind.INVALID,
                    "end-reason-not-allowed",
                    "Kies als reden RISK_GONE (zorg beëindigd of zorg weggenomen) of UNJUSTIFIED (signaal was onterecht).");
        }
        OwnSignals.Locked locked = ownSignals.lock(organisation, professional, id);
        Signal signal = locked.signal();
        IdentifiedYouth youth = locked.youth();
        signal.end(reason, clock);

        boolean delete = !reason.archives();
        logbook.record(new LogbookEntry(
                delete ? Action.SIGNAL_DELETED : Action.SIGNAL_ENDED,
                actor,
                professional.value(),
                organisation.value(),
                youth.blindIndex().bytes(),
                id.value(),
                reason.name()));
        events.publishEvent(
                new SignalEnded(id, signal.youthId(), signal.regionCode(), reason, delete, signal.organisationId()));
        if (delete) {
            signals.delete(id);
            if (!signals.anyOnYouth(signal.youthId())) {
                youths.forget(signal.youthId());
                logbook.forgetYouth(youth.blindIndex().bytes());
            }
            return Optional.empty();
        }
        signals.saveEnding(signal);
        return Optional.of(presenter.view(signal));
    }
}
