package io.lotkit.genealogy;

import java.math.BigDecimal;

/**
 * The parent-to-child edges between lots, with no object per edge. Each edge is a slot in three chunked primitive
 * columns: the out-links pair {@code (target, next edge out of the same source)}, the in-links pair
 * {@code (source, next edge into the same target)}, and the packed quantity. Each lot holds the first edge of its
 * outgoing and incoming lists. Adding an edge links it in front of both lists in constant time, so the graph grows
 * event by event without a rebuild; keeping each pair side by side means a search step touches one cache line per
 * edge, not two.
 *
 * <p>About 24 bytes an edge: four ints and one packed decimal.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class EdgeStore {

    static final int END = -1;
    /** Pairs of ints are indexed by {@code 2 * edge}, which must stay within an int. */
    static final int MAX_EDGES = GraphState.MAX_ELEMENTS / 2;

    private final IntColumn outLinks = new IntColumn();
    private final IntColumn inLinks = new IntColumn();
    private final DecimalColumn quantity = new DecimalColumn();
    private final IntColumn firstOut = new IntColumn();
    private final IntColumn firstIn = new IntColumn();

    /** Makes room for the lot with the next id. */
    void addLot() {
        firstOut.add(END);
        firstIn.add(END);
    }

    int size() {
        return quantity.size();
    }

    void add(int from, int to, BigDecimal amount) {
        int edge = quantity.add(amount);
        outLinks.add(to);
        outLinks.add(firstOut.get(from));
        inLinks.add(from);
        inLinks.add(firstIn.get(to));
        firstOut.set(from, edge);
        firstIn.set(to, edge);
    }

    int firstOut(int lot) {
        return firstOut.get(lot);
    }

    int firstIn(int lot) {
        return firstIn.get(lot);
    }

    int target(int edge) {
        return outLinks.get(2 * edge);
    }

    int nextOut(int edge) {
        return outLinks.get(2 * edge + 1);
    }

    int source(int edge) {
        return inLinks.get(2 * edge);
    }

    int nextIn(int edge) {
        return inLinks.get(2 * edge + 1);
    }

    BigDecimal quantity(int edge) {
        return quantity.get(edge);
    }
}
