package nl.verwijsindex.bench.drive;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.verwijsindex.bench.drive.Workload.Registration;

/**
 * A fixed number of clients, each sending its next registration as soon as the previous one is answered:
 * measures how many registrations per second the service sustains (its capacity at this concurrency).
 */
final class ClosedLoop {

    private ClosedLoop() {
    }

    static PhaseStats run(String name, SignalApi api, Workload workload, int clients, Duration duration, long seed)
            throws InterruptedException {
        PhaseStats stats = new PhaseStats(name);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SplittableRandom random = new SplittableRandom(seed * 31 + i);
            Thread thread = new Thread(() -> loop(api, workload, random, deadline, stats), name + "-client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        // Requests in flight at the deadline finish after it; they count, and so does the time they took.
        stats.finish((System.nanoTime() - start) / 1e9);
        return stats;
    }

    private static void loop(SignalApi api, Workload workload, SplittableRandom random, long deadline, PhaseStats stats) {
        while (System.nanoTime() < deadline) {
            Registration registration = workload.next(random);
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = api.send(registration);
                stats.record(response, System.nanoTime() - sent);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                stats.recordError(e, System.nanoTime() - sent);
            }
        }
    }
}
