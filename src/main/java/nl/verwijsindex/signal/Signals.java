package nl.verwijsindex.signal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.youth.YouthId;

/** Reading signals: a professional's own (R-NOSEARCH: there is no other way in), and what matching needs. */
@Service
@Transactional(readOnly = true)
public class Signals {

    private final Directory directory;
    private final SignalRepository signals;
    private final SignalPresenter presenter;
    private final Logbook logbook;

    Signals(Directory directory, SignalRepository signals, SignalPresenter presenter, Logbook logbook) {
        this.directory = directory;
        this.signals = signals;
        this.presenter = presenter;
        this.logbook = logbook;
    }

    @Transactional
    public List<SignalView> ownSignals(OrganisationId organisation, ProfessionalId professional,
                                       Optional<SignalStatus> status, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        List<SignalView> views = signals.ofProfessional(professional, status).stream().map(presenter::view).toList();
        logbook.record(new LogbookEntry(Action.SIGNALS_VIEWED, actor, professional.value(), organisation.value(),
                null, null, Integer.toString(views.size())));
        return views;
    }

    @Transactional
    public SignalView ownSignal(OrganisationId organisation, ProfessionalId professional, SignalId id, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        Signal signal = signals.find(id).filter(s -> s.professionalId().equals(professional))
                .orElseThrow(SignalEnding::notFound);
        logbook.record(new LogbookEntry(Action.SIGNALS_VIEWED, actor, professional.value(), organisation.value(),
                null, id.value(), "1"));
        return presenter.view(signal);
    }

    /** The active signals on a youth; for matching, within the registering transaction. */
    public List<ActiveSignal> activeOnYouth(YouthId youth) {
        return signals.activeOnYouth(youth);
    }
}
