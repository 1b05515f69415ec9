// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.ChainCheck;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.logbook.StoredLinks;
import nl.verwijsindex.logbook.StoredLinks.Link;

/**
 * R-LOGBOOK with several chains (ADR 0047): a committing transaction takes a chain head no other transaction holds,
 * each chain verifies on its own, the checkpoints name every chain, and retention keeps every chain verifiable. In a
 * database of its own: the tests hold chain heads to steer their entries to chain 16, where the after-commit work of
 * other tests in a shared database (notices sent, person checks) would take it too.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-logbook-chains",
            // its checkpoints name its own database's chains: not in the shared context's file
            "verwijsindex.logbook.checkpoint-dir=${verwijsindex.test.target:target}/test-data-logbook-chains/logbook"
        })
class LogbookChainsTest {

    static final int CHAINS = 16;

    @Autowired
    Logbook logbook;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    LogbookRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final ExecutorService others = Executors.newCachedThreadPool();

    @AfterEach
    void stopOthers() {
        others.shutdownNow();
    }

    @Test
    void R_LOGBOOK_concurrentAppendsMakeChainsThatEachVerifyAndTogetherHoldEveryEntryOnce() throws Exception {
        UUID professional = UUID.randomUUID();
        int threads = 16;
        int transactionsEach = 20;
        int entriesEach = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < transactionsEach; i++) {
                        int tx = i;
                        transactions.executeWithoutResult(status -> {
                            for (int e = 0; e < entriesEach; e++) {
                                logbook.record(entry(professional, thread + "/" + tx + "/" + e));
                            }
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Link> rows = rowsOf(professional);
        assertThat(rows).hasSize(threads * transactionsEach * entriesEach);
        assertThat(rows.stream().map(Link::subject).distinct()).hasSize(rows.size());
        // A transaction's entries follow each other in one chain.
        Map<String, List<Link>> byTransaction = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.subject().substring(0, r.subject().lastIndexOf('/'))));
        assertThat(byTransaction).hasSize(threads * transactionsEach);
        for (List<Link> ofTx : byTransaction.values()) {
            assertThat(ofTx).extracting(Link::chain).containsOnly(ofTx.get(0).chain());
            for (int e = 1; e < ofTx.size(); e++) {
                assertThat(ofTx.get(e).previous()).isEqualTo(ofTx.get(e - 1).hash());
            }
        }
        // No chain forks: no two entries of a chain link to the same entry.
        assertThat(jdbc.sql("""
                        select count(*) from (select chain, previous_hash from logbook_entry where hash is not null
                                              group by chain, previous_hash having count(*) > 1) forks""").query(Long.class).single()).isZero();
        ChainCheck check = verifier.verify();
        assertThat(check.intact()).as(check.toString()).isTrue();
        assertThat(check.chains()).isEqualTo(CHAINS);
    }

    @Test
    void R_LOGBOOK_aCommitTakesAFreeChainHeadWithoutWaitingAndWaitsOnlyWhenAllAreTaken() throws Exception {
        UUID professional = UUID.randomUUID();
        try (Held held = hold(1, 1)) {
            // Chain 1 is held by another transaction: the entry goes to another chain at once.
            inOther(() -> logbook.record(entry(professional, "beside"))).get(10, TimeUnit.SECONDS);
        }
        assertThat(rowsOf(professional)).singleElement().extracting(Link::chain).isNotEqualTo(1);

        Future<?> waiting;
        try (Held all = hold(1, CHAINS)) {
            waiting = inOther(() -> logbook.record(entry(professional, "waited")));
            Thread.sleep(500);
            assertThat(waiting).as("every head is taken: the commit waits").isNotDone();
        }
        waiting.get(10, TimeUnit.SECONDS);
        assertThat(rowsOf(professional)).hasSize(2);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void R_LOGBOOK_aChangedOrRemovedEntryInAnyChainIsFound() throws Exception {
        UUID professional = UUID.randomUUID();
        try (Held held = hold(1, CHAINS - 1)) {
            inOther(() -> transactions.executeWithoutResult(tx -> {
                        logbook.record(entry(professional, "one"));
                        logbook.record(entry(professional, "two"));
                        logbook.record(entry(professional, "three"));
                    }))
                    .get(10, TimeUnit.SECONDS);
        }
        List<Link> rows = rowsOf(professional);
        assertThat(rows).extracting(Link::chain).containsOnly(CHAINS);

        transactions.executeWithoutResult(tx -> {
            pastTheTrigger();
            jdbc.sql("update logbook_entry set subject_id = 'altered' where id = :id")
                    .param("id", rows.get(1).id())
                    .update();
            ChainCheck check = verifier.verify();
            assertThat(check.breaks())
                    .containsExactly(new ChainCheck.Break(
                            CHAINS,
                            rows.get(1).id(),
                            "the entry does not match its hash "
                                    + hex(rows.get(1).hash())));
            assertThat(check.brokenChains()).containsExactly(CHAINS);
            assertThat(check.toString())
                    .contains("chain 16 broken at entry " + rows.get(1).id());
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> {
            pastTheTrigger();
            jdbc.sql("delete from logbook_entry where id = :id")
                    .param("id", rows.get(1).id())
                    .update();
            assertThat(verifier.verify().breaks())
                    .containsExactly(new ChainCheck.Break(
                            CHAINS,
                            rows.get(2).id(),
                            "the entry does not link to entry " + rows.get(0).id()));
            tx.setRollbackOnly();
        });
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void R_LOGBOOK_theCheckpointsNameEveryChainAndCatchARewriteOfOne(@TempDir Path dir) throws Exception {
        UUID professional = UUID.randomUUID();
        try (Held held = hold(1, CHAINS - 1)) {
            inOther(() -> logbook.record(entry(professional, "checkpointed"))).get(10, TimeUnit.SECONDS);
        }
        {
            List<String> lines = checkpoints.write();
            assertThat(lines).hasSize(CHAINS);
            for (int chain = 1; chain <= CHAINS; chain++) {
                assertThat(lines.get(chain - 1)).startsWith("logbook checkpoint chain=" + chain + " id=");
            }
            Link mine = rowsOf(professional).get(0);
            assertThat(lines.get(CHAINS - 1)).contains("id=" + mine.id() + " hash=" + hex(mine.hash()));
            Path file = dir.resolve(Checkpoints.FILE);
            // The one-chain form written before ADR 0047 is read as chain 1.
            Files.write(file, lines);
            Files.writeString(
                    file,
                    "logbook checkpoint id=" + mine.id() + " hash=" + hex(mine.hash()) + " at=2026-01-01T03:45Z\n",
                    StandardOpenOption.APPEND);
            Checkpoints.Comparison compared = checkpoints.compare(file);
            assertThat(compared.checked()).isGreaterThanOrEqualTo(2);
            assertThat(compared.breaks())
                    .containsExactly(new ChainCheck.Break(
                            1,
                            mine.id(),
                            "the entry does not have the chain and hash of the checkpoint at 2026-01-01T03:45Z"));

            Files.write(file, lines);
            assertThat(checkpoints.compare(file).breaks()).isEmpty();
            // A rewrite of chain 16 by someone with every right: the entry, its hash and the head made consistent, so
            // the chain itself verifies; only the checkpoint kept outside the database shows it.
            transactions.executeWithoutResult(tx -> {
                pastTheTrigger();
                jdbc.sql("update logbook_entry set subject_id = 'rewritten' where id = :id")
                        .param("id", mine.id())
                        .update();
                byte[] rewritten = jdbc.sql("select * from logbook_entry where id = :id")
                        .param("id", mine.id())
                        .query((rs, n) -> ChainLink.ofRow(rs, rs.getBytes("previous_hash"))
                                .hash())
                        .single();
                jdbc.sql("update logbook_entry set hash = :hash where id = :id")
                        .param("hash", rewritten)
                        .param("id", mine.id())
                        .update();
                jdbc.sql("update logbook_chain_head set last_hash = :hash where id = :chain and last_id = :id")
                        .param("hash", rewritten)
                        .param("chain", CHAINS)
                        .param("id", mine.id())
                        .update();
                assertThat(verifier.verify().brokenChains()).doesNotContain(CHAINS);
                assertThat(checkpoints.compare(file).breaks())
                        .extracting(ChainCheck.Break::chain, ChainCheck.Break::entryId)
                        .containsExactly(tuple(CHAINS, mine.id()));
                tx.setRollbackOnly();
            });
        }
    }

    @Test
    void R_LOGBOOK_retentionRemovesTheOldestPartOfEachChainAndEveryChainStillVerifies() throws Exception {
        UUID professional = UUID.randomUUID();
        // e1 young in chain 2; e2 in chain 1 after it, made old: the oldest part of chain 1, so it goes, although a
        // younger entry of another chain came before it (one chain's prefix rule would have kept it).
        Link e1;
        try (Held held = hold(1, 1)) {
            inOther(() -> logbook.record(entry(professional, "young"))).get(10, TimeUnit.SECONDS);
            e1 = rowsOf(professional).get(0);
        }
        assertThat(e1.chain()).isNotEqualTo(1);
        Link e2 = null;
        for (int attempt = 0; attempt < 20 && (e2 == null || e2.chain() != 1); attempt++) {
            logbook.record(entry(professional, "old " + attempt));
            e2 = rowsOf(professional).get(rowsOf(professional).size() - 1);
        }
        assertThat(e2.chain()).isEqualTo(1);
        long e2Id = e2.id();

        transactions.executeWithoutResult(tx -> {
            pastTheTrigger();
            jdbc.sql("""
                            update logbook_entry set occurred_at = '2000-01-01T00:00Z'
                            where id <= :e2 and (chain <> :chain or id < :e1)""")
                    .param("e2", e2Id)
                    .param("chain", e1.chain())
                    .param("e1", e1.id())
                    .update();
            jdbc.sql("set local session_replication_role = origin").update();

            assertThat(retention.removeBefore(OffsetDateTime.now().minusYears(5)))
                    .isPositive();

            assertThat(rowsOf(professional))
                    .extracting(Link::id)
                    .contains(e1.id())
                    .doesNotContain(e2Id);
            ChainCheck check = verifier.verify();
            assertThat(check.intact()).as(check.toString()).isTrue();
            tx.setRollbackOnly();
        });
    }

    /** Chain heads from..to locked by another transaction until closed. */
    private Held hold(int from, int to) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = inOther(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql("select id from logbook_chain_head where id between :from and :to order by id for update")
                    .param("from", from)
                    .param("to", to)
                    .query(Integer.class)
                    .list();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        return () -> {
            release.countDown();
            try {
                holder.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    interface Held extends AutoCloseable {
        @Override
        void close() throws Exception;
    }

    private CompletableFuture<Void> inOther(Runnable work) {
        return CompletableFuture.runAsync(work, others);
    }

    private void pastTheTrigger() {
        jdbc.sql("set local session_replication_role = replica").update();
    }

    private List<Link> rowsOf(UUID professional) {
        return StoredLinks.of(jdbc, professional);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static LogbookEntry entry(UUID professional, String subject) {
        return new LogbookEntry(Action.SIGNALS_VIEWED, Actor.user("test"), professional, null, null, null, subject);
    }
}
