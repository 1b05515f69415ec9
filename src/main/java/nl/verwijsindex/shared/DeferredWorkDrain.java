// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Issue 18 (docs/adr/0053): hands the publications whose task a full after-commit queue deferred to their listeners
 * as soon as the queue has emptied, instead of leaving them to the resubmission task (every minute, for publications
 * two minutes old). The benchmark measured why: after a load that filled the queue, the executor stood idle with no
 * task queued while 8,010 publications waited for that task.
 *
 * <p>Only publications published before the last deferral are handed over: one published after it found room in the
 * queue, and the queue has emptied since. One still running on another of the executor's threads may run twice;
 * listeners are idempotent.
 */
final class DeferredWorkDrain {

    private static final Logger log = LoggerFactory.getLogger(DeferredWorkDrain.class);

    private final Supplier<IncompleteEventPublications> incomplete;
    private final Clock clock;
    private final AtomicReference<Instant> lastDeferral = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    DeferredWorkDrain(Supplier<IncompleteEventPublications> incomplete, Clock clock) {
        this.incomplete = incomplete;
        this.clock = clock;
    }

    /** The full queue turned a task away: its publication stays incomplete. */
    void deferred() {
        lastDeferral.set(clock.instant());
    }

    /**
     * Called on an after-commit thread when its task has ended: when tasks were deferred and nothing waits in the
     * queue any more, hands their publications over, as many as the queue has room for; the rest when it has emptied
     * again.
     */
    void taskEnded(ThreadPoolTaskExecutor pool) {
        Instant deferredAt = lastDeferral.get();
        if (deferredAt == null || pool.getQueueSize() > 0 || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            EventPublicationResubmission.Queue queue = EventPublicationResubmission.Queue.of(pool);
            int handedOver = EventPublicationResubmission.resubmit(incomplete.get(), queue, deferredAt.plusMillis(1));
            if (handedOver < queue.room()) {
                // All of them are on their way; a deferral since then keeps the mark for the next drain.
                lastDeferral.compareAndSet(deferredAt, null);
            }
        } catch (RuntimeException e) {
            // The resubmission task still hands them over later.
            log.error("Could not hand over deferred event publications", MessageFree.of(e));
        } finally {
            draining.set(false);
        }
    }
}
