// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthId;

/**
 * The person checks of a batch (docs/adr/0056) when a youth of it is deleted while the register is asked about all of
 * them: the question stays in the logbook, the deleted youth's blind index leaves it (R-PROOF), and the other youth of
 * the same question is stored as the register answered. The register is the stand-in behind the double, asked over
 * HTTP by the real client, which writes the question's logbook entry; it knows neither BSN.
 */
@IntegrationTest
class PersonCheckBatchTest extends IntegrationTestBase {

    private static final Bsn DELETED = new Bsn("999996009");
    private static final Bsn STAYS = new Bsn("999996010");
    /** Due before anything else of the shared context, so whoever claims first takes both in one batch. */
    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    BsnProtection protection;

    @Autowired
    Logbook logbook;

    @Autowired
    RegisterPersonCheck check;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final List<List<Bsn>> asked = new CopyOnWriteArrayList<>();
    private DueYouths youths;

    @BeforeEach
    void youths() {
        youths = new DueYouths(jdbc);
    }

    @AfterEach
    void cleanUp() {
        register.whileAsked(bsns -> {});
        youths.removeAll();
    }

    @Test
    void R_PROOF_aYouthDeletedWhileTheRegisterWasAskedLeavesTheQuestionInTheLogbookButNotItsIndex() {
        byte[] index = protection.blindIndex(DELETED).bytes();
        long entry = entryAbout(index);
        // Counted and hooked before the youths are due: the scheduled checker (every second) may claim them before
        // checkNow does, and whoever claims them must meet the hook.
        long questionsBefore = systemQuestions();
        CompletableFuture<Long> deleted = new CompletableFuture<>();
        register.whileAsked(bsns -> {
            if (bsns.contains(DELETED)) {
                asked.add(bsns);
                jdbc.sql("delete from youth where id = :id")
                        .param("id", deleted.orTimeout(10, TimeUnit.SECONDS).join())
                        .update();
            }
        });
        long[] ids = new TransactionTemplate(transactionManager).execute(status -> new long[] {
            youths.byBsn(protection.encrypt(DELETED), protection.currentKeyId(), LONG_AGO),
            youths.byBsn(protection.encrypt(STAYS), protection.currentKeyId(), LONG_AGO)
        });
        deleted.complete(ids[0]);

        check.checkNow(List.of(new YouthId(ids[0]), new YouthId(ids[1])));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(asked)
                    .as("one question about both")
                    .singleElement()
                    .satisfies(question -> assertThat(question).containsExactlyInAnyOrder(DELETED, STAYS));
            assertThat(jdbc.sql("select state from youth_person where youth_id = :id and sync_due_at is null")
                            .param("id", ids[1])
                            .query(String.class)
                            .optional())
                    .as("the other youth of the question stored as the register answered (it does not know them)")
                    .contains("NOT_IN_REGISTER");
            assertThat(jdbc.sql("select youth_index from logbook_entry where id = :id")
                            .param("id", entry)
                            .query(byte[].class)
                            .optional())
                    .as("the deleted youth's index gone from the logbook")
                    .isEmpty();
        });
        assertThat(jdbc.sql("select count(*) from youth where id = :id")
                        .param("id", ids[0])
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(systemQuestions() - questionsBefore)
                .as("the question stays in the logbook")
                .isPositive();
    }

    /** An entry of the logbook about the youth, by its blind index; @return its id */
    private long entryAbout(byte[] index) {
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> logbook.record(new LogbookEntry(
                        LogbookEntry.Action.PERSON_REGISTER_QUERIED,
                        Actor.SYSTEM,
                        null,
                        null,
                        index,
                        null,
                        "PersonCheckBatchTest")));
        return jdbc.sql("select max(id) from logbook_entry where subject_id = 'PersonCheckBatchTest'")
                .query(Long.class)
                .single();
    }

    private long systemQuestions() {
        return jdbc.sql("""
                        select count(*) from logbook_entry where action = 'PERSON_REGISTER_QUERIED'
                        and actor_type = 'SYSTEM' and subject_id = 'RaadpleegMetBurgerservicenummer answered'""").query(Long.class).single();
    }
}
