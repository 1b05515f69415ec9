// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.verwijsindex.signal.SignalRegistered;
import nl.verwijsindex.signal.YouthIdentified;

/**
 * A new signal makes its youth due for a check, in the registering transaction, so the check cannot be
 * lost; right after the commit it is tried at once, and otherwise by the recurring task.
 */
@Component
class PersonCheckTriggers {

    private final PersonCheckQueue queue;
    private final RegisterPersonCheck check;

    PersonCheckTriggers(PersonCheckQueue queue, RegisterPersonCheck check) {
        this.queue = queue;
        this.check = check;
    }

    @EventListener
    void markDue(SignalRegistered registered) {
        queue.markDue(registered.youthId());
    }

    @Async
    @TransactionalEventListener
    void checkAfterCommit(SignalRegistered registered) {
        check.checkNow(registered.youthId());
    }

    /** R-NOBSN: a youth now known by BSN can be looked up in the register. */
    @EventListener
    void markDue(YouthIdentified identified) {
        queue.markDue(identified.youthId());
    }

    @Async
    @TransactionalEventListener
    void checkAfterCommit(YouthIdentified identified) {
        check.checkNow(identified.youthId());
    }
}
