package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * A breadth-first search over the edge lists, from one lot, forward or backward. Each lot is visited once, so the
 * search ends on cyclic data after at most one step per reachable edge; the depth it records is the shortest path
 * length. It records the edges it followed (by id) so that the result can show paths and cycles later without
 * searching the graph again.
 *
 * <p>Not thread-safe; one instance serves one search, under the graph's read lock.
 */
final class TraceSearch {

    final int[] lots;
    final int[] depths;
    final int lotCount;
    /** The ids of the edges followed. */
    final int[] edges;
    /** For each edge followed, the slot of the lot it was followed from. */
    final int[] edgeFrom;
    /** For each edge followed, the slot of the lot it led to. */
    final int[] edgeTo;
    final int edgeCount;
    final boolean depthLimitReached;

    private TraceSearch(int[] lots, int[] depths, int lotCount, int[] edges, int[] edgeFrom, int[] edgeTo,
            int edgeCount, boolean depthLimitReached) {
        this.lots = lots;
        this.depths = depths;
        this.lotCount = lotCount;
        this.edges = edges;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        this.edgeCount = edgeCount;
        this.depthLimitReached = depthLimitReached;
    }

    /**
     * Searches from {@code origin}; slot 0 of the result is the origin itself at depth 0.
     */
    static TraceSearch run(EdgeStore store, int totalLots, int origin, boolean forward, int maxDepth) {
        VisitMarks marks = VisitMarks.forCurrentThread(totalLots);
        int[] lots = new int[16];
        int[] depths = new int[16];
        int[] edges = new int[16];
        int[] edgeFrom = new int[16];
        int[] edgeTo = new int[16];
        int lotCount = 1;
        int edgeCount = 0;
        boolean limitReached = false;
        lots[0] = origin;
        marks.visit(origin, 0);
        for (int head = 0; head < lotCount; head++) {
            int lot = lots[head];
            int depth = depths[head];
            int edge = forward ? store.firstOut(lot) : store.firstIn(lot);
            if (depth >= maxDepth) {
                limitReached |= edge != EdgeStore.END;
                continue;
            }
            while (edge != EdgeStore.END) {
                if (edgeCount == edges.length) {
                    edges = Arrays.copyOf(edges, edgeCount * 2);
                    edgeFrom = Arrays.copyOf(edgeFrom, edgeCount * 2);
                    edgeTo = Arrays.copyOf(edgeTo, edgeCount * 2);
                }
                int next = forward ? store.target(edge) : store.source(edge);
                edges[edgeCount] = edge;
                edgeFrom[edgeCount] = head;
                if (marks.visited(next)) {
                    edgeTo[edgeCount] = marks.slot(next);
                } else {
                    if (lotCount == lots.length) {
                        lots = Arrays.copyOf(lots, lotCount * 2);
                        depths = Arrays.copyOf(depths, lotCount * 2);
                    }
                    marks.visit(next, lotCount);
                    lots[lotCount] = next;
                    depths[lotCount] = depth + 1;
                    edgeTo[edgeCount] = lotCount;
                    lotCount++;
                }
                edgeCount++;
                edge = forward ? store.nextOut(edge) : store.nextIn(edge);
            }
        }
        return new TraceSearch(lots, depths, lotCount, edges, edgeFrom, edgeTo, edgeCount, limitReached);
    }
}
