// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.signal.InformingDue;
import nl.verwijsindex.signal.Signals;

/**
 * R-INFORM: the professional is reminded (inbox and content-free e-mail) to inform the youth or the legal
 * representative when the day to look again at a postponement comes. The reminder a match gives is made with the
 * match's notices ({@link NoticeCreator}, issue 18).
 */
@Component
class InformingReminders {

    private final Signals signals;
    private final NoticeStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InformingReminders(Signals signals, NoticeStore store, ApplicationEventPublisher events, Clock clock) {
        this.signals = signals;
        this.store = store;
        this.events = events;
        this.clock = clock;
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
