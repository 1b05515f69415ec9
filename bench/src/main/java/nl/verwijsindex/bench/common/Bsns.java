package nl.verwijsindex.bench.common;

import java.util.SplittableRandom;

/**
 * Valid burgerservicenummers (the elfproef: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11, not 0),
 * from two disjoint spaces chosen by the last digit of the eight-digit prefix: 0-7 for the youths of the
 * loaded history, 8-9 for the new youths the load generator registers. A "new" youth therefore never
 * turns out to be one of the history by accident.
 */
public final class Bsns {

    private static final long PREFIXES = 100_000_000L;
    // k -> (k * A + B) mod 10^8 is a bijection when A is coprime with 10, so the history's BSNs are
    // spread over the whole number range rather than counting up from 00000000.
    private static final long A = 73_939_133L;
    private static final long B = 12_345_677L;

    private Bsns() {
    }

    /** The history's BSNs in a fixed order: the same seed-independent sequence in every run. */
    public static final class HistorySequence {

        private long k;

        public String next() {
            while (true) {
                long prefix = Math.floorMod(k++ * A + B, PREFIXES);
                if (prefix % 10 < 8) {
                    String bsn = withCheckDigit(prefix);
                    if (bsn != null) {
                        return bsn;
                    }
                }
            }
        }
    }

    /** A random BSN from the space of new youths. */
    public static String fresh(SplittableRandom random) {
        while (true) {
            long prefix = random.nextLong(PREFIXES / 10) * 10 + 8 + random.nextInt(2);
            String bsn = withCheckDigit(prefix);
            if (bsn != null) {
                return bsn;
            }
        }
    }

    /** @return the nine-digit BSN with this prefix, or null when no check digit makes it valid */
    static String withCheckDigit(long prefix) {
        String digits = String.format("%08d", prefix);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        int check = sum % 11;
        // A remainder of 10 has no digit; a weighted sum below 11 would make the total 0, which is refused.
        if (check == 10 || sum < 11) {
            return null;
        }
        return digits + check;
    }

    public static boolean isValid(String bsn) {
        if (bsn.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = bsn.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            sum += (i == 8 ? -1 : 9 - i) * d;
        }
        return sum != 0 && sum % 11 == 0;
    }
}
