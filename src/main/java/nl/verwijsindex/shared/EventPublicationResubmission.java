// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The transactional outbox between modules: an event whose listener failed (or never ran because the
 * application stopped, or its task found the after-commit queue full) stays incomplete in the registry; this
 * cluster-safe task hands it to its listener again. Listeners are idempotent, so a second delivery does no harm.
 * Restarts also republish ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 *
 * <p>Issue 18 (docs/adr/0049): while this instance's after-commit queue still holds tasks, an incomplete publication
 * older than {@code resubmit-older-than} is most likely one of them, waiting its turn: handing it over again ran its
 * listener twice and made the queue longer (a benchmark counted 3.0 resubmissions per registered signal when the
 * work after the commit fell behind). Then only the publications whose listener failed are handed over; the others
 * when the queue is empty again. And never more than the queue has room for, oldest first: a task the full queue
 * rejects leaves its publication as it was, so marking it resubmitted was a statement for nothing.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmission.class);

    @Bean
    RecurringTask<Void> resubmitIncompleteEventPublications(
            IncompleteEventPublications incomplete,
            Clock clock,
            @Qualifier("applicationTaskExecutor") Executor afterCommit,
            @Value("${verwijsindex.events.resubmit-interval:PT1M}") Duration interval,
            @Value("${verwijsindex.events.resubmit-older-than:PT2M}") Duration olderThan) {
        return Tasks.recurring("resubmit-incomplete-event-publications", FixedDelay.of(interval))
                .execute((instance, context) -> resubmit(
                        incomplete, Queue.of(afterCommit), clock.instant().minus(olderThan)));
    }

    /**
     * Hands over the incomplete publications published before {@code before}, oldest first, as many as the queue has
     * room for: while it holds tasks, only those whose listener failed.
     *
     * @return how many were handed over
     */
    static int resubmit(IncompleteEventPublications incomplete, Queue queue, Instant before) {
        AtomicInteger room = new AtomicInteger(queue.room());
        incomplete.resubmitIncompletePublications(
                publication -> (queue.queued() == 0 || publication.getStatus() == EventPublication.Status.FAILED)
                        && publication.getPublicationDate().isBefore(before)
                        && room.getAndDecrement() > 0);
        if (queue.queued() > 0) {
            log.info(
                    "{} tasks wait in the after-commit queue: only failed event publications were handed over again",
                    queue.queued());
        }
        return queue.room() - Math.max(0, room.get());
    }

    /** The after-commit executor's queue: how many tasks wait in it, and for how many more it has room. */
    record Queue(int queued, int room) {

        static Queue of(Executor afterCommit) {
            if (afterCommit instanceof ThreadPoolTaskExecutor pool) {
                int queued = pool.getQueueSize();
                return new Queue(queued, Math.max(0, pool.getQueueCapacity() - queued));
            }
            return new Queue(0, Integer.MAX_VALUE);
        }
    }
}
