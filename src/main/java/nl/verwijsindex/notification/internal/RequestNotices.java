// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.rights.AdviceRequested;
import nl.verwijsindex.rights.SignalsErasedOnRequest;
import nl.verwijsindex.signal.SignalId;

/**
 * R-REQUEST: the professionals hear of a request of the youth or the parents through their inbox and a content-free
 * e-mail (R-MAIL-EMPTY): when their advice is asked, and when their signal was removed on it.
 */
@Component
class RequestNotices {

    private final NoticeStore store;
    private final ApplicationEventPublisher events;

    RequestNotices(NoticeStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AdviceRequested requested) {
        List<NoticeId> queued = new ArrayList<>();
        for (AdviceRequested.Asked asked : requested.asked()) {
            add(
                    queued,
                    store.addAboutRequest(
                            new ProfessionalId(asked.professionalId()),
                            NoticeKind.ADVICE_REQUESTED,
                            requested.requestId(),
                            new SignalId(asked.signalId()),
                            asked.regionCode()));
        }
        publish(queued);
    }

    @ApplicationModuleListener
    void on(SignalsErasedOnRequest erased) {
        List<NoticeId> queued = new ArrayList<>();
        for (SignalsErasedOnRequest.Erased e : erased.erased()) {
            add(
                    queued,
                    store.addAboutRequest(
                            new ProfessionalId(e.professionalId()),
                            NoticeKind.REMOVED_ON_REQUEST,
                            erased.requestId(),
                            null,
                            e.regionCode()));
        }
        publish(queued);
    }

    private static void add(List<NoticeId> queued, Optional<NoticeId> notice) {
        notice.ifPresent(queued::add);
    }

    private void publish(List<NoticeId> queued) {
        if (!queued.isEmpty()) {
            events.publishEvent(new NoticesQueued(queued));
        }
    }
}
