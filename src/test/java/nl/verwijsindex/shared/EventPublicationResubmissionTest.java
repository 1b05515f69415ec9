// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Issue 18 (docs/adr/0049): a publication waiting in the after-commit queue is not handed over a second time; one
 * whose listener failed always is.
 */
class EventPublicationResubmissionTest {

    private static final Duration OLDER_THAN = Duration.ofMinutes(2);

    @Test
    void withAnEmptyQueueEveryIncompletePublicationOlderThanTheLimitIsHandedOverAgain() {
        Recording incomplete = new Recording();

        EventPublicationResubmission.resubmit(incomplete, 0, Instant.now().minus(OLDER_THAN), OLDER_THAN);

        assertThat(incomplete.olderThan).containsExactly(OLDER_THAN);
        assertThat(incomplete.filters).isEmpty();
    }

    @Test
    void whileTasksWaitInTheQueueOnlyFailedPublicationsAreHandedOverAgain() {
        Recording incomplete = new Recording();

        EventPublicationResubmission.resubmit(incomplete, 150, Instant.now().minus(OLDER_THAN), OLDER_THAN);

        assertThat(incomplete.olderThan).isEmpty();
        assertThat(incomplete.filters).hasSize(1);
        Predicate<EventPublication> filter = incomplete.filters.get(0);
        Instant old = Instant.now().minus(Duration.ofMinutes(5));
        assertThat(filter.test(publication(EventPublication.Status.FAILED, old)))
                .as("failed: its listener ran and is done")
                .isTrue();
        assertThat(filter.test(publication(EventPublication.Status.PUBLISHED, old)))
                .as("published, most likely still queued")
                .isFalse();
        assertThat(filter.test(publication(EventPublication.Status.PROCESSING, old)))
                .isFalse();
        assertThat(filter.test(publication(EventPublication.Status.RESUBMITTED, old)))
                .isFalse();
        assertThat(filter.test(publication(EventPublication.Status.FAILED, Instant.now())))
                .as("younger than the limit, as before")
                .isFalse();
    }

    @Test
    void theQueueIsReadFromTheAfterCommitExecutor() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setQueueCapacity(10);
        pool.initialize();
        try {
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 4; i++) {
                pool.execute(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertThat(EventPublicationResubmission.queued(pool))
                    .as("one runs, three wait")
                    .isEqualTo(3);
            release.countDown();
        } finally {
            pool.shutdown();
        }
        assertThat(EventPublicationResubmission.queued(Runnable::run)).isZero();
    }

    private static final class Recording implements IncompleteEventPublications {

        final List<Duration> olderThan = new ArrayList<>();
        final List<Predicate<EventPublication>> filters = new ArrayList<>();

        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
            filters.add(filter);
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            olderThan.add(duration);
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
