// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * R-REPORTS, issue 17 (speed, docs/adr/0048): the search for the cheapest cells to hide runs on an indexed heap of
 * node numbers instead of a queue of objects; it must hide exactly the cells the search it replaced hid (kept here as
 * the reference, from before the change), ties included, on generated tables of many rows with many small counts and
 * zeros, so a published report does not change.
 */
class SuppressionGraphTest {

    @Test
    void R_REPORTS_theHeapSearchHidesTheSameCellsAsTheQueueSearchItReplaced() {
        Random random = new Random(48);
        int compared = 0;
        for (int run = 0; run < 60; run++) {
            int periods = new int[] {1, 5, 13}[random.nextInt(3)];
            boolean periodsAddUp = periods > 1;
            boolean rowsAddUp = random.nextBoolean();
            int rows = 2 + random.nextInt(300);
            int[][] counts = new int[rows][periods];
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    int kind = random.nextInt(5);
                    // Many ties: few distinct counts, so the order of equal paths decides.
                    counts[r][p] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : 5 + random.nextInt(3);
                }
            }
            boolean[][] suppressed = new boolean[rows][periods];
            long[][] cost = new long[rows][periods];
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    suppressed[r][p] = counts[r][p] >= 1 && counts[r][p] <= 4;
                    cost[r][p] = counts[r][p] == 0 ? 1_000_000_000_000L : 1_000_000L + counts[r][p];
                }
            }
            SuppressionGraph graph = new SuppressionGraph(rows, periods, periodsAddUp, rowsAddUp);
            for (int[] exposed = graph.firstExposed(suppressed);
                    exposed != null;
                    exposed = graph.firstExposed(suppressed)) {
                List<int[]> heap = graph.cycleThrough(exposed, suppressed, cost);
                List<int[]> queue = reference(rows, periods, periodsAddUp, rowsAddUp, exposed, suppressed, cost);
                assertThat(heap.toArray(int[][]::new))
                        .as("run %d, cell %s", run, Arrays.toString(exposed))
                        .isDeepEqualTo(queue.toArray(int[][]::new));
                compared++;
                if (heap.isEmpty()) {
                    break;
                }
                heap.forEach(c -> suppressed[c[0]][c[1]] = true);
            }
        }
        assertThat(compared).as("searches compared").isGreaterThan(500);
    }

    /** The search as it was before issue 17's speed work: Dijkstra on a priority queue of (distance, node) entries. */
    private static List<int[]> reference(
            int rows,
            int periods,
            boolean periodsAddUp,
            boolean rowsAddUp,
            int[] exposed,
            boolean[][] suppressed,
            long[][] cost) {
        int free = rows + periods;
        int nodes = free + 1;
        List<List<Integer>> cellsOf = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            cellsOf.add(new ArrayList<>());
        }
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                int a = periodsAddUp ? r : free;
                int b = rowsAddUp ? rows + p : free;
                if (a != b) {
                    cellsOf.get(a).add(r * periods + p);
                    cellsOf.get(b).add(r * periods + p);
                }
            }
        }
        int from = periodsAddUp ? exposed[0] : free;
        int to = rowsAddUp ? rows + exposed[1] : free;
        int skipped = exposed[0] * periods + exposed[1];
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        boolean[] done = new boolean[nodes];
        distance[from] = 0;
        PriorityQueue<long[]> queue =
                new PriorityQueue<>(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        queue.add(new long[] {0, from});
        while (!queue.isEmpty()) {
            long[] next = queue.poll();
            int node = (int) next[1];
            if (done[node] || next[0] != distance[node]) {
                continue;
            }
            if (node == to) {
                break;
            }
            done[node] = true;
            for (int cell : cellsOf.get(node)) {
                if (cell == skipped) {
                    continue;
                }
                int r = cell / periods;
                int p = cell % periods;
                int a = periodsAddUp ? r : free;
                int other = a == node ? (rowsAddUp ? rows + p : free) : a;
                if (done[other]) {
                    continue;
                }
                long d = distance[node] + (suppressed[r][p] ? 0 : cost[r][p]);
                if (d < distance[other]) {
                    distance[other] = d;
                    via[other] = cell;
                    queue.add(new long[] {d, other});
                }
            }
        }
        List<int[]> path = new ArrayList<>();
        if (distance[to] == Long.MAX_VALUE) {
            return path;
        }
        for (int node = to; node != from; ) {
            int r = via[node] / periods;
            int p = via[node] % periods;
            if (!suppressed[r][p]) {
                path.add(new int[] {r, p});
            }
            int a = periodsAddUp ? r : free;
            node = a == node ? (rowsAddUp ? rows + p : free) : a;
        }
        return path;
    }
}
