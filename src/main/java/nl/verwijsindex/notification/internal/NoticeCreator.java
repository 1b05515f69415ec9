// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.coordination.MatchesCoordinated;
import nl.verwijsindex.matching.MatchRecipients;
import nl.verwijsindex.matching.MatchRecipients.PairRecipients;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.notification.internal.SignalNoticeBatches.SignalNotice;
import nl.verwijsindex.person.YouthMoved;
import nl.verwijsindex.signal.ActiveSignal;
import nl.verwijsindex.signal.ExpiriesApproaching;
import nl.verwijsindex.signal.ExpiryApproaching;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalInforming;
import nl.verwijsindex.signal.SignalTransferred;
import nl.verwijsindex.signal.Signals;

/**
 * R-NOTICE and R-NOTICE-NEW: for each new match, one notice per professional with an active signal in it; and
 * the notices about one signal. Each listener runs after its event's transaction committed, from the event
 * publication registry: those about one signal in a transaction of their own, the match's in the transaction of the
 * case opening, which handles the match's publication (docs/adr/0058). If the application stops first, the
 * publication stays incomplete and is handed over again. Making notices is idempotent, so that never doubles them.
 * The e-mail follows once the notices are committed ({@link NoticesQueued}).
 */
@Component
class NoticeCreator {

    private final NoticeStore store;
    private final SignalNoticeBatches batches;
    private final MatchRecipients matches;
    private final Signals signals;
    private final SignalInforming informing;
    private final MunicipalSupervisors supervisors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeCreator(
            NoticeStore store,
            SignalNoticeBatches batches,
            MatchRecipients matches,
            Signals signals,
            SignalInforming informing,
            MunicipalSupervisors supervisors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.batches = batches;
        this.matches = matches;
        this.signals = signals;
        this.informing = informing;
        this.supervisors = supervisors;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the match is read now (DESIGN decision 4): a pair whose signals ended meanwhile tells no one. With the
     * match's notices, in the same transaction, the R-INFORM reminders of its signals whose informing is not
     * recorded ({@link SignalInforming#remindOnMatch}) and, once a day a case, the notices to the supervisors of the
     * case's municipality (R-NOTICE); issue 18: one read of the recipients and one insert for the notices of the
     * professionals.
     *
     * <p>Issue 18 (docs/adr/0058): in the transaction in which the coordination opened the case, which handles the
     * match's only publication in the registry and holds the youths of the case's signals: if this fails, the case's
     * opening is rolled back with it and the publication is handed over again, so no notice is lost. Where the
     * notices had a publication and a transaction of their own, and the supervisors' a third.
     */
    @EventListener
    void on(MatchesCoordinated coordinated) {
        List<PairRecipients> pairs = matches.recipientsOf(coordinated.pairs());
        List<SignalId> matched = pairs.stream()
                .flatMap(pair -> pair.recipients().stream())
                .map(PairRecipients.Recipient::signalId)
                .toList();
        List<NoticeId> created = new ArrayList<>(batches.addAboutPairs(pairs));
        LocalDate today = LocalDate.now(clock);
        created.addAll(batches.addAboutSignals(
                NoticeKind.INFORM_REMINDER,
                informing.remindOnMatch(matched).stream()
                        .map(s -> new SignalNotice(s.professionalId(), s.id(), today))
                        .toList()));
        if (coordinated.superviseIn() != null) {
            for (var supervisor : supervisors.of(coordinated.superviseIn())) {
                store.addAboutCaseForSupervisor(
                                supervisor.id(), NoticeKind.NEW_MATCH, coordinated.matchCase(), coordinated.matchedOn())
                        .ifPresent(created::add);
            }
        }
        queue(created);
    }

    /**
     * R-ACTIVE-2Y: the signal's professional is asked to extend it (once per end date). Sweeps now publish
     * {@link ExpiriesApproaching}; this handles what an earlier version left incomplete in the registry.
     */
    @ApplicationModuleListener
    void on(ExpiryApproaching approaching) {
        signals.active(approaching.signalId())
                .flatMap(signal -> store.addAboutSignal(
                        signal.professionalId(), NoticeKind.EXPIRY_REMINDER, signal.id(), approaching.activeUntil()))
                .ifPresent(notice -> queue(List.of(notice)));
    }

    /** The same for a batch of the nightly sweep (issue 18): one read and one insert for the whole batch. */
    @ApplicationModuleListener
    void on(ExpiriesApproaching approaching) {
        Map<SignalId, LocalDate> ends = approaching.expiries().stream()
                .collect(Collectors.toMap(ExpiryApproaching::signalId, ExpiryApproaching::activeUntil, (a, b) -> a));
        signals.holdYouthsOf(ends.keySet());
        queue(batches.addAboutSignals(
                NoticeKind.EXPIRY_REMINDER,
                signals.active(ends.keySet()).stream()
                        .map(s -> new SignalNotice(s.professionalId(), s.id(), ends.get(s.id())))
                        .toList()));
    }

    /** R-TRANSFER: both the professional who handed the signal over and the colleague who took it are told. */
    @ApplicationModuleListener
    void on(SignalTransferred transferred) {
        if (signals.active(transferred.signalId()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<NoticeId> created = new ArrayList<>();
        for (var professional : List.of(transferred.from(), transferred.to())) {
            store.addAboutSignal(professional, NoticeKind.TRANSFERRED, transferred.signalId(), today)
                    .ifPresent(created::add);
        }
        queue(created);
    }

    /**
     * R-MOVE: every professional with an active signal on the youth is told the youth moved, and when the
     * municipality changed, so is every supervisor of the new municipality (about one of the youth's active
     * signals, once per move). The notice names no address: the signal's page shows the current one, unless
     * it is secret (R-SECRET).
     */
    @ApplicationModuleListener
    void on(YouthMoved moved) {
        LocalDate today = LocalDate.now(clock);
        List<NoticeId> created = new ArrayList<>();
        List<ActiveSignal> active = signals.activeOnYouth(moved.youthId());
        signals.holdYouthsOf(active.stream().map(ActiveSignal::id).toList());
        for (ActiveSignal signal : active) {
            store.addAboutSignal(signal.professionalId(), NoticeKind.MOVED, signal.id(), today)
                    .ifPresent(created::add);
        }
        if (moved.municipalityChanged() && !active.isEmpty()) {
            for (var supervisor : supervisors.of(moved.toMunicipality())) {
                store.addAboutSignalForSupervisor(
                                supervisor.id(), NoticeKind.MOVED, active.get(0).id(), today)
                        .ifPresent(created::add);
            }
        }
        queue(created);
    }

    private void queue(List<NoticeId> created) {
        if (!created.isEmpty()) {
            events.publishEvent(new NoticesQueued(List.copyOf(created)));
        }
    }
}
