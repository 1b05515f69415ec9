// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a suppressed cell of a table whose rows and columns add up can be worked out from the shown cells. Each sum
 * (a row's periods to its year, a period's rows to its total) is a node, each suppressed cell an edge between the two
 * sums it is part of (or a common free node where it is part of none). Shown cells are known, so what is left are
 * equations in the suppressed cells in which every cell occurs twice with opposite sign: its value is fixed exactly
 * when its edge lies on no cycle, that is, when it is a bridge of the graph. Any other suppressed cell can be moved
 * up and down along a cycle without changing a shown figure.
 */
final class SuppressionGraph {

    private final int rows;
    private final int periods;
    private final boolean periodsAddUp;
    private final boolean rowsAddUp;

    SuppressionGraph(int rows, int periods, boolean periodsAddUp, boolean rowsAddUp) {
        this.rows = rows;
        this.periods = periods;
        this.periodsAddUp = periodsAddUp;
        this.rowsAddUp = rowsAddUp;
    }

    /** The first suppressed cell ({@code {row, period}}) whose value follows from the others, or null. */
    int[] firstExposed(boolean[][] suppressed) {
        int free = rows + periods;
        List<int[]> edges = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                if (suppressed[r][p]) {
                    edges.add(new int[] {rowNode(r, free), periodNode(p, free), r, p});
                }
            }
        }
        boolean[] bridge = bridges(free + 1, edges);
        for (int e = 0; e < edges.size(); e++) {
            if (bridge[e]) {
                return new int[] {edges.get(e)[2], edges.get(e)[3]};
            }
        }
        return null;
    }

    /**
     * The shown cells to hide so that {@code exposed} lies on a cycle: the cheapest path between the two sums it is
     * part of through the other cells, a suppressed cell costing nothing and a shown one its {@code cost}. Empty
     * when there is no such path.
     */
    List<int[]> cycleThrough(int[] exposed, boolean[][] suppressed, long[][] cost) {
        int free = rows + periods;
        int nodes = free + 1;
        int from = rowNode(exposed[0], free);
        int to = periodNode(exposed[1], free);
        long[] distance = new long[nodes];
        int[][] via = new int[nodes][];
        Arrays.fill(distance, Long.MAX_VALUE);
        boolean[] done = new boolean[nodes];
        distance[from] = 0;
        for (int round = 0; round < nodes; round++) {
            int node = -1;
            for (int n = 0; n < nodes; n++) {
                if (!done[n] && distance[n] != Long.MAX_VALUE && (node < 0 || distance[n] < distance[node])) {
                    node = n;
                }
            }
            if (node < 0 || node == to) {
                break;
            }
            done[node] = true;
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    if (r == exposed[0] && p == exposed[1]) {
                        continue;
                    }
                    int a = rowNode(r, free);
                    int b = periodNode(p, free);
                    int other = a == node ? b : b == node ? a : -1;
                    if (other < 0 || done[other]) {
                        continue;
                    }
                    long d = distance[node] + (suppressed[r][p] ? 0 : cost[r][p]);
                    if (d < distance[other]) {
                        distance[other] = d;
                        via[other] = new int[] {r, p, node};
                    }
                }
            }
        }
        List<int[]> path = new ArrayList<>();
        if (distance[to] == Long.MAX_VALUE) {
            return path;
        }
        for (int node = to; node != from; node = via[node][2]) {
            if (!suppressed[via[node][0]][via[node][1]]) {
                path.add(new int[] {via[node][0], via[node][1]});
            }
        }
        return path;
    }

    private int rowNode(int row, int free) {
        return periodsAddUp ? row : free;
    }

    private int periodNode(int period, int free) {
        return rowsAddUp ? rows + period : free;
    }

    /** Tarjan's bridges in a multigraph: parallel edges and loops are never bridges. */
    private static boolean[] bridges(int nodes, List<int[]> edges) {
        List<List<int[]>> adjacent = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            adjacent.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            int a = edges.get(e)[0];
            int b = edges.get(e)[1];
            if (a != b) {
                adjacent.get(a).add(new int[] {b, e});
                adjacent.get(b).add(new int[] {a, e});
            }
        }
        int[] order = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(order, -1);
        boolean[] bridge = new boolean[edges.size()];
        int[] counter = {0};
        for (int n = 0; n < nodes; n++) {
            if (order[n] < 0) {
                visit(n, -1, adjacent, order, low, bridge, counter);
            }
        }
        return bridge;
    }

    private static void visit(
            int node,
            int viaEdge,
            List<List<int[]>> adjacent,
            int[] order,
            int[] low,
            boolean[] bridge,
            int[] counter) {
        order[node] = low[node] = counter[0]++;
        for (int[] next : adjacent.get(node)) {
            if (next[1] == viaEdge) {
                continue;
            }
            if (order[next[0]] < 0) {
                visit(next[0], next[1], adjacent, order, low, bridge, counter);
                low[node] = Math.min(low[node], low[next[0]]);
                if (low[next[0]] > order[node]) {
                    bridge[next[1]] = true;
                }
            } else {
                low[node] = Math.min(low[node], order[next[0]]);
            }
        }
    }
}
