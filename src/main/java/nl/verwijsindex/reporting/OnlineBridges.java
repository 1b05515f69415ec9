// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The bridges of a multigraph to which edges are only added, kept up to date as they come ("finding bridges online":
 * a spanning forest of the two-edge-connected components, each kept in a union-find). An edge is a bridge while its
 * two ends lie in different two-edge-connected components; an added edge never makes another edge a bridge. For
 * {@link SuppressionGraph}: a table of thousands of rows needs one pass, not one search for bridges per hidden cell.
 */
final class OnlineBridges {

    private final int[] parent;
    private final int[] twoEdge;
    private final int[] component;
    private final int[] componentSize;
    private final int[] lastVisit;
    private int lcaRound;

    OnlineBridges(int nodes) {
        parent = new int[nodes];
        twoEdge = new int[nodes];
        component = new int[nodes];
        componentSize = new int[nodes];
        lastVisit = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            parent[n] = -1;
            twoEdge[n] = n;
            component[n] = n;
            componentSize[n] = 1;
        }
    }

    /** Whether an edge between these nodes, added before, is a bridge now. A loop never is. */
    boolean bridge(int a, int b) {
        return twoEdgeOf(a) != twoEdgeOf(b);
    }

    void add(int a, int b) {
        a = twoEdgeOf(a);
        b = twoEdgeOf(b);
        if (a == b) {
            return;
        }
        int ca = componentOf(a);
        int cb = componentOf(b);
        if (ca != cb) {
            if (componentSize[ca] > componentSize[cb]) {
                int t = a;
                a = b;
                b = t;
                t = ca;
                ca = cb;
                cb = t;
            }
            makeRoot(a);
            parent[a] = b;
            component[a] = b;
            componentSize[cb] += componentSize[a];
        } else {
            mergePath(a, b);
        }
    }

    private int twoEdgeOf(int v) {
        int root = v;
        while (twoEdge[root] != root) {
            root = twoEdge[root];
        }
        while (twoEdge[v] != root) {
            int next = twoEdge[v];
            twoEdge[v] = root;
            v = next;
        }
        return root;
    }

    private int componentOf(int v) {
        int root = twoEdgeOf(v);
        while (component[root] != root) {
            root = twoEdgeOf(component[root]);
        }
        for (int at = twoEdgeOf(v); at != root; ) {
            int next = twoEdgeOf(component[at]);
            component[at] = root;
            at = next;
        }
        return root;
    }

    /** Makes v (a component's representative) the root of its tree, reversing the path from v to the old root. */
    private void makeRoot(int v) {
        int root = v;
        int child = -1;
        while (v != -1) {
            int up = parent[v] == -1 ? -1 : twoEdgeOf(parent[v]);
            parent[v] = child;
            component[v] = root;
            child = v;
            v = up;
        }
        componentSize[root] = componentSize[child];
    }

    /**
     * An edge within a tree: the path between its ends becomes one two-edge-connected component. Walks up from both
     * ends in turn until one meets a node the other passed (their lowest common ancestor).
     */
    private void mergePath(int a, int b) {
        lcaRound++;
        int[] ends = {a, b};
        List<List<Integer>> paths = List.of(new ArrayList<>(), new ArrayList<>());
        int lca = -1;
        while (lca == -1) {
            for (int side = 0; side < 2 && lca == -1; side++) {
                if (ends[side] == -1) {
                    continue;
                }
                int v = twoEdgeOf(ends[side]);
                paths.get(side).add(v);
                if (lastVisit[v] == lcaRound) {
                    lca = v;
                } else {
                    lastVisit[v] = lcaRound;
                    ends[side] = parent[v];
                }
            }
        }
        for (List<Integer> path : paths) {
            for (int v : path) {
                twoEdge[v] = lca;
                if (v == lca) {
                    break;
                }
            }
        }
    }
}
