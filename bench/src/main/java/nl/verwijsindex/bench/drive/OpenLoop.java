package nl.verwijsindex.bench.drive;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import nl.verwijsindex.bench.drive.Workload.Registration;

/**
 * Registrations arriving at a fixed rate, whether or not earlier ones have been answered, as the
 * organisations' systems send them. Each latency is measured from the moment the request was due, not
 * from when it was actually sent, so a service that falls behind shows its queueing in the figures
 * (no coordinated omission). Requests in flight are capped so a stalled service cannot exhaust sockets;
 * at the cap the sender waits, and that wait counts in the latencies too.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    record Result(PhaseStats stats, double maxSendLagMillis, boolean capReached, boolean drained) {
    }

    static Result run(String name, SignalApi api, Workload workload, double ratePerSecond, Duration duration,
                      int maxInFlight, long seed) throws InterruptedException {
        PhaseStats stats = new PhaseStats(name);
        SplittableRandom random = new SplittableRandom(seed);
        Semaphore inFlight = new Semaphore(maxInFlight);
        long total = Math.round(ratePerSecond * duration.toMillis() / 1000.0);
        double intervalNanos = 1e9 / ratePerSecond;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long maxLag = 0;
        boolean capReached = false;
        for (long i = 0; i < total; i++) {
            long due = start + Math.round(i * intervalNanos);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Registration registration = workload.next(random);
            if (!inFlight.tryAcquire()) {
                capReached = true;
                inFlight.acquire();
            }
            maxLag = Math.max(maxLag, System.nanoTime() - due);
            api.sendAsync(registration).whenComplete((response, error) -> {
                long latency = System.nanoTime() - due;
                if (error != null) {
                    stats.recordError(error, latency);
                } else {
                    stats.record(response, latency);
                }
                inFlight.release();
            });
        }
        boolean drained = inFlight.tryAcquire(maxInFlight, 60, TimeUnit.SECONDS);
        stats.finish((System.nanoTime() - start) / 1e9);
        return new Result(stats, maxLag / 1e6, capReached, drained);
    }
}
