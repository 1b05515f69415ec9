// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.coordination.internal.CaseOpening;
import nl.verwijsindex.matching.MatchesFound;

/**
 * The match notices lock their youths first, as a deletion does (youth, then signal): a privacy desk's erasure that
 * holds the youth makes the notices wait for it, instead of the two each holding what the other needs (the
 * deadlock of the CI run of 2026-12-06, where the notices had locked the signals first). Since docs/adr/0058 the
 * notices are made in the case opening's transaction, which locks the case's youths before its signals.
 */
@IntegrationTest
class NoticeLockOrderTest extends IntegrationTestBase {

    @Autowired
    CaseOpening opening;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void R_NOTICE_theNoticesOfAMatchWaitForADeletionThatHoldsTheYouthBeforeTouchingItsSignals() throws Exception {
        String region = fixtures.region(false);
        Organisation school = fixtures.organisation(region);
        Organisation care = fixtures.organisation(region);
        Professional director = fixtures.professional(school);
        Professional other = fixtures.professional(care);
        UUID matchCase = UUID.fromString(matchCase(api, director, other, "2014-03-01"));
        UUID pair = jdbc.sql("select id from match_pair where match_case_id = :case")
                .param("case", matchCase)
                .query(UUID.class)
                .single();
        long youth = jdbc.sql(
                        "select s.youth_id from match_pair mp join signal s on s.id = mp.signal_a where mp.id = :pair")
                .param("pair", pair)
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesAbout(pair) == 2);
        jdbc.sql("delete from notice where match_pair_id = :pair")
                .param("pair", pair)
                .update();

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger signalsTaken = new AtomicInteger();
        CompletableFuture<Void> deletion = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    // the first lock a deletion of the youth takes (SignalRetention)
                    jdbc.sql("select id from youth where id = :youth for no key update")
                            .param("youth", youth)
                            .query(Long.class)
                            .single();
                    held.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    // the second: the youth's signals. Refused at once if the waiting case opening held one of them
                    signalsTaken.set(jdbc.sql("select id from signal where youth_id = :youth for update nowait")
                            .param("youth", youth)
                            .query(UUID.class)
                            .list()
                            .size());
                    status.setRollbackOnly();
                }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

        // as the registry hands the match over: on another thread, in a transaction of its own
        CompletableFuture<Void> notices =
                CompletableFuture.runAsync(() -> opening.open(new MatchesFound(matchCase, List.of(pair))));

        await().atMost(Duration.ofSeconds(30)).until(this::noticesWaitForAYouth);
        assertThat(noticesAbout(pair)).isZero();
        release.countDown();
        deletion.get(30, TimeUnit.SECONDS);
        assertThat(signalsTaken.get())
                .as("the deletion took the youth's signals while the case opening waited: it held none of them")
                .isPositive();
        notices.get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesAbout(pair) == 2);
    }

    private int noticesAbout(UUID pair) {
        return jdbc.sql("select count(*) from notice where match_pair_id = :pair")
                .param("pair", pair)
                .query(Integer.class)
                .single();
    }

    private boolean noticesWaitForAYouth() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like '%union%order by y.id for no key update of y%'""").query(Integer.class).single() > 0;
    }
}
