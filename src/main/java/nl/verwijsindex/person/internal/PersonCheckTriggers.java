// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.verwijsindex.signal.SignalRegistered;
import nl.verwijsindex.signal.YouthIdentified;
import nl.verwijsindex.youth.YouthId;

/**
 * A new signal makes its youth due for a check, in the registering transaction, so the check cannot be
 * lost; right after the commit it is tried at once, and otherwise by the recurring task.
 *
 * <p>The try after the commit is a transaction synchronization handing the check to the after-commit executor,
 * not a transactional event listener: such a listener would write an event publication in every registration
 * and delete it after the check (issue 18), while the due mark already keeps the check from being lost. When the
 * executor's queue is full the try is skipped, and the recurring task does the check.
 */
@Component
class PersonCheckTriggers {

    private final PersonCheckQueue queue;
    private final RegisterPersonCheck check;
    private final Executor afterCommit;

    PersonCheckTriggers(
            PersonCheckQueue queue,
            RegisterPersonCheck check,
            @Qualifier("applicationTaskExecutor") Executor afterCommit) {
        this.queue = queue;
        this.check = check;
        this.afterCommit = afterCommit;
    }

    @EventListener
    void markDue(SignalRegistered registered) {
        markDueAndCheckAfterCommit(registered.youthId());
    }

    /** R-NOBSN: a youth now known by BSN can be looked up in the register. */
    @EventListener
    void markDue(YouthIdentified identified) {
        markDueAndCheckAfterCommit(identified.youthId());
    }

    private void markDueAndCheckAfterCommit(YouthId youth) {
        queue.markDue(youth);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            afterCommit.execute(() -> check.checkNow(youth));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.execute(() -> check.checkNow(youth));
            }
        });
    }
}
