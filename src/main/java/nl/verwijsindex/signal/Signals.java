// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/** Reading signals: a professional's own (R-NOSEARCH: there is no other way in), and what matching needs. */
@Service
@Transactional(readOnly = true)
public class Signals {

    private final Directory directory;
    private final SignalRepository signals;
    private final SignalPresenter presenter;
    private final Logbook logbook;
    private final Youths youths;

    Signals(Directory directory, SignalRepository signals, SignalPresenter presenter, Logbook logbook, Youths youths) {
        this.youths = youths;
        this.directory = directory;
        this.signals = signals;
        this.presenter = presenter;
        this.logbook = logbook;
    }

    @Transactional
    public List<SignalView> ownSignals(
            OrganisationId organisation, ProfessionalId professional, Optional<SignalStatus> status, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        List<Signal> own = signals.ofProfessional(professional, status);
        // R-LOGBOOK: showing a signal shows its youth's BSN, so each is a look at that youth.
        own.forEach(s -> recordView(s, organisation, professional, actor));
        return own.stream().map(presenter::view).toList();
    }

    @Transactional
    public SignalView ownSignal(OrganisationId organisation, ProfessionalId professional, SignalId id, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        Signal signal = signals.find(id)
                .filter(s -> s.professionalId().equals(professional))
                .orElseThrow(OwnSignals::notFound);
        recordView(signal, organisation, professional, actor);
        return presenter.view(signal);
    }

    private void recordView(Signal signal, OrganisationId organisation, ProfessionalId professional, Actor actor) {
        byte[] youthIndex =
                youths.find(signal.youthId()).map(y -> y.blindIndex().bytes()).orElse(null);
        logbook.record(new LogbookEntry(
                Action.SIGNALS_VIEWED,
                actor,
                professional.value(),
                organisation.value(),
                youthIndex,
                signal.id().value(),
                null));
    }

    /**
     * Issue 16 item 4: how many of the professional's active signals end on or before {@code until}. A count names
     * no youth: not logged.
     */
    @Transactional(readOnly = true)
    public long activeUntilOnOrBefore(OrganisationId organisation, ProfessionalId professional, LocalDate until) {
        directory.requireProfessionalOf(organisation, professional);
        return signals.ofProfessional(professional, Optional.of(SignalStatus.ACTIVE)).stream()
                .filter(s -> !s.activeUntil().isAfter(until))
                .count();
    }

    /**
     * Issue 16 item 6: how many active signals an organisation holds in a region, for the page that confirms
     * stopping its membership. A count names no youth: not logged.
     */
    public long activeOfOrganisationInRegion(OrganisationId organisation, String regionCode) {
        return signals.countActiveOfOrganisationInRegion(organisation, regionCode);
    }

    /** Youths with at least one active signal, in id order after {@code afterYouthId}: for checks against the register. */
    public List<YouthId> youthsWithActiveSignals(long afterYouthId, int limit) {
        return signals.youthsWithActiveSignals(afterYouthId, limit);
    }

    /** An active signal, for notices about it; empty once it has ended or gone. */
    public Optional<ActiveSignal> active(SignalId id) {
        return signals.find(id)
                .filter(Signal::isActive)
                .map(s -> new ActiveSignal(s.id(), s.professionalId(), s.organisationId(), s.regionCode()));
    }

    /** Those of these signals that are still active, in one read; for notices about a batch of them. */
    public List<ActiveSignal> active(Collection<SignalId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return signals.findActive(ids).stream()
                .map(s -> new ActiveSignal(s.id(), s.professionalId(), s.organisationId(), s.regionCode()))
                .toList();
    }

    /**
     * Holds the youths of these signals until the caller's transaction ends ({@code for no key update}, in id
     * order): the lock a registration ({@code JdbcYouths}) and a deletion ({@link SignalRetention}) take first. A
     * transaction that then writes rows referring to the signals (notices take a key-share lock on each) or updates
     * them thus locks in the order a deletion of one of these youths does, youth before signal, and the two wait for
     * each other instead of deadlocking (a privacy desk's erasure against a match's notices, CI of 2026-12-06).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdYouthsOf(Collection<SignalId> ids) {
        if (!ids.isEmpty()) {
            signals.holdYouthsOf(ids);
        }
    }

    /** The active signals on a youth; for matching, within the registering transaction. */
    public List<ActiveSignal> activeOnYouth(YouthId youth) {
        return signals.activeOnYouth(youth);
    }

    /** The active signals on each of these youths, in one read; a youth without any is not in the map. */
    public Map<YouthId, List<ActiveSignal>> activeOnYouths(Collection<YouthId> youths) {
        return signals.activeOnYouths(youths);
    }

    /**
     * The active signals on a youth that may make new matches: none while the youth's processing is restricted on a
     * request (R-REQUEST, {@link ProcessingRestrictions}).
     */
    public List<ActiveSignal> matchableOnYouth(YouthId youth) {
        return signals.matchableOnYouth(youth);
    }
}
