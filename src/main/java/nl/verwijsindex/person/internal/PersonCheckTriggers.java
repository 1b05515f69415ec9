// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.shared.ApplicationClosing;
import nl.verwijsindex.shared.MessageFree;
import nl.verwijsindex.signal.SignalRegistered;
import nl.verwijsindex.signal.YouthIdentified;
import nl.verwijsindex.youth.YouthId;

/**
 * A new signal makes its youth due for a check, in the registering transaction, so the check cannot be
 * lost; right after the commit it is tried at once, and otherwise by the recurring task.
 *
 * <p>The try after the commit is a transaction synchronization, not a transactional event listener: such a listener
 * would write an event publication in every registration and delete it after the check (issue 18), while the due
 * mark already keeps the check from being lost. The youths committed are put in a queue that at most
 * {@value #CHECKERS} tasks of the after-commit executor empty, taking up to
 * {@link PersonRegister#MOST_ASKED_AT_ONCE} at a time (docs/adr/0056): one youth alone when registrations are
 * far apart, several in one question to the register when they come close together, and never a task per
 * registration waiting in the executor's queue. When the executor refuses the task, or the queue is full, the
 * youths wait for the recurring task, as before.
 *
 * <p>Once the application is closing ({@link ApplicationClosing}) no check is begun any more: what waits here stays
 * due for the recurring task after the next start, and a check that the closing register client or pool ends is
 * logged as a stop, not as an error (the benchmark's run at cc08996 ended with 17 such ERROR lines).
 */
@Component
class PersonCheckTriggers {

    /** Tasks checking at once: a second one while the first waits for the register or the database. */
    static final int CHECKERS = 2;

    /** Youths waiting here at most; more are left to the recurring task, which finds them due. */
    static final int WAITING = 10_000;

    private static final Logger log = LoggerFactory.getLogger(PersonCheckTriggers.class);

    private final PersonCheckQueue queue;
    private final PersonData data;
    private final RegisterPersonCheck check;
    private final Executor afterCommit;

    private final Queue<YouthId> committed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger checkers = new AtomicInteger();
    private final ApplicationClosing closing;

    PersonCheckTriggers(
            PersonCheckQueue queue,
            PersonData data,
            RegisterPersonCheck check,
            @Qualifier("applicationTaskExecutor") Executor afterCommit,
            ApplicationClosing closing) {
        this.queue = queue;
        this.data = data;
        this.check = check;
        this.afterCommit = afterCommit;
        this.closing = closing;
    }

    /**
     * Before the registration's other listeners: the municipality the marking reads, with the youth's row locked from
     * then on, is the one the registration's report fact needs (issue 18, {@link PersonData#municipalityReadLocked}).
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void markDue(SignalRegistered registered) {
        markDueAndCheckAfterCommit(registered.youthId());
    }

    /** R-NOBSN: a youth now known by BSN can be looked up in the register. */
    @EventListener
    void markDue(YouthIdentified identified) {
        markDueAndCheckAfterCommit(identified.youthId());
    }

    private void markDueAndCheckAfterCommit(YouthId youth) {
        Optional<String> municipality = queue.markDue(youth);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            data.municipalityReadLocked(youth, municipality);
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            checkSoon(youth);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                checkSoon(youth);
            }
        });
    }

    /** Puts the youth in the queue and starts a checker when fewer than {@value #CHECKERS} are at it. */
    void checkSoon(YouthId youth) {
        if (closing.now()) {
            return;
        }
        if (waiting.incrementAndGet() > WAITING) {
            waiting.decrementAndGet();
            return;
        }
        committed.add(youth);
        startACheckerIfNeeded();
    }

    private void startACheckerIfNeeded() {
        if (closing.now()) {
            return;
        }
        int running;
        while (!committed.isEmpty() && (running = checkers.get()) < CHECKERS) {
            if (checkers.compareAndSet(running, running + 1)) {
                try {
                    afterCommit.execute(this::checkWhileWaiting);
                } catch (RejectedExecutionException e) {
                    checkers.decrementAndGet();
                }
                return;
            }
        }
    }

    /**
     * Takes the waiting youths, up to a question's worth at a time, until none wait. A checker that ends looks once
     * more, so a youth put in the queue while it was ending is not left behind.
     */
    private void checkWhileWaiting() {
        try {
            List<YouthId> youths;
            while (!(youths = take()).isEmpty()) {
                try {
                    check.checkNow(youths);
                } catch (RuntimeException e) {
                    // they stay due, and the recurring task checks them
                    if (closing.now()) {
                        log.info(
                                "Person checks stopped by the shutdown; they stay due and are checked after the start");
                        return;
                    }
                    log.error(
                            "Person checks after registration failed; the recurring task retries them",
                            MessageFree.of(e));
                }
            }
        } finally {
            checkers.decrementAndGet();
        }
        startACheckerIfNeeded();
    }

    private List<YouthId> take() {
        if (closing.now()) {
            return List.of();
        }
        List<YouthId> youths = new ArrayList<>(PersonRegister.MOST_ASKED_AT_ONCE);
        YouthId youth;
        while (youths.size() < PersonRegister.MOST_ASKED_AT_ONCE && (youth = committed.poll()) != null) {
            waiting.decrementAndGet();
            if (!youths.contains(youth)) {
                youths.add(youth);
            }
        }
        return youths;
    }
}
