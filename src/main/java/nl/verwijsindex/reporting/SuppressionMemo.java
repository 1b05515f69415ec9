// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The cells {@link Publication#suppress} hid for a measure's table, remembered by what went in (issue 17,
 * docs/adr/0052): the suppression is a function of the exact counts and whether the periods and rows add up, and
 * nothing else, so a table with the same counts gets the same cells, and a table with any other count is another key.
 * Nothing is invalidated: when a fact arrives, a name changes or an organisation is merged into "other", the counts
 * that go in differ and the cells are worked out again. The key is the SHA-256 of the table's size, flags and counts,
 * so no count is kept here (only which cells were hidden); the most recently used {@link #CAPACITY} tables are kept,
 * a few kilobytes each. A report's JSON, CSV and spreadsheet share its tables, and so do repeated requests.
 */
final class SuppressionMemo {

    /**
     * Tables remembered: each a bit per cell (a month's report over every organisation: about 3.6 kB a measure). The
     * JVM system property {@code verwijsindex.reports.suppression-memo-tables} sets another number; 0 remembers
     * nothing, which the benchmark uses to time the work a table not seen before costs (bench/README.md).
     */
    static final int CAPACITY = Math.max(0, Integer.getInteger("verwijsindex.reports.suppression-memo-tables", 2048));

    private static final Map<Key, long[]> REMEMBERED = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, long[]> eldest) {
            return size() > CAPACITY;
        }
    };

    private SuppressionMemo() {}

    /** The suppressed cells of this table: remembered, or worked out by {@code work} and remembered. */
    static boolean[][] suppressed(int[][] counts, boolean periodsAddUp, boolean rowsAddUp, Supplier<boolean[][]> work) {
        if (CAPACITY == 0) {
            return work.get();
        }
        Key key = Key.of(counts, periodsAddUp, rowsAddUp);
        long[] bits;
        synchronized (REMEMBERED) {
            bits = REMEMBERED.get(key);
        }
        int rows = counts.length;
        int periods = counts[0].length;
        if (bits != null) {
            boolean[][] suppressed = new boolean[rows][periods];
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    int i = r * periods + p;
                    suppressed[r][p] = (bits[i >>> 6] & (1L << i)) != 0;
                }
            }
            return suppressed;
        }
        boolean[][] suppressed = work.get();
        long[] worked = new long[(rows * periods + 63) >>> 6];
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                if (suppressed[r][p]) {
                    int i = r * periods + p;
                    worked[i >>> 6] |= 1L << i;
                }
            }
        }
        synchronized (REMEMBERED) {
            REMEMBERED.put(key, worked);
        }
        return suppressed;
    }

    /** For tests: how many tables are remembered. */
    static int size() {
        synchronized (REMEMBERED) {
            return REMEMBERED.size();
        }
    }

    /** The SHA-256 of a table's rows, periods, flags and counts. */
    private record Key(byte[] digest) {

        static Key of(int[][] counts, boolean periodsAddUp, boolean rowsAddUp) {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            int periods = counts[0].length;
            ByteBuffer buffer = ByteBuffer.allocate(Math.max(12, periods * Integer.BYTES));
            buffer.putInt(counts.length).putInt(periods).putInt((periodsAddUp ? 1 : 0) | (rowsAddUp ? 2 : 0));
            sha.update(buffer.array(), 0, 12);
            for (int[] row : counts) {
                buffer.clear();
                for (int count : row) {
                    buffer.putInt(count);
                }
                sha.update(buffer.array(), 0, periods * Integer.BYTES);
            }
            return new Key(sha.digest());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(digest, key.digest);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(digest);
        }

        @Override
        public String toString() {
            return "Key";
        }
    }
}
