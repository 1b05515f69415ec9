// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.oprf;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.time.Duration;

/**
 * A command, not a test (bench/oprf.sh): OPRF operations per second on one thread, where one operation is what a
 * pseudonym costs the three parties together: Blind (region), BlindEvaluate (pseudonym service), unblind and
 * Finalize (recipient). Also each step alone. Arguments: seconds per measurement (default 5).
 */
public final class OprfBenchmark {

    private OprfBenchmark() {}

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 5;
        byte[] key = Oprf.randomSecretKey();
        byte[][] inputs = new byte[1024][];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = ("NL|BSN|" + (100_000_000 + i * 9_973)).getBytes(US_ASCII);
        }
        Oprf.Blinded sample = Oprf.blind(inputs[0]);
        byte[] evaluated = Oprf.blindEvaluate(key, sample.blindedElement());

        measure("warm-up", Duration.ofSeconds(Math.max(1, seconds / 2)), i -> full(key, inputs[i % inputs.length]));
        double full = measure(
                "blind+evaluate+finalize", Duration.ofSeconds(seconds), i -> full(key, inputs[i % inputs.length]));
        measure("blind", Duration.ofSeconds(seconds), i -> Oprf.blind(inputs[i % inputs.length]));
        measure("evaluate", Duration.ofSeconds(seconds), i -> Oprf.blindEvaluate(key, sample.blindedElement()));
        measure("finalize", Duration.ofSeconds(seconds), i -> Oprf.finalize(inputs[0], sample.blind(), evaluated));
        System.out.printf("OPRF operations per second (one thread, blind+evaluate+finalize): %.0f%n", full);
        System.out.printf("Available processors: %d%n", Runtime.getRuntime().availableProcessors());
    }

    private static Object full(byte[] key, byte[] input) {
        Oprf.Blinded blinded = Oprf.blind(input);
        return Oprf.finalize(input, blinded.blind(), Oprf.blindEvaluate(key, blinded.blindedElement()));
    }

    private interface Step {
        Object run(int i);
    }

    private static double measure(String name, Duration duration, Step step) {
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        int count = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            sink ^= step.run(count).hashCode();
            count++;
        }
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%-26s %10.0f per second (%d in %s; %d)%n", name, perSecond, count, duration, sink & 1);
        return perSecond;
    }
}
