package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * A breadth-first search over the edge lists, from one lot, forward or backward. Each lot is visited once, so the
 * search ends on cyclic data after at most one step per reachable edge; the depth it records is the shortest path
 * length. It records the edges it followed (a key to their quantities, with the slots of both ends) so that the result can show paths,
 * quantities and cycles later without searching the graph again.
 *
 * <p>The search runs in the calling thread's {@link VisitMarks} scratch space, which grows to the largest search the
 * thread has run and is then reused, and copies its results out once, at their exact size, at the end.
 *
 * <p>Not thread-safe; one instance serves one search, under the graph's read lock.
 */
final class TraceSearch {

    final int[] lots;
    final int[] depths;
    final int lotCount;
    /** Whether the search followed edges forward, from parent to child. */
    final boolean forward;
    /**
     * Per edge followed: searching forward, the edge's index among its parent's edges ({@link EdgeStore#outCodes});
     * searching backward, its quantity code ({@link EdgeStore#quantity(int)}).
     */
    final int[] edgeKeys;
    /** For each edge followed, the slot of the lot it was followed from. */
    final int[] edgeFrom;
    /** For each edge followed, the slot of the lot it led to. */
    final int[] edgeTo;
    final int edgeCount;
    final boolean depthLimitReached;
    /** Keeps the reads the search makes ahead from being optimised away. */
    private final int rowsTouched;

    private TraceSearch(EdgeStore store, int totalLots, int origin, boolean forward, int maxDepth) {
        VisitMarks marks = VisitMarks.forCurrentThread(totalLots);
        Adjacency adjacency = forward ? store.out : store.in;
        RowStarts starts = adjacency.starts;
        long[] hasTail = adjacency.hasTail;
        PackedEntries rows = adjacency.rows;
        int baseLots = adjacency.baseLots;
        boolean tails = adjacency.tailSize() > 0;
        boolean limitReached = false;
        int rowsTouched = 0;
        marks.lots[0] = origin;
        marks.depths[0] = 0;
        marks.rowFrom[0] = origin < baseLots ? starts.start(origin) : 0;
        int lotsFound = 1;
        int edgesFound = 0;
        marks.visit(origin, 0);
        for (int slot = 0; slot < lotsFound; slot++) {
            int lot = marks.lots[slot];
            int depth = marks.depths[slot];
            int rowFrom = 0;
            int rowTo = 0;
            int tail = Adjacency.END;
            if (lot < baseLots) {
                rowFrom = marks.rowFrom[slot];
                rowTo = starts.start(lot + 1);
                if (tails && (hasTail[lot >>> 6] & 1L << lot) != 0) {
                    tail = adjacency.tailFirst(lot);
                }
            } else if (tails) {
                tail = adjacency.tailFirst(lot);
            }
            if (depth >= maxDepth) {
                limitReached |= rowFrom < rowTo || tail != Adjacency.END;
                continue;
            }
            int rowEdges = rowTo - rowFrom;
            marks.ensureRoom(lotsFound + rowEdges, edgesFound + rowEdges);
            int[] found = marks.lots;
            int[] foundDepths = marks.depths;
            int[] foundRows = marks.rowFrom;
            int[] followed = marks.edges;
            int[] followedFrom = marks.edgeFrom;
            int[] followedTo = marks.edgeTo;
            for (int i = rowFrom; i < rowTo; i++) {
                int next;
                next = rows.other(i);
                followed[edgesFound] = forward ? i - rowFrom : rows.code(i);
                followedFrom[edgesFound] = slot;
                int nextSlot = marks.slotIfVisited(next);
                if (nextSlot < 0) {
                    nextSlot = lotsFound++;
                    marks.visit(next, nextSlot);
                    found[nextSlot] = next;
                    foundDepths[nextSlot] = depth + 1;
                    // Reading the new lot's row start and first entry now, not when its turn comes, puts their
                    // cache misses in flight beside those of the other lots found at this depth.
                    int nextRow = next < baseLots ? starts.start(next) : 0;
                    foundRows[nextSlot] = nextRow;
                    rowsTouched += nextRow < rows.size ? rows.other(nextRow) : 0;
                }
                followedTo[edgesFound++] = nextSlot;
            }
            if (tail != Adjacency.END) {
                int tailLength = 0;
                for (int p = tail; p != Adjacency.END; p = adjacency.tailNext(p)) {
                    tailLength++;
                }
                // The tail runs newest first; an edge's index counts from the oldest.
                int index = rowEdges + tailLength;
                for (int p = tail; p != Adjacency.END; p = adjacency.tailNext(p)) {
                    marks.ensureRoom(lotsFound + 1, edgesFound + 1);
                    int next = store.pendingNeighbour(p, forward);
                    marks.edges[edgesFound] = forward ? --index : store.pendingCode(p);
                    marks.edgeFrom[edgesFound] = slot;
                    int nextSlot = marks.slotIfVisited(next);
                    if (nextSlot < 0) {
                        nextSlot = lotsFound++;
                        marks.visit(next, nextSlot);
                        marks.lots[nextSlot] = next;
                        marks.depths[nextSlot] = depth + 1;
                        marks.rowFrom[nextSlot] = next < baseLots ? starts.start(next) : 0;
                    }
                    marks.edgeTo[edgesFound++] = nextSlot;
                }
            }
        }
        this.lots = Arrays.copyOf(marks.lots, lotsFound);
        this.depths = Arrays.copyOf(marks.depths, lotsFound);
        this.lotCount = lotsFound;
        this.forward = forward;
        this.edgeKeys = Arrays.copyOf(marks.edges, edgesFound);
        this.edgeFrom = Arrays.copyOf(marks.edgeFrom, edgesFound);
        this.edgeTo = Arrays.copyOf(marks.edgeTo, edgesFound);
        this.edgeCount = edgesFound;
        this.depthLimitReached = limitReached;
        this.rowsTouched = rowsTouched;
    }

    /**
     * Searches from {@code origin}; slot 0 of the result is the origin itself at depth 0.
     */
    static TraceSearch run(EdgeStore store, int totalLots, int origin, boolean forward, int maxDepth) {
        return new TraceSearch(store, totalLots, origin, forward, maxDepth);
    }
}
