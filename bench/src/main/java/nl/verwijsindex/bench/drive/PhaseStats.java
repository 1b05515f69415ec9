package nl.verwijsindex.bench.drive;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies and outcomes of one phase; safe to record into from many threads. */
final class PhaseStats {

    private static final int MAX_SAMPLES = 5;

    final String name;
    /** Microseconds, up to ten minutes, three significant digits. */
    private final Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final LongAdder created = new LongAdder();
    private final LongAdder alreadyActive = new LongAdder();
    private final LongAdder withArchiveHits = new LongAdder();
    private final LongAdder otherSuccess = new LongAdder();
    private final Map<Integer, LongAdder> failuresByStatus = new ConcurrentHashMap<>();
    private final LongAdder transportErrors = new LongAdder();
    private final Queue<String> failureSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sampled = new AtomicInteger();
    private volatile double seconds;

    PhaseStats(String name) {
        this.name = name;
    }

    void record(HttpResponse<String> response, long latencyNanos) {
        latency.recordValue(Math.max(1, latencyNanos / 1000));
        int status = response.statusCode();
        String body = response.body();
        if (status / 100 == 2) {
            // The body says what happened: a new signal, or the professional's existing active one.
            if (body.contains("\"result\":\"CREATED\"")) {
                created.increment();
            } else if (body.contains("\"result\":\"ALREADY_ACTIVE\"")) {
                alreadyActive.increment();
            } else {
                otherSuccess.increment();
            }
            if (!body.contains("\"archiveHits\":[]")) {
                withArchiveHits.increment();
            }
        } else {
            failuresByStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
            sample("HTTP " + status + " " + response.request().method() + " " + response.request().uri() + " -> " + body);
        }
    }

    /** A request that got no response at all (refused, reset, timed out): counted, and its latency too. */
    void recordError(Throwable error, long latencyNanos) {
        latency.recordValue(Math.max(1, latencyNanos / 1000));
        transportErrors.increment();
        sample(error.toString());
    }

    private void sample(String text) {
        if (sampled.getAndIncrement() < MAX_SAMPLES) {
            failureSamples.add(text.length() > 600 ? text.substring(0, 600) + "..." : text);
        }
    }

    void finish(double seconds) {
        this.seconds = seconds;
    }

    long successes() {
        return created.sum() + alreadyActive.sum() + otherSuccess.sum();
    }

    long failures() {
        return failuresByStatus.values().stream().mapToLong(LongAdder::sum).sum() + transportErrors.sum();
    }

    double throughput() {
        return successes() / seconds;
    }

    double percentileMillis(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return latency.getMaxValue() / 1000.0;
    }

    double meanMillis() {
        return latency.getMean() / 1000.0;
    }

    long requests() {
        return latency.getTotalCount();
    }

    void print(String key) {
        System.out.printf("  requests %,d in %.1f s: 2xx %,d (created %,d, already active %,d, with archive hits %,d)%n",
                requests(), seconds, successes(), created.sum(), alreadyActive.sum(), withArchiveHits.sum());
        System.out.printf("  throughput %.1f signals/s%n", throughput());
        System.out.printf("  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (mean %.1f)%n", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), maxMillis(), meanMillis());
        if (failures() > 0) {
            String banner = "!".repeat(78);
            Map<Integer, Long> byStatus = new TreeMap<>();
            failuresByStatus.forEach((status, count) -> byStatus.put(status, count.sum()));
            System.out.printf("%s%n!!! %s: %,d FAILED REQUESTS: non-2xx by status %s, no response %,d%n", banner, name,
                    failures(), byStatus, transportErrors.sum());
            failureSamples.forEach(sample -> System.out.println("!!!   " + sample));
            System.out.println(banner);
        }
        System.out.printf("RESULT %s_requests=%d%n", key, requests());
        System.out.printf("RESULT %s_failures=%d%n", key, failures());
        System.out.printf("RESULT %s_throughput=%.1f%n", key, throughput());
        System.out.printf("RESULT %s_p50_ms=%.1f%nRESULT %s_p95_ms=%.1f%nRESULT %s_p99_ms=%.1f%nRESULT %s_max_ms=%.1f%n",
                key, percentileMillis(50), key, percentileMillis(95), key, percentileMillis(99), key, maxMillis());
    }
}
