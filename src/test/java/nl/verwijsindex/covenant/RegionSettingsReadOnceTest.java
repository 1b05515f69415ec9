// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.ReferenceDataSettled;
import nl.verwijsindex.shared.ReferenceData;

/**
 * Issue 18: a region's settings are read once per transaction (opening a match case asked for them about three
 * times, two statements each), a change in the same transaction is seen at once, and the next transaction reads
 * what was committed meanwhile; across transactions the instance keeps them until a change (ADR 0060, {@code
 * nl.verwijsindex.shared.ReferenceDataTest}).
 */
@IntegrationTest
class RegionSettingsReadOnceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RegionSettingsKeeper settings;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Covenants covenants;

    @Autowired
    CovenantAdministration administration;

    @Autowired
    JdbcClient jdbc;

    String region;

    @Autowired
    ReferenceData reference;

    @BeforeEach
    void setUp() {
        region = new Fixtures(context).region(false);
        ReferenceDataSettled.settle(reference, jdbc);
    }

    @Test
    void aTransactionReadsTheSettingsOnceAndTheNextOneReadsWhatWasChangedMeanwhile() {
        // work left running by earlier tests in this JVM may change reference data meanwhile, and its announcement
        // rightly forgets what the instance kept: then the scenario is begun again (CI saw it once in 11,248 tests)
        for (int attempt = 1; ; attempt++) {
            ReferenceDataSettled.settle(reference, jdbc);
            long announcements = reference.announcementsReceived();
            if (readsOnceAndThenWhatWasChanged("Verwijsindex Intussen " + attempt, announcements)) {
                return;
            }
            assertThat(attempt).as("undisturbed attempts").isLessThan(5);
        }
    }

    /** @return false when an announcement from outside the test came between the reads, so that nothing was proved */
    private boolean readsOnceAndThenWhatWasChanged(String name, long announcementsBefore) {
        TransactionTemplate outer = new TransactionTemplate(transactionManager);
        TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        RegionSettings[] read = new RegionSettings[2];
        long[] announcementsAtTheInnerRead = {announcementsBefore};

        outer.executeWithoutResult(status -> {
            RegionSettings first = settings.of(region);
            read[0] = first;
            assertThat(settings.of(region)).as("not read again").isSameAs(first);
            // another transaction changes them while this one runs (the outer one is set aside meanwhile)
            ownTransaction.executeWithoutResult(inner -> {
                read[1] = settings.of(region);
                if (read[1] != read[0]) {
                    pause(); // an announcement forgets before it is counted
                    announcementsAtTheInnerRead[0] = reference.announcementsReceived();
                }
                settings.change(region, "test", s -> rename(s, name));
                assertThat(settings.of(region).indexDisplayName())
                        .as("and reads for itself once it changed them")
                        .isEqualTo(name);
            });
            assertThat(settings.of(region))
                    .as("what this transaction read, after the inner one")
                    .isSameAs(first);
        });
        if (read[1] != read[0]) {
            assertThat(announcementsAtTheInnerRead[0])
                    .as("an inner transaction is given what the instance keeps (ADR 0060), unless a change was"
                            + " announced meanwhile")
                    .isNotEqualTo(announcementsBefore);
            return false;
        }

        assertThat(settings.of(region).indexDisplayName()).isEqualTo(name);
        // the inner change's announcement arrives after its commit, and forgets again what was kept
        ReferenceDataSettled.settle(reference, jdbc);
        RegionSettings kept = settings.of(region);
        assertThat(kept.indexDisplayName()).isEqualTo(name);
        long announcements = reference.announcementsReceived();
        RegionSettings again = settings.of(region);
        if (again != kept) {
            pause(); // an announcement forgets before it is counted
            if (reference.announcementsReceived() != announcements) {
                return false;
            }
        }
        assertThat(again)
                .as("outside a transaction of the caller's, what the instance keeps (ADR 0060)")
                .isSameAs(kept);
        return true;
    }

    @Test
    void aChangeInTheSameTransactionIsSeenAtOnce() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            RegionSettings before = settings.of(region);
            settings.change(region, "test", s -> rename(s, "Verwijsindex Meteen"));
            RegionSettings after = settings.of(region);
            assertThat(after).isNotSameAs(before);
            assertThat(after.indexDisplayName()).isEqualTo("Verwijsindex Meteen");
        });
    }

    /**
     * A batch of notices asked the index's name for each notice, and matching asked whether same-organisation matches
     * are suppressed before it read the settings for the case: each now once per transaction. The row is changed
     * behind the index's back to tell a read from what the transaction kept.
     */
    @Test
    void theIndexNameAndTheSuppressionAreReadOncePerTransaction() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            String name = covenants.indexDisplayName(region);
            boolean suppressed = covenants.suppressesSameOrganisationMatches(region);
            behindTheIndexsBack("Verwijsindex Ongezien", !suppressed);
            assertThat(covenants.indexDisplayName(region)).isEqualTo(name);
            assertThat(covenants.suppressesSameOrganisationMatches(region)).isEqualTo(suppressed);
        });
        // the change is announced at its commit, and the instance then forgets what it kept (ADR 0060)
        await().atMost(Duration.ofSeconds(10))
                .until(() -> covenants.indexDisplayName(region).equals("Verwijsindex Ongezien"));
    }

    @Test
    void theIndexNameAndTheSuppressionComeFromTheSettingsTheTransactionRead() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            RegionSettings read = settings.of(region);
            behindTheIndexsBack("Verwijsindex Ongezien", !read.suppressSameOrganisationMatches());
            assertThat(covenants.indexDisplayName(region)).isEqualTo(read.indexDisplayName());
            assertThat(covenants.suppressesSameOrganisationMatches(region))
                    .isEqualTo(read.suppressSameOrganisationMatches());
        });
    }

    @Test
    void theIndexNameReadOnItsOwnGivesWayToAChangeInTheSameTransaction() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            covenants.indexDisplayName(region);
            settings.change(region, "test", s -> rename(s, "Verwijsindex Nieuw"));
            assertThat(covenants.indexDisplayName(region)).isEqualTo("Verwijsindex Nieuw");
        });
    }

    @Test
    void anUnknownRegionHasTheDefaultNameAndSuppressesNothing() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(covenants.indexDisplayName("onbekend-" + region))
                    .isEqualTo(RegionSettings.DEFAULT_INDEX_DISPLAY_NAME);
            assertThat(covenants.suppressesSameOrganisationMatches("onbekend-" + region))
                    .isFalse();
            assertThat(status.isRollbackOnly()).isFalse();
        });
    }

    @Test
    void aRegionAddedAfterItWasAskedForInTheSameTransactionIsRead() {
        String added = region + "-nieuw";
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(covenants.suppressesSameOrganisationMatches(added)).isFalse();
            administration.addRegion(added, "Regio nieuw", true);
            assertThat(covenants.suppressesSameOrganisationMatches(added)).isTrue();
            status.setRollbackOnly();
        });
    }

    private static void pause() {
        await().pollDelay(Duration.ofMillis(200)).until(() -> true);
    }

    private void behindTheIndexsBack(String indexDisplayName, boolean suppress) {
        jdbc.sql(
                        "update region set index_display_name = :name, suppress_same_organisation_matches = :suppress where code = :code")
                .param("name", indexDisplayName)
                .param("suppress", suppress)
                .param("code", region)
                .update();
    }

    private static RegionSettings rename(RegionSettings s, String indexDisplayName) {
        return s.changeGeneral(
                indexDisplayName,
                s.suppressSameOrganisationMatches(),
                s.deadlineWorkingDays(),
                s.liberationDay(),
                s.caseMunicipalityCode().orElse(null));
    }
}
