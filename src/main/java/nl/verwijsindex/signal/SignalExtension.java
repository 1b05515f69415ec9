// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;

/** R-ACTIVE-2Y: the professional extends their own active signal by a new period of at most two years. */
@Service
public class SignalExtension {

    private final OwnSignals ownSignals;
    private final SignalRepository signals;
    private final SignalPresenter presenter;
    private final Logbook logbook;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignalExtension(
            OwnSignals ownSignals,
            SignalRepository signals,
            SignalPresenter presenter,
            Logbook logbook,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.ownSignals = ownSignals;
        this.signals = signals;
        this.presenter = presenter;
        this.logbook = logbook;
        this.clock = clock;
    }

    @Transactional
    public SignalView extend(OrganisationId organisation, ProfessionalId professional, SignalId id, Actor actor) {
        OwnSignals.Locked locked = ownSignals.lock(organisation, professional, id);
        Signal signal = locked.signal();
        var youth = locked.youth();
        signal.extend(clock);
        signals.saveExtension(signal);
        logbook.record(new LogbookEntry(
                Action.SIGNAL_EXTENDED,
                actor,
                professional.value(),
                organisation.value(),
                youth.blindIndex().bytes(),
                id.value(),
                signal.activeUntil().toString()));
        events.publishEvent(new SignalExtended(id));
        return presenter.view(signal);
    }
}
