// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.Youths;

/**
 * R-TRANSFER: a signal moves to a designated colleague of the same organisation when the case does, done
 * by the professional or by the organisation (its coordinator, for someone who left). Matches follow.
 */
@Service
public class SignalTransfer {

    private final Directory directory;
    private final OwnSignals ownSignals;
    private final Youths youths;
    private final SignalRepository signals;
    private final SignalPresenter presenter;
    private final ApplicationEventPublisher events;
    private final Logbook logbook;
    private final Clock clock;

    SignalTransfer(
            Directory directory,
            OwnSignals ownSignals,
            Youths youths,
            SignalRepository signals,
            SignalPresenter presenter,
            ApplicationEventPublisher events,
            Logbook logbook,
            Clock clock) {
        this.directory = directory;
        this.ownSignals = ownSignals;
        this.youths = youths;
        this.signals = signals;
        this.presenter = presenter;
        this.events = events;
        this.logbook = logbook;
        this.clock = clock;
    }

    @Transactional
    public SignalView transfer(
            OrganisationId organisation, ProfessionalId from, SignalId id, ProfessionalId to, Actor actor) {
        OwnSignals.Locked locked = ownSignals.lock(organisation, from, id);
        Signal signal = locked.signal();
        var youth = locked.youth();
        try {
            directory.requireProfessionalOf(organisation, to);
        } catch (DomainException e) {
            throw new DomainException(
                    Kind.INVALID,
                    "transfer-target-not-in-organisation",
                    "U kunt een signaal alleen overzetten naar een collega van dezelfde organisatie.");
        }
        // R-MELDER: the colleague must be allowed to hold the signal, under the same covenant.
        directory.authoriseRegistrant(organisation, to, Optional.of(signal.regionCode()), LocalDate.now(clock));
        signal.transferTo(to);
        if (signals.onYouth(signal.youthId(), to).ownActive().isPresent()) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "transfer-target-already-involved",
                    "Deze collega heeft al een actief signaal op deze jeugdige. Beëindig een van beide signalen.");
        }
        signals.saveTransfer(signal);
        logbook.record(new LogbookEntry(
                Action.SIGNAL_TRANSFERRED,
                actor,
                from.value(),
                organisation.value(),
                youth.blindIndex().bytes(),
                id.value(),
                to.toString()));
        events.publishEvent(new SignalTransferred(id, from, to));
        return presenter.view(signal);
    }

    /**
     * R-TRANSFER, R-COORDINATOR: the professional who left and still holds this active signal of the
     * organisation, so that the coordinator can transfer or end it in their name. Any other signal, of
     * someone still working or of another organisation, is not found: the coordinator acts only for leavers.
     */
    @Transactional(readOnly = true)
    public ProfessionalId leaverHolding(OrganisationId organisation, SignalId id) {
        return signals.activeOfLeavers(organisation, LocalDate.now(clock)).stream()
                .filter(s -> s.id().equals(id))
                .map(Signal::professionalId)
                .findFirst()
                .orElseThrow(OwnSignals::notFound);
    }

    /** R-TRANSFER: the coordinator's work list of signals that must be transferred or ended. */
    @Transactional
    public List<SignalView> activeOfLeavers(OrganisationId organisation, Actor actor) {
        List<Signal> open = signals.activeOfLeavers(organisation, LocalDate.now(clock));
        // R-LOGBOOK: each shows a youth's BSN to the organisation.
        for (Signal s : open) {
            logbook.record(new LogbookEntry(
                    Action.SIGNALS_VIEWED,
                    actor,
                    s.professionalId().value(),
                    organisation.value(),
                    youths.find(s.youthId()).map(y -> y.blindIndex().bytes()).orElse(null),
                    s.id().value(),
                    "leavers"));
        }
        return open.stream().map(presenter::view).toList();
    }
}
