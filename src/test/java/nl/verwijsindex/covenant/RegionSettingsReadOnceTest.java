// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;

/**
 * Issue 18: a region's settings are read once per transaction (opening a match case asked for them about three
 * times, two statements each), a change in the same transaction is seen at once, and the next transaction reads
 * what was committed meanwhile.
 */
@IntegrationTest
class RegionSettingsReadOnceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RegionSettingsKeeper settings;

    @Autowired
    PlatformTransactionManager transactionManager;

    String region;

    @BeforeEach
    void setUp() {
        region = new Fixtures(context).region(false);
    }

    @Test
    void aTransactionReadsTheSettingsOnceAndTheNextOneReadsWhatWasChangedMeanwhile() {
        TransactionTemplate outer = new TransactionTemplate(transactionManager);
        TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        outer.executeWithoutResult(status -> {
            RegionSettings first = settings.of(region);
            assertThat(settings.of(region)).as("not read again").isSameAs(first);
            // another transaction changes them while this one runs (the outer one is set aside meanwhile)
            ownTransaction.executeWithoutResult(inner -> {
                assertThat(settings.of(region))
                        .as("an inner transaction reads for itself")
                        .isNotSameAs(first);
                settings.change(region, "test", s -> rename(s, "Verwijsindex Intussen"));
            });
            assertThat(settings.of(region))
                    .as("what this transaction read, after the inner one")
                    .isSameAs(first);
        });

        assertThat(settings.of(region).indexDisplayName()).isEqualTo("Verwijsindex Intussen");
        assertThat(settings.of(region))
                .as("outside a transaction of the caller's, each call reads")
                .isNotSameAs(settings.of(region));
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

    private static RegionSettings rename(RegionSettings s, String indexDisplayName) {
        return s.changeGeneral(
                indexDisplayName,
                s.suppressSameOrganisationMatches(),
                s.deadlineWorkingDays(),
                s.liberationDay(),
                s.caseMunicipalityCode().orElse(null));
    }
}
