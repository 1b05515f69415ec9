// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;

/**
 * R-REQUEST: what the deadline tasks do, each in one transaction with the request locked. The reminder and the
 * escalation mark the request on the desk's work list (and in the logbook) while it is open and the deadline they
 * were planned for still holds; after an extension the tasks of the first deadline do nothing.
 */
@Component
class RequestDeadlineWatch {

    private final RequestStore store;
    private final Logbook logbook;

    RequestDeadlineWatch(RequestStore store, Logbook logbook) {
        this.store = store;
        this.logbook = logbook;
    }

    @Transactional
    void remind(UUID requestId, LocalDate deadline) {
        if (store.lock(requestId).isPresent() && store.markReminded(requestId, deadline)) {
            log(Action.RIGHTS_REQUEST_REMINDED, requestId);
        }
    }

    @Transactional
    void overdue(UUID requestId, LocalDate deadline) {
        if (store.lock(requestId).isPresent() && store.markOverdue(requestId, deadline)) {
            log(Action.RIGHTS_REQUEST_OVERDUE, requestId);
        }
    }

    private void log(Action action, UUID requestId) {
        logbook.record(new LogbookEntry(action, Actor.SYSTEM, null, null, null, null, requestId.toString()));
    }
}
