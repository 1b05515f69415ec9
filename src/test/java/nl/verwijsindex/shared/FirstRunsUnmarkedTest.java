// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

import nl.verwijsindex.IntegrationTest;

/**
 * Issue 18 (docs/adr/0061): a publication's first run is not marked PROCESSING (an {@code UPDATE} in a transaction of
 * its own for every publication); a run after a resubmission is, so that a crash during it leaves the publication for
 * the resubmission task, as before. Against the application's own registry and PostgreSQL.
 */
@IntegrationTest
class FirstRunsUnmarkedTest {

    /** An event of this test's own: nothing listens to it. */
    record Probe(String text) {}

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    EventPublicationRepository repository;

    @Autowired
    JdbcClient jdbc;

    private final PublicationTargetIdentifier target = PublicationTargetIdentifier.of(
            "nl.verwijsindex.shared.FirstRunsUnmarkedTest.listener-" + UUID.randomUUID());

    @AfterEach
    void removeThePublications() {
        jdbc.sql("delete from event_publication where listener_id = :listener")
                .param("listener", target.getValue())
                .update();
    }

    @Test
    void theRegistryKeepsItsPublicationsInThisStore() {
        assertThat(repository).isInstanceOf(FirstRunsUnmarked.class);
    }

    /** A method Modulith adds to the interface, with a default, would otherwise not reach the store. */
    @Test
    void everyMethodOfTheStoreInterfaceIsTheStoresOwnOrDecidedHere() {
        for (Method method : EventPublicationRepository.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            assertThatCode(() ->
                            FirstRunsUnmarked.class.getDeclaredMethod(method.getName(), method.getParameterTypes()))
                    .as(method.toString())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aFirstRunLeavesThePublicationPublishedUntilItIsDone() {
        Probe event = new Probe("eerste keer");
        registry.store(event, Stream.of(target));
        assertThat(status()).contains("PUBLISHED");

        registry.markProcessing(event, target);
        assertThat(status()).as("no statement of its own for the mark").contains("PUBLISHED");

        registry.markCompleted(event, target);
        assertThat(status()).as("deleted once done (completion-mode delete)").isEmpty();
    }

    @Test
    void aFailedFirstRunIsMarkedFailed() {
        Probe event = new Probe("mislukt");
        registry.store(event, Stream.of(target));
        registry.markProcessing(event, target);

        registry.markFailed(event, target);

        assertThat(status()).contains("FAILED");
    }

    @Test
    void aRunAfterAResubmissionIsMarkedProcessingSoThatACrashLeavesItToBeResubmitted() {
        TargetEventPublication publication =
                repository.create(TargetEventPublication.of(new Probe("opnieuw"), target, Instant.now()));
        UUID id = publication.getIdentifier();

        assertThat(repository.markResubmitted(id, Instant.now())).isTrue();
        assertThat(status()).contains("RESUBMITTED");
        repository.markProcessing(id);
        assertThat(status()).contains("PROCESSING");
        assertThat(repository.markResubmitted(id, Instant.now()))
                .as("the run crashed: handed over again")
                .isTrue();

        repository.markProcessing(id);
        repository.markFailed(id);
        repository.markProcessing(id);
        assertThat(status())
                .as("a mark without a resubmission before it is not written")
                .contains("FAILED");
    }

    /**
     * Modulith never hands a RESUBMITTED publication over again, also not at a restart: one whose resubmitted run never
     * began (its task turned away by a full queue, or lost with the instance) would stay incomplete for good. The
     * resubmission task marks it FAILED once it is older than its limit, and it is handed over again.
     */
    @Test
    void aResubmissionWhoseRunNeverBeganIsHandedOverAgain() {
        TargetEventPublication publication =
                repository.create(TargetEventPublication.of(new Probe("nooit begonnen"), target, Instant.now()));
        UUID id = publication.getIdentifier();
        // recent moments, so that the application's own resubmission task (every 2 s in tests) leaves the row alone
        Instant resubmitted = Instant.now();
        assertThat(repository.markResubmitted(id, resubmitted)).isTrue();
        assertThat(repository.markResubmitted(id, Instant.now()))
                .as("Modulith does not hand it over again")
                .isFalse();

        EventPublicationResubmission.revive(jdbc, resubmitted);
        assertThat(status()).as("not yet older than the limit").contains("RESUBMITTED");
        EventPublicationResubmission.revive(jdbc, resubmitted.plusMillis(1));
        assertThat(status()).contains("FAILED");
        Instant again = Instant.now();
        assertThat(repository.markResubmitted(id, again))
                .as("handed over again")
                .isTrue();
        repository.markProcessing(id);
        assertThat(status()).as("its run is marked as it begins").contains("PROCESSING");
        EventPublicationResubmission.revive(jdbc, again.plusMillis(1));
        assertThat(status()).as("revival leaves a run that began alone").contains("PROCESSING");
    }

    @Test
    void whatIsNotAboutTheMarkIsTheStoresOwn() {
        TargetEventPublication publication =
                repository.create(TargetEventPublication.of(new Probe("gewoon"), target, Instant.now()));

        List<UUID> incomplete = repository.findIncompletePublications().stream()
                .map(TargetEventPublication::getIdentifier)
                .toList();
        assertThat(incomplete).contains(publication.getIdentifier());

        repository.markCompleted(publication.getIdentifier(), Instant.now());
        assertThat(status()).isEmpty();
    }

    private Optional<String> status() {
        return jdbc.sql("select status from event_publication where listener_id = :listener")
                .param("listener", target.getValue())
                .query(String.class)
                .optional();
    }
}
