package nl.verwijsindex.bench.drive;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import nl.verwijsindex.bench.common.Args;
import nl.verwijsindex.bench.common.Environment;

/**
 * Drives register-and-match over HTTP against a running service on this machine.
 *
 * <ol>
 *   <li>Warm-up: a closed loop whose figures are thrown away (JIT, connection pools, caches).</li>
 *   <li>Phase A: a closed loop of N clients: the sustained throughput and its latencies.</li>
 *   <li>Phase B: an open loop at a fixed rate: the latencies a steady stream of clients sees.</li>
 * </ol>
 * Then it waits (bounded) for the asynchronous notices of the run to be e-mailed. Lines starting with
 * {@code RESULT} are for run.sh. Exits 3 when any request failed.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, Set.of(), Set.of("base-url", "clients", "warmup", "duration", "rate", "open-duration",
                "existing-share", "sample", "max-in-flight", "run-id", "settle", "service-pid", "stand-in-pid", "youths"));
        String baseUrl = args.string("base-url", "http://127.0.0.1:18080");
        if (!baseUrl.startsWith("http://127.0.0.1") && !baseUrl.startsWith("http://localhost")) {
            throw new IllegalArgumentException("The load generator only targets a service on this machine (127.0.0.1)");
        }
        int clients = (int) args.number("clients", 16);
        Duration warmup = Duration.ofSeconds(args.number("warmup", 15));
        Duration duration = Duration.ofSeconds(args.number("duration", 60));
        double rate = args.decimal("rate", 200);
        Duration openDuration = Duration.ofSeconds(args.number("open-duration", 60));
        double existingShare = args.decimal("existing-share", 0.3);
        int sample = (int) args.number("sample", 100_000);
        // The youths of the stand-in register's population (PopulationWriter): without it, new youths are random
        // BSNs the register does not know.
        String youthsFile = args.string("youths", null);
        int maxInFlight = (int) args.number("max-in-flight", 1_000);
        Duration settle = Duration.ofSeconds(args.number("settle", 120));
        String runId = args.string("run-id", Long.toString(System.currentTimeMillis(), 36));
        long seed = Environment.seed() ^ runId.hashCode();

        SignalApi api = new SignalApi(baseUrl, runId);
        Instant runStart = Instant.now();
        boolean failed = false;
        try (Connection connection = Environment.connect()) {
            CpuUsage cpu = new CpuUsage(args.number("service-pid", 0), CpuUsage.postmasterOf(backendPid(connection)),
                    args.number("stand-in-pid", 0));
            long t = System.nanoTime();
            Workload workload = youthsFile == null
                    ? Workload.read(connection, Environment.bsnCrypto(), Environment.seed(), sample, existingShare)
                    : Workload.read(connection, Environment.seed(), Path.of(youthsFile), existingShare);
            System.out.printf("Workload: %,d professional/region pairs may register; %s; "
                            + "%.0f%% of registrations on known youths (%.1f s)%n", workload.registrantCount(),
                    workload.youths(), existingShare * 100, (System.nanoTime() - t) / 1e9);

            DbWork workBefore = DbWork.take(connection);
            CpuUsage.Snapshot runBefore = cpu.take();
            if (!warmup.isZero()) {
                System.out.printf("Warm-up: closed loop, %d clients, %d s (not counted)%n", clients, warmup.toSeconds());
                PhaseStats stats = ClosedLoop.run("warm-up", api, workload, clients, warmup, seed);
                System.out.printf("  %,d requests, %.1f signals/s, %,d failed%n", stats.requests(), stats.throughput(),
                        stats.failures());
                failed |= stats.failures() > 0;
                if (stats.failures() > 0) {
                    stats.print("warmup");
                }
            }
            if (!duration.isZero()) {
                System.out.printf("Phase A: closed loop, %d clients, %d s%n", clients, duration.toSeconds());
                CpuUsage.Snapshot before = cpu.take();
                PhaseStats stats = ClosedLoop.run("phase A", api, workload, clients, duration, seed + 1);
                String usage = cpu.describe(before, cpu.take(), stats.requests());
                stats.print("phase_a");
                System.out.println("  " + usage);
                System.out.println("RESULT phase_a_cpu=" + usage.lines().findFirst().orElse(""));
                System.out.println("RESULT phase_a_backlog=" + RunCounters.incompleteEvents(connection));
                failed |= stats.failures() > 0;
            }
            if (!openDuration.isZero()) {
                System.out.printf("Phase B: open loop, %.0f signals/s for %d s (latency from the intended send time)%n",
                        rate, openDuration.toSeconds());
                CpuUsage.Snapshot before = cpu.take();
                OpenLoop.Result result = OpenLoop.run("phase B", api, workload, rate, openDuration, maxInFlight, seed + 2);
                String usage = cpu.describe(before, cpu.take(), result.stats().requests());
                result.stats().print("phase_b");
                System.out.println("  " + usage);
                System.out.println("RESULT phase_b_cpu=" + usage.lines().findFirst().orElse(""));
                System.out.println("RESULT phase_b_backlog=" + RunCounters.incompleteEvents(connection));
                System.out.printf("  sender lag max %.1f ms%s%n", result.maxSendLagMillis(), result.capReached()
                        ? " (the cap of %d requests in flight was reached: the service fell behind)".formatted(maxInFlight)
                        : " (how late the sender itself got: CPU contention; it counts in the latencies)");
                if (!result.drained()) {
                    System.out.println("!!! phase B: requests still unanswered 60 s after the last was sent");
                }
                failed |= result.stats().failures() > 0 || !result.drained();
            }
            if (workload.freshYouthCount() > 0) {
                int taken = workload.freshYouthsTaken();
                System.out.printf("Registrations of new youths (warm-up included): %,d, for the %,d in %s%s%n", taken,
                        workload.freshYouthCount(), youthsFile, taken > workload.freshYouthCount()
                                ? " (more than it has: it went around, registering youths of this run again)" : "");
            }
            RunCounters settled = settle(connection, api.keyPrefix(), runStart, settle);
            long signals = settled.signals();
            // The whole run, warm-up to settled: every request's transaction and the after-commit work it caused; with
            // the matches and notices a signal made, which grow as a database's runs register on the same youths, so
            // that two runs' figures can be compared.
            String work = DbWork.perSignal(workBefore, DbWork.take(connection), signals);
            if (signals > 0) {
                work += "; a signal made %.2f new matches (pairs) and %.2f notices".formatted(
                        (double) settled.matchPairs() / signals, (double) settled.notices() / signals);
            }
            String runCpu = cpu.describe(runBefore, cpu.take(), signals).lines().findFirst().orElse("");
            System.out.println("Per signal registered, warm-up to settled: " + work);
            System.out.println("RESULT run_db_work=" + work);
            System.out.println("RESULT run_cpu=" + runCpu);
        }
        if (failed) {
            System.out.println("!!! Some requests failed: see the lines marked !!! above and the service log.");
            System.exit(3);
        }
    }

    private static long backendPid(Connection connection) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Waits until every notice of the run has been e-mailed and no event publication is outstanding. @return what the
     * run left then
     */
    private static RunCounters settle(Connection connection, String keyPrefix, Instant runStart, Duration limit)
            throws Exception {
        long start = System.nanoTime();
        RunCounters counters = RunCounters.of(connection, keyPrefix, runStart);
        counters.print("at the end of the load");
        while (RunCounters.pending(connection) > 0 && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(1_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        counters = RunCounters.of(connection, keyPrefix, runStart);
        counters.print(counters.settled() ? "settled after %.0f s".formatted(seconds) : "NOT settled after %.0f s".formatted(seconds));
        System.out.printf("RESULT run_signals=%d%nRESULT run_match_pairs=%d%nRESULT run_notices=%d%n",
                counters.signals(), counters.matchPairs(), counters.notices());
        System.out.printf("RESULT settle_seconds=%.0f%nRESULT settled=%s%n", seconds, counters.settled());
        return counters;
    }
}
