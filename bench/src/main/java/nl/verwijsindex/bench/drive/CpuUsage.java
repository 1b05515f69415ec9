package nl.verwijsindex.bench.drive;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's CPU went during a phase, from /proc (Linux): the service, PostgreSQL (the
 * postmaster and its backends), this load generator, and everything else. On a 2-core machine the three
 * share the CPU, so this tells what a throughput figure is bounded by, and shows when something else
 * (a build, a test run) was competing.
 */
final class CpuUsage {

    /** Clock ticks, in USER_HZ (100 per second on Linux); serviceThreads by kind of thread. */
    record Snapshot(long machineBusy, long machineTotal, long service, long postgres, long self, long standIn,
                    Map<String, Long> serviceThreads) {
    }

    /** Kinds of service threads, by the start of their (15-character) Linux thread name. */
    private static final Map<String, String> THREAD_KINDS = new LinkedHashMap<>();

    static {
        THREAD_KINDS.put("http-nio", "HTTP requests");
        THREAD_KINDS.put("task-", "async notices");
        THREAD_KINDS.put("smtp", "in-process SMTP");
        THREAD_KINDS.put("C1 Compiler", "JIT");
        THREAD_KINDS.put("C2 Compiler", "JIT");
        THREAD_KINDS.put("GC ", "GC");
        THREAD_KINDS.put("G1 ", "GC");
    }

    private final long servicePid;
    private final long postmasterPid;
    private final long standInPid;

    /**
     * @param servicePid    0 when unknown; @param postmasterPid 0 when PostgreSQL is not on this machine
     * @param standInPid    the stand-in person register in a JVM of its own (run.sh --brp-apart), else 0
     */
    CpuUsage(long servicePid, long postmasterPid, long standInPid) {
        this.servicePid = servicePid;
        this.postmasterPid = postmasterPid;
        this.standInPid = standInPid;
    }

    /** The postmaster of a backend, if that backend is a local postgres process. */
    static long postmasterOf(long backendPid) {
        try {
            Path proc = Path.of("/proc", Long.toString(backendPid));
            if (!Files.readString(proc.resolve("comm")).trim().equals("postgres")) {
                return 0;
            }
            return field(Files.readString(proc.resolve("stat")), 4);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    Snapshot take() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new Snapshot(total - idle, total, processTicks(servicePid), postgresTicks(),
                    processTicks(ProcessHandle.current().pid()), processTicks(standInPid), serviceThreadTicks());
        } catch (IOException e) {
            return new Snapshot(0, 0, 0, 0, 0, 0, Map.of());
        }
    }

    /** "busy 1.95 of 2 cores: service 0.98, postgres 0.55, load generator 0.27, other 0.15", and CPU ms per request. */
    String describe(Snapshot from, Snapshot to, long requests) {
        long total = to.machineTotal() - from.machineTotal();
        if (total <= 0) {
            return "CPU: not measured";
        }
        int cores = Runtime.getRuntime().availableProcessors();
        long busy = to.machineBusy() - from.machineBusy();
        long service = to.service() - from.service();
        long postgres = to.postgres() - from.postgres();
        long self = to.self() - from.self();
        long standIn = to.standIn() - from.standIn();
        long other = Math.max(0, busy - service - postgres - self - standIn);
        double perCore = (double) cores / total;
        double wallSeconds = total / 100.0 / cores;
        String perRequest = requests == 0 ? "" : "; CPU per request: service %.1f ms, postgres %.1f ms%s".formatted(
                service * 10.0 / requests, postgres * 10.0 / requests,
                standInPid == 0 ? "" : ", stand-in register %.1f ms".formatted(standIn * 10.0 / requests));
        StringBuilder threads = new StringBuilder();
        long[] live = {0};
        to.serviceThreads().forEach((kind, ticks) -> {
            long used = ticks - from.serviceThreads().getOrDefault(kind, 0L);
            live[0] += used;
            threads.append(threads.length() == 0 ? "" : ", ").append(kind).append(" %.2f".formatted(used * perCore));
        });
        if (threads.length() > 0) {
            // A thread that ended during the phase is in the process's total but in no thread's: mostly the
            // in-process SMTP server's, which runs one short-lived thread per connection.
            threads.append(", ended threads (mostly in-process SMTP) %.2f".formatted(Math.max(0, service - live[0]) * perCore));
        }
        return "CPU over %.0f s: busy %.2f of %d cores = service %.2f, postgres %.2f, load generator %.2f, %sother %.2f%s%s"
                .formatted(wallSeconds, busy * perCore, cores, service * perCore, postgres * perCore, self * perCore,
                        standInPid == 0 ? "" : "stand-in register %.2f, ".formatted(standIn * perCore),
                        other * perCore, perRequest,
                        other * perCore > 0.2 ? "  <<< other processes competed for the CPU: figures are low" : "")
                + (threads.length() == 0 ? "" : "\n    service threads (cores): " + threads);
    }

    private Map<String, Long> serviceThreadTicks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        if (servicePid == 0) {
            return ticks;
        }
        THREAD_KINDS.values().forEach(kind -> ticks.put(kind, 0L));
        ticks.put("other", 0L);
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", Long.toString(servicePid), "task"))) {
            for (Path thread : threads) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String kind = THREAD_KINDS.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                            .map(Map.Entry::getValue).findFirst().orElse("other");
                    ticks.merge(kind, field(stat, 14) + field(stat, 15), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    private long postgresTicks() {
        if (postmasterPid == 0) {
            return 0;
        }
        // The postmaster's own time and that of its children that ended (cutime, cstime: fields 16 and 17), so a
        // backend that ends during a phase does not take its time out of the sum.
        long sum = processTicks(postmasterPid) + reapedChildrenTicks(postmasterPid);
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (field(stat, 4) == postmasterPid) {
                        sum += field(stat, 14) + field(stat, 15);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    private static long reapedChildrenTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return field(stat, 16) + field(stat, 17);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long processTicks(long pid) {
        if (pid == 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return field(stat, 14) + field(stat, 15);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Field n (1-based, as in proc(5)) of a /proc/pid/stat line; the command name may contain spaces. */
    private static long field(String stat, int n) {
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(rest[n - 3]);
    }
}
