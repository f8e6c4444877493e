package io.lotkit.genealogy;

/**
 * One direction of the edge lists (out of each lot, or into each lot), in two parts:
 *
 * <ul>
 *   <li>a <b>base</b> in compressed sparse rows, rebuilt now and then by {@link EdgeStore}: the edges of lot
 *       {@code l} are the pairs {@code rows[2i]} (the lot at the other end) and {@code rows[2i + 1]} (the edge's
 *       quantity code, see {@link EdgeStore})
 *       for {@code i} in {@code [head[2l] .. head[2l + 2])}, oldest edge first. A search walks them as one
 *       contiguous run, so the processor can fetch ahead, and finds a neighbour and its edge on the same cache
 *       line;</li>
 *   <li>a <b>tail</b> of the edges added since: per lot a linked list, newest first, of {@code (neighbour, next)}
 *       int pairs indexed by {@code edge - baseEdges} (edges numbered in the order they came), so an append is constant time and rebuilds nothing. The
 *       newest tail edge of a base lot is {@code head[2l + 1]}, beside its row bounds, so that a search reads a lot's
 *       row start, row end and tail from one cache line; lots added after the base keep theirs in a column.</li>
 * </ul>
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class Adjacency {

    static final int END = -1;

    /**
     * For each base lot {@code l}: {@code [2l]} the first pair of its row, {@code [2l + 1]} its newest tail edge or
     * {@link #END}; {@code [2 * baseLots]} is the end of the last row.
     */
    int[] head = {0, END};
    /** The base rows, as {@code (neighbour, quantity code)} pairs. */
    int[] rows = new int[0];
    /** The number of lots the base covers; lots added later have an empty base range. */
    int baseLots;
    /** The number of edges in the base; the tail holds edges {@code baseEdges} and up. */
    int baseEdges;
    private IntColumn tailLinks = new IntColumn();
    /** The newest tail edge of each lot {@code baseLots + i}, at {@code i}. */
    private IntColumn newerLotTails = new IntColumn();

    /** Makes room for the lot with the next id, which the base does not cover. */
    void addLot() {
        newerLotTails.add(END);
    }

    /** Links edge {@code edgeId} (the newest) from {@code lot} to {@code other} into the tail. */
    void addTail(int lot, int other, int edgeId) {
        tailLinks.add(other);
        tailLinks.add(tailFirst(lot));
        if (lot < baseLots) {
            head[2 * lot + 1] = edgeId;
        } else {
            newerLotTails.set(lot - baseLots, edgeId);
        }
    }

    int baseFrom(int lot) {
        return lot < baseLots ? head[2 * lot] : 0;
    }

    int baseTo(int lot) {
        return lot < baseLots ? head[2 * lot + 2] : 0;
    }

    /** Returns the newest tail edge of a lot, or {@link #END}. */
    int tailFirst(int lot) {
        return lot < baseLots ? head[2 * lot + 1] : newerLotTails.get(lot - baseLots);
    }

    int tailNeighbour(int edgeId) {
        return tailLinks.get(2 * (edgeId - baseEdges));
    }

    int tailNext(int edgeId) {
        return tailLinks.get(2 * (edgeId - baseEdges) + 1);
    }

    /** Replaces the base with {@code newRows}, row {@code l} starting at pair {@code rowStart[l]}; empties the tail. */
    void rebase(int[] rowStart, int[] newRows, int lots, int edges) {
        int[] newHead = new int[2 * lots + 2];
        for (int lot = 0; lot <= lots; lot++) {
            newHead[2 * lot] = rowStart[lot];
            newHead[2 * lot + 1] = END;
        }
        head = newHead;
        rows = newRows;
        baseLots = lots;
        baseEdges = edges;
        tailLinks = new IntColumn();
        newerLotTails = new IntColumn();
    }

    /** Receives an edge's quantity code and the lot at its other end. */
    @FunctionalInterface
    interface EdgeVisitor {
        void visit(int quantityCode, int other);
    }
}
