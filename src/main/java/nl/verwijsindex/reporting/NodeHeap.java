// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.util.Arrays;

/**
 * The nodes waiting in {@link SuppressionGraph}'s search, smallest (distance, node) first; a node whose distance fell
 * moves up in place (no stale entries), so the search needs no object per step (issue 17, docs/adr/0048).
 */
final class NodeHeap {

    private final int[] heap;
    private final int[] position;
    private final long[] distance;
    private int size;

    NodeHeap(int nodes, long[] distance) {
        this.heap = new int[nodes];
        this.position = new int[nodes];
        this.distance = distance;
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds the node, or moves it up after its distance fell. */
    void offer(int node) {
        int at = position[node];
        if (at < 0) {
            at = size++;
            heap[at] = node;
            position[node] = at;
        }
        up(at);
    }

    int poll() {
        int first = heap[0];
        position[first] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            down(0);
        }
        return first;
    }

    private boolean before(int a, int b) {
        return distance[a] < distance[b] || (distance[a] == distance[b] && a < b);
    }

    private void up(int at) {
        int node = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(node, heap[parent])) {
                break;
            }
            heap[at] = heap[parent];
            position[heap[at]] = at;
            at = parent;
        }
        heap[at] = node;
        position[node] = at;
    }

    private void down(int at) {
        int node = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], node)) {
                break;
            }
            heap[at] = heap[child];
            position[heap[at]] = at;
            at = child;
        }
        heap[at] = node;
        position[node] = at;
    }
}
