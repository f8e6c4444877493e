package io.lotkit.genealogy;

/**
 * One direction of the edge lists (out of each lot, or into each lot), in two parts:
 *
 * <ul>
 *   <li>a <b>base</b> in compressed sparse rows, rebuilt now and then by {@link EdgeStore}: the neighbours of lot
 *       {@code l} are {@code neighbour[start[l] .. start[l + 1])}, oldest edge first, with their edge ids in the
 *       parallel {@code edge} array. A search walks them as a contiguous run, so the processor can fetch ahead;</li>
 *   <li>a <b>tail</b> of the edges added since: per lot a linked list, newest first, of {@code (neighbour, next)}
 *       int pairs indexed by {@code edge - baseEdges}, so an append is constant time and rebuilds nothing.</li>
 * </ul>
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class Adjacency {

    static final int END = -1;

    int[] start = {0};
    int[] neighbour = new int[0];
    int[] edge = new int[0];
    /** The number of lots the base covers; lots added later have an empty base range. */
    int baseLots;
    /** The number of edges in the base; the tail holds edges {@code baseEdges} and up. */
    int baseEdges;
    private IntColumn tailLinks = new IntColumn();
    private IntColumn tailFirst = new IntColumn();

    void addLot() {
        tailFirst.add(END);
    }

    /** Links edge {@code edgeId} (the newest) from {@code lot} to {@code other} into the tail. */
    void addTail(int lot, int other, int edgeId) {
        tailLinks.add(other);
        tailLinks.add(tailFirst.get(lot));
        tailFirst.set(lot, edgeId);
    }

    int baseFrom(int lot) {
        return lot < baseLots ? start[lot] : 0;
    }

    int baseTo(int lot) {
        return lot < baseLots ? start[lot + 1] : 0;
    }

    /** Returns the newest tail edge of a lot, or {@link #END}. */
    int tailFirst(int lot) {
        return tailFirst.get(lot);
    }

    int tailNeighbour(int edgeId) {
        return tailLinks.get(2 * (edgeId - baseEdges));
    }

    int tailNext(int edgeId) {
        return tailLinks.get(2 * (edgeId - baseEdges) + 1);
    }

    /** Replaces the base and empties the tail. */
    void rebase(int[] newStart, int[] newNeighbour, int[] newEdge, int lots, int edges) {
        start = newStart;
        neighbour = newNeighbour;
        edge = newEdge;
        baseLots = lots;
        baseEdges = edges;
        tailLinks = new IntColumn();
        tailFirst = new IntColumn();
        for (int lot = 0; lot < lots; lot++) {
            tailFirst.add(END);
        }
    }

    /** Visits every edge of a lot: base edges oldest first, then tail edges newest first. */
    void forEach(int lot, EdgeVisitor visitor) {
        for (int i = baseFrom(lot), end = baseTo(lot); i < end; i++) {
            visitor.visit(edge[i], neighbour[i]);
        }
        for (int e = tailFirst(lot); e != END; e = tailNext(e)) {
            visitor.visit(e, tailNeighbour(e));
        }
    }

    /** Receives an edge id and the lot at its other end. */
    @FunctionalInterface
    interface EdgeVisitor {
        void visit(int edgeId, int other);
    }
}
