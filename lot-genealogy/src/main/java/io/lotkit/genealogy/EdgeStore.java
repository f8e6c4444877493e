package io.lotkit.genealogy;

import java.math.BigDecimal;

/**
 * The parent-to-child edges between lots, with no object per edge: each edge is one slot in five chunked primitive
 * columns (source, target, next edge out of the source, next edge into the target, quantity), and each lot holds
 * the first edge of its outgoing and incoming lists. Adding an edge links it in front of both lists in constant
 * time, so the graph grows event by event without a rebuild.
 *
 * <p>About 24 bytes an edge: four ints and one packed decimal.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class EdgeStore {

    static final int END = -1;

    private final IntColumn source = new IntColumn();
    private final IntColumn target = new IntColumn();
    private final IntColumn nextOut = new IntColumn();
    private final IntColumn nextIn = new IntColumn();
    private final DecimalColumn quantity = new DecimalColumn();
    private final IntColumn firstOut = new IntColumn();
    private final IntColumn firstIn = new IntColumn();

    /** Makes room for the lot with the next id. */
    void addLot() {
        firstOut.add(END);
        firstIn.add(END);
    }

    int size() {
        return source.size();
    }

    void add(int from, int to, BigDecimal amount) {
        int edge = source.add(from);
        target.add(to);
        nextOut.add(firstOut.get(from));
        nextIn.add(firstIn.get(to));
        quantity.add(amount);
        firstOut.set(from, edge);
        firstIn.set(to, edge);
    }

    int firstOut(int lot) {
        return firstOut.get(lot);
    }

    int firstIn(int lot) {
        return firstIn.get(lot);
    }

    int nextOut(int edge) {
        return nextOut.get(edge);
    }

    int nextIn(int edge) {
        return nextIn.get(edge);
    }

    int source(int edge) {
        return source.get(edge);
    }

    int target(int edge) {
        return target.get(edge);
    }

    BigDecimal quantity(int edge) {
        return quantity.get(edge);
    }
}
