// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.pseudonym.protocol.PseudonymInput;
import org.verwijsindex.pseudonym.protocol.SealedEvaluation;

import tools.jackson.databind.json.JsonMapper;

/**
 * A command, not a test (bench/hub.sh): registrations per second at the hub with {@code N} signals (a youth and a
 * parent pseudonym each) already loaded, over mutual TLS, each a {@code PUT /v1/signals/{ref}} the hub opens,
 * unblinds, keys, stores and matches in one transaction. The messages are sealed beforehand, as the pseudonym service
 * would seal them, so the figure is the hub's alone. A share of registrations is on a youth another region registered
 * earlier in the run, so matches are made too. Arguments: N (default 100000), seconds (default 30), clients (default
 * 8), share on a known youth (default 0.3).
 */
public final class HubBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HubBenchmark() {}

    public static void main(String[] args) throws Exception {
        int preloaded = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        double knownShare = args.length > 3 ? Double.parseDouble(args[3]) : 0.3;
        Path dir = Files.createTempDirectory("hub-bench");
        try (NationalParties parties = new NationalParties(dir)) {
            long loadStart = System.nanoTime();
            preload(parties.hubDatabase(), preloaded);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            // Enough sealed messages for the run at a generous rate; sealing is the pseudonym service's cost, not ours.
            int messages = Math.max(2_000, seconds * 400);
            System.out.printf("sealing %,d messages ...%n", messages);
            List<String> warmUp = sealedMessages(parties, messages / 5, knownShare, 100_000_000);
            List<String> bodies = sealedMessages(parties, messages, knownShare, 700_000_000);

            List<HttpClient> https = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                https.add(HttpClient.newBuilder()
                        .sslContext(parties.tls("region-" + (1 + c % NationalParties.REGIONS)))
                        .build());
            }
            run(parties, https, warmUp, Duration.ofSeconds(Math.max(3, seconds / 5)), "warm-up");
            Result result = run(parties, https, bodies, Duration.ofSeconds(seconds), "measured");

            long matches = parties.hubDatabase()
                    .sql("select count(*) from hub.match")
                    .query(Long.class)
                    .single();
            String size = parties.hubDatabase()
                    .sql("select pg_size_pretty(pg_database_size(current_database()))")
                    .query(String.class)
                    .single();
            System.out.println("==================== Hub benchmark ====================");
            System.out.printf(
                    "machine            %d cores; embedded PostgreSQL%n",
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "preloaded          %,d signals, %,d pseudonyms (youth and one parent each) in %.0f s; database %s%n",
                    preloaded, 2L * preloaded, loadSeconds, size);
            System.out.printf(
                    "registrations      %d clients, %d s: %.0f/s; latency ms p50 %.1f, p95 %.1f, p99 %.1f; failed %d%n",
                    clients, seconds, result.perSecond(), result.p(50), result.p(95), result.p(99), result.failed());
            System.out.printf(
                    "matches made       %,d (a share of %.0f%% of registrations on a known youth)%n",
                    matches, knownShare * 100);
            System.out.printf("hub_registrations_per_second=%.0f%n", result.perSecond());
        }
    }

    /** N signals in as many youths, a quarter archived, each with one parent pseudonym shared with one sibling. */
    private static void preload(JdbcClient jdbc, int n) {
        System.out.printf("loading %,d signals ...%n", n);
        int batch = 250_000;
        for (int from = 1; from <= n; from += batch) {
            int to = Math.min(n, from + batch - 1);
            jdbc.sql("""
                            insert into hub.signal (region, signal_ref, state,
                                municipality_code, registered_on, active_until, archive_until, contact_name,
                                contact_organisation, contact_phone, contact_email, last_sequence, updated_at)
                            select 'region-' || (1 + i % 40), 'pre-' || i,
                                   case when i % 4 = 0 then 'ARCHIVED' else 'ACTIVE' end,
                                   '0363', date '2025-01-01', date '2027-01-01',
                                   case when i % 4 = 0 then date '2031-01-01' end, 'Professional ' || i,
                                   'Jeugdteam', '+31 20 555 0101', 'prof@example.test', 1, now()
                              from generate_series(:from, :to) i
                            """).param("from", from).param("to", to).update();
            jdbc.sql("""
                            insert into hub.signal_youth (region, signal_ref, key_version, youth_pseudonym)
                            select 'region-' || (1 + i % 40), 'pre-' || i, 1, sha256(('youth-' || i)::bytea)
                              from generate_series(:from, :to) i
                            """).param("from", from).param("to", to).update();
            jdbc.sql("""
                            insert into hub.signal_parent (region, signal_ref, key_version, parent_pseudonym)
                            select 'region-' || (1 + i % 40), 'pre-' || i, 1, sha256(('parent-' || (i / 2))::bytea)
                              from generate_series(:from, :to) i
                            """).param("from", from).param("to", to).update();
        }
        jdbc.sql("analyze hub.signal").update();
        jdbc.sql("analyze hub.signal_youth").update();
        jdbc.sql("analyze hub.signal_parent").update();
    }

    /**
     * Each message a new signal; {@code knownShare} of them on the youth of an earlier message (a match), the rest on
     * a new youth. The BSNs are synthetic, nine digits, never in the output.
     */
    private static List<String> sealedMessages(NationalParties parties, int count, double knownShare, int firstBsn) {
        Instant expires = Instant.now().plus(2, ChronoUnit.HOURS);
        Base64.Encoder base64 = Base64.getEncoder();
        List<String> bodies = new ArrayList<>(count);
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < count; i++) {
            int youth = i > 10 && random.nextDouble() < knownShare ? random.nextInt(i) : i;
            Oprf.Blinded blinded = PseudonymInput.blindBsn(Integer.toString(firstBsn + youth));
            byte[] sealed = new SealedEvaluation(
                            NationalParties.HUB,
                            1,
                            expires,
                            Oprf.blindEvaluate(parties.oprfKey, blinded.blindedElement()))
                    .sealTo(parties.hubSeal.publicKey());
            Map<String, Object> message = Map.of(
                    "messageId",
                    UUID.randomUUID().toString(),
                    "sequence",
                    1,
                    "keyVersion",
                    1,
                    "state",
                    "ACTIVE",
                    "youth",
                    Map.of(
                            "sealedEvaluation",
                            base64.encodeToString(sealed),
                            "blind",
                            base64.encodeToString(blinded.blind())),
                    "parents",
                    List.of(),
                    "municipalityCode",
                    "0363",
                    "registeredOn",
                    "2026-06-01",
                    "activeUntil",
                    "2028-06-01",
                    "professional",
                    Map.of("name", "Bench " + i, "organisation", "Jeugdteam"));
            bodies.add(JSON.writeValueAsString(message));
        }
        return bodies;
    }

    record Result(int done, int failed, double seconds, long[] latenciesNanos) {

        double perSecond() {
            return done / seconds;
        }

        double p(int percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = Math.min(
                    latenciesNanos.length - 1, (int) Math.ceil(percentile / 100.0 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    /** Closed loop: each client sends the next message as soon as its last one is answered. */
    private static Result run(
            NationalParties parties, List<HttpClient> https, List<String> bodies, Duration length, String label)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] latencies = new long[bodies.size()];
        AtomicInteger measured = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(https.size());
        List<Future<?>> running = new ArrayList<>();
        for (HttpClient http : https) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= bodies.size()) {
                        return null;
                    }
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(parties.hubUri().resolve("v1/signals/bench-" + label + "-" + i))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                    latencies[measured.getAndIncrement()] = System.nanoTime() - sent;
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] done = Arrays.copyOf(latencies, measured.get());
        Arrays.sort(done);
        if (next.get() >= bodies.size()) {
            System.out.println("(" + label + ": ran out of sealed messages before the time was up)");
        }
        return new Result(done.length - failed.get(), failed.get(), seconds, done);
    }
}
