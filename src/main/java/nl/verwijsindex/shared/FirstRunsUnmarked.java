// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Issue 18 (docs/adr/0061): the event publication registry marked every publication PROCESSING when its listener
 * began, an {@code UPDATE} in a transaction of its own (0.39 times a signal in the benchmark), and then deleted it when
 * the listener was done. Nothing of ours reads that mark, and Modulith's repository interface lets a store leave
 * it out ({@link EventPublicationRepository#markProcessing} does nothing by default): a publication's first run is not
 * marked, so it reads PUBLISHED until it is completed or failed.
 *
 * <p>A run after a resubmission is still marked, as before: its publication reads RESUBMITTED, which Modulith does not
 * resubmit again, so a crash during that run would otherwise leave it incomplete for good; marked PROCESSING, the
 * resubmission task hands it over again (docs/adr/0049). This store remembers which publications it marked
 * resubmitted, and marks only those. One whose run never begins stays RESUBMITTED; the resubmission task marks it
 * FAILED after a while ({@link EventPublicationResubmission#revive}).
 */
final class FirstRunsUnmarked implements EventPublicationRepository {

    /** Resubmissions remembered at most; beyond, those older than {@link #REMEMBERED_FOR} are forgotten first. */
    static final int MOST_REMEMBERED = 100_000;

    /**
     * Once {@link #MOST_REMEMBERED} is reached, a resubmission whose run has not begun (its task turned away, or still
     * queued) is forgotten when it is older than this.
     */
    static final Duration REMEMBERED_FOR = Duration.ofHours(1);

    private final EventPublicationRepository store;
    private final Map<UUID, Instant> resubmitted = new ConcurrentHashMap<>();

    FirstRunsUnmarked(EventPublicationRepository store) {
        this.store = store;
    }

    /** Puts this store around the one Modulith's JDBC starter makes. */
    @Configuration(proxyBeanMethods = false)
    static class Wrapping {

        @Bean
        static BeanPostProcessor firstRunsUnmarked() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof EventPublicationRepository store && !(bean instanceof FirstRunsUnmarked)
                            ? new FirstRunsUnmarked(store)
                            : bean;
                }
            };
        }
    }

    @Override
    public void markProcessing(UUID identifier) {
        if (resubmitted.remove(identifier) != null) {
            store.markProcessing(identifier);
        }
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        boolean marked = store.markResubmitted(identifier, resubmissionDate);
        if (marked) {
            if (resubmitted.size() >= MOST_REMEMBERED) {
                Instant forgotten = resubmissionDate.minus(REMEMBERED_FOR);
                resubmitted.values().removeIf(at -> at.isBefore(forgotten));
                if (resubmitted.size() >= MOST_REMEMBERED / 10 * 9) {
                    resubmitted.clear(); // rather than a scan of them all again with every resubmission
                }
            }
            resubmitted.put(identifier, resubmissionDate);
        }
        return marked;
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        return store.create(publication);
    }

    @Override
    public void markCompleted(TargetEventPublication publication, Instant completionDate) {
        resubmitted.remove(publication.getIdentifier());
        store.markCompleted(publication, completionDate);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        store.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        resubmitted.remove(identifier);
        store.markCompleted(identifier, completionDate);
    }

    @Override
    public void markFailed(UUID identifier) {
        resubmitted.remove(identifier);
        store.markFailed(identifier);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return store.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return store.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(
            Object event, PublicationTargetIdentifier targetIdentifier) {
        return store.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return store.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        store.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        store.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        store.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return store.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
        return store.findByStatus(status);
    }

    @Override
    public int countByStatus(EventPublication.Status status) {
        return store.countByStatus(status);
    }
}
