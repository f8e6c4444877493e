package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * A breadth-first search over the edge lists, from one lot, forward or backward. Each lot is visited once, so the
 * search ends on cyclic data after at most one step per reachable edge; the depth it records is the shortest path
 * length. It records the edges it followed (by id, with the slots of both ends) so that the result can show paths,
 * quantities and cycles later without searching the graph again.
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

    private int[] lotBuffer = new int[16];
    private int[] depthBuffer = new int[16];
    private int[] edgeBuffer = new int[16];
    private int[] fromBuffer = new int[16];
    private int[] toBuffer = new int[16];
    private int lotsFound;
    private int edgesFound;

    private TraceSearch(EdgeStore store, int totalLots, int origin, boolean forward, int maxDepth) {
        VisitMarks marks = VisitMarks.forCurrentThread(totalLots);
        Adjacency adjacency = forward ? store.out : store.in;
        boolean limitReached = false;
        lotBuffer[0] = origin;
        lotsFound = 1;
        marks.visit(origin, 0);
        for (int head = 0; head < lotsFound; head++) {
            int lot = lotBuffer[head];
            int depth = depthBuffer[head];
            int baseFrom = adjacency.baseFrom(lot);
            int baseTo = adjacency.baseTo(lot);
            int tail = adjacency.tailFirst(lot);
            if (depth >= maxDepth) {
                limitReached |= baseFrom < baseTo || tail != Adjacency.END;
                continue;
            }
            int[] neighbours = adjacency.neighbour;
            int[] edgeIds = adjacency.edge;
            for (int i = baseFrom; i < baseTo; i++) {
                follow(marks, head, depth, edgeIds[i], neighbours[i]);
            }
            for (int e = tail; e != Adjacency.END; e = adjacency.tailNext(e)) {
                follow(marks, head, depth, e, adjacency.tailNeighbour(e));
            }
        }
        this.lots = lotBuffer;
        this.depths = depthBuffer;
        this.lotCount = lotsFound;
        this.edges = edgeBuffer;
        this.edgeFrom = fromBuffer;
        this.edgeTo = toBuffer;
        this.edgeCount = edgesFound;
        this.depthLimitReached = limitReached;
    }

    /**
     * Searches from {@code origin}; slot 0 of the result is the origin itself at depth 0.
     */
    static TraceSearch run(EdgeStore store, int totalLots, int origin, boolean forward, int maxDepth) {
        return new TraceSearch(store, totalLots, origin, forward, maxDepth);
    }

    private void follow(VisitMarks marks, int head, int depth, int edge, int next) {
        if (edgesFound == edgeBuffer.length) {
            int capacity = edgesFound * 2;
            edgeBuffer = Arrays.copyOf(edgeBuffer, capacity);
            fromBuffer = Arrays.copyOf(fromBuffer, capacity);
            toBuffer = Arrays.copyOf(toBuffer, capacity);
        }
        edgeBuffer[edgesFound] = edge;
        fromBuffer[edgesFound] = head;
        if (marks.visited(next)) {
            toBuffer[edgesFound] = marks.slot(next);
        } else {
            if (lotsFound == lotBuffer.length) {
                lotBuffer = Arrays.copyOf(lotBuffer, lotsFound * 2);
                depthBuffer = Arrays.copyOf(depthBuffer, lotsFound * 2);
            }
            marks.visit(next, lotsFound);
            lotBuffer[lotsFound] = next;
            depthBuffer[lotsFound] = depth + 1;
            toBuffer[edgesFound] = lotsFound;
            lotsFound++;
        }
        edgesFound++;
    }
}
