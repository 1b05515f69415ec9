// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.ReferenceDataSettled;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.MunicipalSupervisors.NewSupervisor;
import nl.verwijsindex.access.MunicipalSupervisors.Supervisor;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.CovenantParties;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.directory.OrganisationId;

/**
 * Issue 18, ADR 0060: reference data is kept across transactions while the instance listens for changes, and
 * forgotten when a change is announced (whoever made it), at once when this instance made it, and when the listening
 * connection is lost.
 */
@IntegrationTest
class ReferenceDataTest {

    private static final Duration ANNOUNCED_WITHIN = Duration.ofSeconds(10);

    @Autowired
    ApplicationContext context;

    @Autowired
    Covenants covenants;

    @Autowired
    CovenantParties parties;

    @Autowired
    RegionSettingsKeeper settings;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Directory directory;

    @Autowired
    MunicipalSupervisors supervisors;

    String region;

    @BeforeEach
    void setUp() {
        region = new Fixtures(context).region(false);
        ReferenceDataSettled.settle(reference, jdbc);
    }

    @Test
    void keptAcrossTransactionsUntilAChangeIsAnnounced() {
        keptAcrossAnUnannouncedChange("Verwijsindex Onaangekondigd");

        rename("Verwijsindex Aangekondigd");
        await().atMost(ANNOUNCED_WITHIN)
                .until(() -> covenants.indexDisplayName(region).equals("Verwijsindex Aangekondigd"));
    }

    @Test
    void aChangeInAReplicaSessionIsAnnouncedToo() {
        String name = covenants.indexDisplayName(region);
        // as the apply side of logical replication, or a restore tool, would make it (V87: triggers enabled always)
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            rename("Verwijsindex Gerepliceerd");
        });
        assertThat(name).isNotEqualTo("Verwijsindex Gerepliceerd");
        await().atMost(ANNOUNCED_WITHIN)
                .until(() -> covenants.indexDisplayName(region).equals("Verwijsindex Gerepliceerd"));
    }

    @Test
    void aChangeMadeByThisInstanceIsSeenAtOnce() {
        covenants.indexDisplayName(region);
        settings.change(
                region,
                "test",
                s -> s.changeGeneral(
                        "Verwijsindex Meteen",
                        s.suppressSameOrganisationMatches(),
                        s.deadlineWorkingDays(),
                        s.liberationDay(),
                        s.caseMunicipalityCode().orElse(null)));
        assertThat(covenants.indexDisplayName(region)).isEqualTo("Verwijsindex Meteen");
        assertThat(settings.of(region).indexDisplayName()).isEqualTo("Verwijsindex Meteen");
    }

    @Test
    void R_MELDER_aMembershipThatEndsEndsAtOnce() {
        Fixtures fixtures = new Fixtures(context);
        OrganisationId organisation = fixtures.organisation(region).id();
        ReferenceDataSettled.settle(reference, jdbc);
        LocalDate today = LocalDate.now();
        assertThat(parties.regionsOn(organisation, today)).containsExactly(region);
        assertThat(parties.regionsOn(organisation, today)).as("kept").containsExactly(region);
        fixtures.covenants().leaveCovenant(organisation, region, today);
        assertThat(parties.regionsOn(organisation, today)).isEmpty();
        assertThat(parties.regionsOn(organisation, today.minusDays(1))).containsExactly(region);
    }

    @Test
    void whenTheListeningConnectionIsLostNothingKeptIsUsed() {
        String name = covenants.indexDisplayName(region);
        long before = reference.timesListening();
        int ended = jdbc.sql("""
                        select count(pg_terminate_backend(pid)) from pg_stat_activity
                        where application_name = 'verwijsindex reference data' and datname = current_database()""").query(Integer.class).single();
        assertThat(ended).isPositive();
        unannounced(() -> rename("Verwijsindex Tijdens De Storing"));
        await().atMost(ANNOUNCED_WITHIN).until(() -> reference.timesListening() > before && reference.keeping());
        assertThat(covenants.indexDisplayName(region))
                .as("forgotten with the connection, read again")
                .isEqualTo("Verwijsindex Tijdens De Storing")
                .isNotEqualTo(name);
        keptAcrossAnUnannouncedChange("Verwijsindex Daarna");
        rename("Verwijsindex Aangekondigd");
        await().atMost(ANNOUNCED_WITHIN)
                .until(() -> covenants.indexDisplayName(region).equals("Verwijsindex Aangekondigd"));
    }

    /** Reads the name, changes it behind the index's back without an announcement, and reads the name kept. */
    private void keptAcrossAnUnannouncedChange(String name) {
        keptAcrossAnUnannouncedChange(
                () -> covenants.indexDisplayName(region), attempt -> unannounced(() -> rename(name + " " + attempt)));
    }

    /**
     * Reads a value, changes it behind the index's back without an announcement, and reads it again: the value kept.
     * A change announced from outside the test between the two reads (work left running by earlier tests in this JVM)
     * rightly forgets it: then again, at most five times.
     */
    private void keptAcrossAnUnannouncedChange(Supplier<String> read, IntConsumer changeUnannounced) {
        for (int attempt = 1; ; attempt++) {
            long announcements = reference.announcementsReceived();
            String kept = read.get();
            changeUnannounced.accept(attempt);
            if (read.get().equals(kept)) {
                return;
            }
            await().pollDelay(Duration.ofMillis(200)).until(() -> true); // an announcement forgets before it is counted
            assertThat(reference.announcementsReceived())
                    .as("kept, unless a change was announced meanwhile")
                    .isNotEqualTo(announcements);
            assertThat(attempt).as("attempts disturbed by announcements").isLessThan(5);
        }
    }

    /**
     * R-CATEGORY, issue 18, docs/adr/0060: each organisation's category (read for the director rules and the reports),
     * set when it is added, kept until a change is announced.
     */
    @Test
    void R_CATEGORY_anOrganisationsCategoryIsKeptUntilAChangeIsAnnounced() {
        OrganisationId organisation = new Fixtures(context).organisation(region).id();
        ReferenceDataSettled.settle(reference, jdbc);
        keptAcrossAnUnannouncedChange(
                () -> categoryOf(organisation),
                attempt -> unannounced(
                        "organisation",
                        () -> recategorise(organisation, attempt % 2 == 1 ? "VEILIG_THUIS" : "YOUTH_CARE_PROVIDER")));

        recategorise(organisation, "YOUTH_HEALTH_CARE");
        await().atMost(ANNOUNCED_WITHIN).until(() -> categoryOf(organisation).equals("YOUTH_HEALTH_CARE"));
        assertThat(directory
                        .categoriesOf(List.of(organisation))
                        .get(organisation)
                        .domain())
                .isEqualTo(Domain.YOUTH_HEALTH_CARE);
    }

    /**
     * R-SUPERVISE: a municipality's supervisors are kept (they are read for every match's notices); one added or
     * removed counts at once on this instance, not only once the change's announcement has arrived.
     */
    @Test
    void R_SUPERVISE_aSupervisorAddedOrRemovedCountsAtOnce() {
        String municipality = new Fixtures(context).municipality(region);
        ReferenceDataSettled.settle(reference, jdbc);
        assertThat(supervisors.of(municipality)).isEmpty();
        assertThat(supervisors.of(municipality)).as("kept").isEmpty();

        supervisors.add(municipality, new NewSupervisor("Regie Meteen", "regie-meteen@test.example", "030 1"));
        List<Supervisor> added = supervisors.of(municipality);
        assertThat(added).extracting(Supervisor::name).containsExactly("Regie Meteen");

        supervisors.remove(municipality, added.get(0).id());
        assertThat(supervisors.of(municipality)).isEmpty();
    }

    private String categoryOf(OrganisationId organisation) {
        return directory.categoriesOf(List.of(organisation)).get(organisation).code();
    }

    private void recategorise(OrganisationId organisation, String category) {
        jdbc.sql("update organisation set category_code = :category where id = :id")
                .param("category", category)
                .param("id", organisation.value())
                .update();
    }

    private void rename(String indexDisplayName) {
        jdbc.sql("update region set index_display_name = :name where code = :code")
                .param("name", indexDisplayName)
                .param("code", region)
                .update();
    }

    /** A change behind the application's back that is not announced: the trigger is off in its transaction. */
    private void unannounced(Runnable change) {
        unannounced("region", change);
    }

    private void unannounced(String table, Runnable change) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table %1$s disable trigger %1$s_announce_change".formatted(table))
                    .update();
            change.run();
            jdbc.sql("alter table %1$s enable always trigger %1$s_announce_change".formatted(table))
                    .update();
        });
    }
}
