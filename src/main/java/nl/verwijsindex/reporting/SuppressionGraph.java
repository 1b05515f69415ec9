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
    private int[][] cellsOfNodes;
    private int[][] othersOfNodes;

    SuppressionGraph(int rows, int periods, boolean periodsAddUp, boolean rowsAddUp) {
        this.rows = rows;
        this.periods = periods;
        this.periodsAddUp = periodsAddUp;
        this.rowsAddUp = rowsAddUp;
    }

    /**
     * Hides, for each suppressed cell whose value follows from the others (in row and period order), the cheapest
     * shown cells that put it on a cycle ({@link #cycleThrough}), until none is left: the same cells as asking
     * {@link #firstExposed} again after each, in one pass over the table with the bridges kept up to date.
     */
    void closeAll(boolean[][] suppressed, long[][] cost) {
        int free = rows + periods;
        OnlineBridges bridges = new OnlineBridges(free + 1);
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                if (suppressed[r][p]) {
                    bridges.add(rowNode(r, free), periodNode(p, free));
                }
            }
        }
        long[] weight = weights(suppressed, cost);
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                if (!suppressed[r][p] || !bridges.bridge(rowNode(r, free), periodNode(p, free))) {
                    continue;
                }
                List<int[]> hide = cycleThrough(new int[] {r, p}, suppressed, weight);
                if (hide.isEmpty()) {
                    return; // no cycle possible: cannot happen, every cell lies on its row's and its period's sum
                }
                for (int[] c : hide) {
                    suppressed[c[0]][c[1]] = true;
                    weight[c[0] * periods + c[1]] = 0;
                    bridges.add(rowNode(c[0], free), periodNode(c[1], free));
                }
            }
        }
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
     * when there is no such path. Dijkstra with a heap over the cells of each sum, so a table of thousands of rows
     * takes milliseconds (issue 17); ties go as in a scan of the nodes and cells in order: the lowest node first,
     * the first cell found. The heap is an indexed binary heap of node numbers ordered by (distance, node), which
     * takes the nodes in the very order a heap of (distance, node) entries with stale ones skipped takes them, without
     * an object per step (issue 17, docs/adr/0048).
     */
    List<int[]> cycleThrough(int[] exposed, boolean[][] suppressed, long[][] cost) {
        return cycleThrough(exposed, suppressed, weights(suppressed, cost));
    }

    /** Per cell ({@code row * periods + period}): what it costs to hide it, 0 when it is hidden already. */
    private long[] weights(boolean[][] suppressed, long[][] cost) {
        long[] weight = new long[rows * periods];
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < periods; p++) {
                weight[r * periods + p] = suppressed[r][p] ? 0 : cost[r][p];
            }
        }
        return weight;
    }

    /** {@link #cycleThrough(int[], boolean[][], long[][])} with the cells' {@link #weights}. */
    private List<int[]> cycleThrough(int[] exposed, boolean[][] suppressed, long[] weight) {
        int free = rows + periods;
        int nodes = free + 1;
        int[][] cells = cellsOfNodes();
        int[][] others = othersOfNodes;
        int from = rowNode(exposed[0], free);
        int to = periodNode(exposed[1], free);
        int skipped = exposed[0] * periods + exposed[1];
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        boolean[] done = new boolean[nodes];
        NodeHeap queue = new NodeHeap(nodes, distance);
        distance[from] = 0;
        queue.offer(from);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (node == to) {
                break;
            }
            done[node] = true;
            int[] cellsOfNode = cells[node];
            int[] othersOfNode = others[node];
            for (int i = 0; i < cellsOfNode.length; i++) {
                int cell = cellsOfNode[i];
                if (cell == skipped) {
                    continue;
                }
                int other = othersOfNode[i];
                if (done[other]) {
                    continue;
                }
                long d = distance[node] + weight[cell];
                if (d < distance[other]) {
                    distance[other] = d;
                    via[other] = cell;
                    queue.offer(other);
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
            int a = rowNode(r, free);
            node = a == node ? periodNode(p, free) : a;
        }
        return path;
    }

    /**
     * Per node (sum), its cells ({@code row * periods + period}) in row and period order, without loops; and beside
     * them ({@code othersOfNodes}) the other sum each cell is part of.
     */
    private int[][] cellsOfNodes() {
        if (cellsOfNodes != null) {
            return cellsOfNodes;
        }
        int free = rows + periods;
        int[][] cells = new int[free + 1][];
        int[][] others = new int[free + 1][];
        int[] filled = new int[free + 1];
        for (int pass = 0; pass < 2; pass++) { // first count each node's cells, then fill them in
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    int a = rowNode(r, free);
                    int b = periodNode(p, free);
                    if (a == b) {
                        continue;
                    }
                    for (int n : new int[] {a, b}) {
                        if (pass == 0) {
                            filled[n]++;
                        } else {
                            others[n][filled[n]] = n == a ? b : a;
                            cells[n][filled[n]++] = r * periods + p;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int n = 0; n <= free; n++) {
                    cells[n] = new int[filled[n]];
                    others[n] = new int[filled[n]];
                }
                Arrays.fill(filled, 0);
            }
        }
        cellsOfNodes = cells;
        othersOfNodes = others;
        return cells;
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
