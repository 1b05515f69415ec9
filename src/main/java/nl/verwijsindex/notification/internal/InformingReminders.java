// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.PairRecipients;
import nl.verwijsindex.matching.MatchesFound;
import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.signal.InformingDue;
import nl.verwijsindex.signal.SignalInforming;
import nl.verwijsindex.signal.Signals;

/**
 * R-INFORM: the professional is reminded (inbox and content-free e-mail) to inform the youth or the legal
 * representative: once when a match is made on a signal without recorded informing, and when the day to look
 * again at a postponement comes.
 */
@Component
class InformingReminders {

    private final MatchQueries matches;
    private final SignalInforming informing;
    private final Signals signals;
    private final NoticeStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InformingReminders(
            MatchQueries matches,
            SignalInforming informing,
            Signals signals,
            NoticeStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.matches = matches;
        this.informing = informing;
        this.signals = signals;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MatchesFound found) {
        for (MatchPairId pair : found.pairs()) {
            for (PairRecipients.Recipient recipient :
                    matches.recipientsOf(pair).map(PairRecipients::recipients).orElse(List.of())) {
                informing.remindOnMatch(recipient.signalId());
            }
        }
    }

    @ApplicationModuleListener
    void on(InformingDue due) {
        LocalDate about = due.lookAgainOn() != null ? due.lookAgainOn() : LocalDate.now(clock);
        signals.active(due.signalId())
                .flatMap(signal ->
                        store.addAboutSignal(signal.professionalId(), NoticeKind.INFORM_REMINDER, signal.id(), about))
                .ifPresent(notice -> events.publishEvent(new NoticesQueued(List.of(notice))));
    }
}
