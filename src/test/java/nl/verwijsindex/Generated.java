// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Inputs generated from a seed, for tests that check a rule over many values rather than a few chosen ones.
 * The seed is fixed, so every run checks the same cases and a failure can be repeated; run with
 * {@code -Dverwijsindex.test.seed=<n>} to check others. Use with {@link ForGeneratedCases}, which names each case's
 * seed and number in the test's name and in its failure.
 */
public final class Generated {

    public static final String SEED_PROPERTY = "verwijsindex.test.seed";
    private static final long DEFAULT_SEED = 20_261_204L;
    private static final String DIGITS = "0123456789";
    private static final String TYPED = "0123456789 .-";

    private Generated() {}

    public static long seed() {
        return Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
    }

    /**
     * {@code count} cases, each drawn from a generator of its own split off the seed's, so a case is the same
     * however much the cases before it drew.
     */
    public static <T> Stream<Case<T>> cases(int count, Function<SplittableRandom, T> generator) {
        long seed = seed();
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> randoms =
                IntStream.range(0, count).mapToObj(i -> root.split()).toList();
        return IntStream.range(0, count).mapToObj(i -> new Case<>(seed, i + 1, generator.apply(randoms.get(i))));
    }

    /** One of the values, each as likely. */
    @SafeVarargs
    public static <T> T oneOf(SplittableRandom random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Text of up to {@code maxLength} characters: mostly digits, digits as people type them, printable ASCII, or
     * any character at all (control characters and lone surrogates included), the kinds of input that go wrong.
     */
    public static String text(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        int kind = random.nextInt(4);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(
                    switch (kind) {
                        case 0 -> DIGITS.charAt(random.nextInt(DIGITS.length()));
                        case 1 -> TYPED.charAt(random.nextInt(TYPED.length()));
                        case 2 -> (char) (' ' + random.nextInt(95));
                        default -> (char) random.nextInt(Character.MAX_VALUE + 1);
                    });
        }
        return text.toString();
    }

    /** Digits only, {@code minLength} to {@code maxLength} of them. */
    public static String digits(SplittableRandom random, int minLength, int maxLength) {
        StringBuilder digits = new StringBuilder();
        int length = random.nextInt(minLength, maxLength + 1);
        for (int i = 0; i < length; i++) {
            digits.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        return digits.toString();
    }

    /** A generated value with what it takes to make it again. */
    public record Case<T>(long seed, int number, T value) {

        @Override
        public String toString() {
            return "case " + number + " of seed " + seed + ": " + value;
        }
    }
}
