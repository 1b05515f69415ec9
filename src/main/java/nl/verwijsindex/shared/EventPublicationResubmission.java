// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * when the queue is empty again. And never more than the queue has room for, oldest first: Modulith marks a
 * publication RESUBMITTED before its task is queued, and never hands a RESUBMITTED publication over again.
 *
 * <p>So a publication whose resubmitted run never began (its task turned away by a full queue, or lost with a stopped
 * instance) would stay incomplete for good, also across restarts. A run that begins is marked PROCESSING
 * ({@link FirstRunsUnmarked}, docs/adr/0061); one still RESUBMITTED {@value #REVIVE_AFTER} times
 * {@code resubmit-older-than} after its resubmission (20 minutes by default), while this instance's queue is empty, is
 * marked FAILED here and handed over again: nothing is lost. The longer wait is for another instance, whose queue may
 * still hold it while this one's is empty; should it still, its listener runs twice, which does no harm.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmission.class);

    /** How many times {@code resubmit-older-than} a publication stays RESUBMITTED before it is revived. */
    static final int REVIVE_AFTER = 10;

    @Bean
    RecurringTask<Void> resubmitIncompleteEventPublications(
            IncompleteEventPublications incomplete,
            JdbcClient jdbc,
            Clock clock,
            @Qualifier("applicationTaskExecutor") Executor afterCommit,
            @Value("${verwijsindex.events.resubmit-interval:PT1M}") Duration interval,
            @Value("${verwijsindex.events.resubmit-older-than:PT2M}") Duration olderThan) {
        return Tasks.recurring("resubmit-incomplete-event-publications", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    Instant now = clock.instant();
                    if (Queue.of(afterCommit).queued() == 0) {
                        revive(jdbc, now.minus(olderThan.multipliedBy(REVIVE_AFTER)));
                    }
                    resubmit(incomplete, Queue.of(afterCommit), now.minus(olderThan));
                });
    }

    /**
     * Marks FAILED the publications handed over again before {@code before} whose run never began (still RESUBMITTED),
     * so that they are handed over again. @return how many
     */
    static int revive(JdbcClient jdbc, Instant before) {
        int revived = jdbc.sql("""
                        update event_publication set status = 'FAILED'
                        where status = 'RESUBMITTED' and completion_date is null
                          and last_resubmission_date < :before""")
                .param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .update();
        if (revived > 0) {
            log.warn(
                    "{} event publications were handed over again but their listener never began; they are handed over"
                            + " once more",
                    revived);
        }
        return revived;
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
