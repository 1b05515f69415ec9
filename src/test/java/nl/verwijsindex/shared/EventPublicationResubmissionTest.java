// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Issue 18 (docs/adr/0049): a publication waiting in the after-commit queue is not handed over a second time; one
 * whose listener failed is; and never more than the queue has room for.
 */
class EventPublicationResubmissionTest {

    private static final Instant BEFORE = Instant.now().minus(Duration.ofMinutes(2));
    private static final Instant OLD = Instant.now().minus(Duration.ofMinutes(5));

    @Test
    void withAnEmptyQueueEveryIncompletePublicationOlderThanTheLimitIsHandedOverAgain() {
        Recording incomplete = new Recording();

        EventPublicationResubmission.resubmit(incomplete, new EventPublicationResubmission.Queue(0, 2000), BEFORE);

        Predicate<EventPublication> filter = incomplete.filters.get(0);
        assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, OLD)))
                .isTrue();
        assertThat(filter.test(publication(EventPublication.Status.PROCESSING, OLD)))
                .isTrue();
        assertThat(filter.test(publication(EventPublication.Status.RESUBMITTED, OLD)))
                .isTrue();
        assertThat(filter.test(publication(EventPublication.Status.FAILED, OLD)))
                .isTrue();
        assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, Instant.now())))
                .as("younger than the limit")
                .isFalse();
    }

    @Test
    void whileTasksWaitInTheQueueOnlyFailedPublicationsAreHandedOverAgain() {
        Recording incomplete = new Recording();

        EventPublicationResubmission.resubmit(incomplete, new EventPublicationResubmission.Queue(150, 1850), BEFORE);

        Predicate<EventPublication> filter = incomplete.filters.get(0);
        assertThat(filter.test(publication(EventPublication.Status.FAILED, OLD)))
                .as("failed: its listener ran and is done")
                .isTrue();
        assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, OLD)))
                .as("published, most likely still queued")
                .isFalse();
        assertThat(filter.test(publication(EventPublication.Status.PROCESSING, OLD)))
                .isFalse();
        assertThat(filter.test(publication(EventPublication.Status.RESUBMITTED, OLD)))
                .isFalse();
        assertThat(filter.test(publication(EventPublication.Status.FAILED, Instant.now())))
                .as("younger than the limit, as before")
                .isFalse();
    }

    @Test
    void noMoreAreHandedOverThanTheQueueHasRoomFor() {
        Recording incomplete = new Recording();

        EventPublicationResubmission.resubmit(incomplete, new EventPublicationResubmission.Queue(0, 2), BEFORE);

        Predicate<EventPublication> filter = incomplete.filters.get(0);
        assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, OLD)))
                .isTrue();
        assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, Instant.now())))
                .as("not taken, takes no room")
                .isFalse();
        assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, OLD)))
                .isTrue();
        assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, OLD)))
                .as("the queue is full: marking it resubmitted would do nothing")
                .isFalse();
    }

    @Test
    void theQueueIsReadFromTheAfterCommitExecutor() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setQueueCapacity(10);
        pool.initialize();
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < 4; i++) {
                pool.execute(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertThat(EventPublicationResubmission.Queue.of(pool))
                    .as("one runs, three wait, room for seven more")
                    .isEqualTo(new EventPublicationResubmission.Queue(3, 7));
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(EventPublicationResubmission.Queue.of(Runnable::run))
                .isEqualTo(new EventPublicationResubmission.Queue(0, Integer.MAX_VALUE));
    }

    /**
     * Issue 18 (docs/adr/0053): a task the full queue turned away has its publication handed over as soon as the queue
     * has emptied, by the thread whose task ended then, not a minute or two later by the resubmission task; a
     * publication published after the deferral (it found room) is not.
     */
    @Test
    void publicationsOfDeferredTasksAreHandedOverOnceTheQueueHasEmptied() throws InterruptedException {
        Recording incomplete = new Recording();
        ThreadPoolTaskExecutor pool = afterCommitPool(incomplete);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> awaitQuietly(release));
            pool.execute(() -> {});
            Instant beforeDeferral = Instant.now().minusMillis(5);
            pool.execute(() -> {
                throw new AssertionError("the full queue defers this task, it does not run it");
            });
            Thread.sleep(20);
            assertThat(incomplete.filters)
                    .as("nothing is handed over while the queue holds a task")
                    .isEmpty();

            release.countDown();

            await().atMost(Duration.ofSeconds(5)).until(() -> !incomplete.filters.isEmpty());
            Predicate<EventPublication> filter = incomplete.filters.get(0);
            assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, beforeDeferral)))
                    .as("published before the deferral: perhaps its task was the one turned away")
                    .isTrue();
            assertThat(filter.test(publication(
                            EventPublication.Status.PUBLISHED, Instant.now().plusSeconds(1))))
                    .as("published after the deferral: its task found room")
                    .isFalse();
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    @Test
    void withoutADeferralNothingIsHandedOverWhenTheQueueEmpties() throws InterruptedException {
        Recording incomplete = new Recording();
        ThreadPoolTaskExecutor pool = afterCommitPool(incomplete);
        pool.execute(() -> {});
        pool.execute(() -> {});
        pool.getThreadPoolExecutor().shutdown();
        assertThat(pool.getThreadPoolExecutor().awaitTermination(5, TimeUnit.SECONDS))
                .isTrue();

        assertThat(incomplete.filters).isEmpty();
    }

    /** One thread and room for one task waiting, set up as the application sets up its after-commit executor. */
    private static ThreadPoolTaskExecutor afterCommitPool(IncompleteEventPublications incomplete) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("incomplete", incomplete));
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setQueueCapacity(1);
        new AfterCommitExecutorConfiguration()
                .deferWhenFull(beans.getBeanProvider(IncompleteEventPublications.class), Clock.systemUTC())
                .customize(pool);
        pool.initialize();
        return pool;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Recording implements IncompleteEventPublications {

        final List<Predicate<EventPublication>> filters = new CopyOnWriteArrayList<>();

        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
            filters.add(filter);
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            throw new AssertionError("not used: it cannot leave out what waits in the queue");
        }

        @Override
        public void resubmitIncompletePublications(ResubmissionOptions options) {
            throw new AssertionError("not used");
        }
    }

    private static EventPublication publication(EventPublication.Status status, Instant published) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "event";
            }

            @Override
            public Instant getPublicationDate() {
                return published;
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return status;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return null;
            }

            @Override
            public int getCompletionAttempts() {
                return 0;
            }
        };
    }
}
