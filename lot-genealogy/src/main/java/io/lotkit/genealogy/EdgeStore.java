package io.lotkit.genealogy;

import java.math.BigDecimal;

/**
 * The parent-to-child edges between lots, with no object per edge: the packed quantity by edge id, and the
 * {@link Adjacency} out of and into each lot. New edges go to the adjacency tails in constant time; when the tails
 * hold a quarter as many edges as the bases (and at least {@link #MIN_REBASE}), both directions are rebuilt into
 * compressed sparse rows. Each rebuild grows the base by at least a quarter, so an edge is copied at most about five
 * times over the life of the graph (amortized constant time per append), and at least four fifths of the graph is
 * always in contiguous rows that a search walks fast.
 *
 * <p>A replay loads in bulk instead ({@link #startBulkLoad()}): edges are only appended to two plain columns, and
 * {@link #compact()} sorts them into rows once at the end, so a replay rebuilds nothing along the way and walks no
 * linked list.
 *
 * <p>About 24 bytes an edge: in each direction the neighbour and the edge id (or, in the tail, the neighbour and
 * the next link), and one packed decimal.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class EdgeStore {

    static final int END = Adjacency.END;
    /** Tail pairs are indexed by {@code 2 * edge}, which must stay within an int. */
    static final int MAX_EDGES = GraphState.MAX_ELEMENTS / 2;
    static final int MIN_REBASE = 1 << 12;

    final Adjacency out = new Adjacency();
    final Adjacency in = new Adjacency();
    private final DecimalColumn quantity = new DecimalColumn();
    private final int minRebase;
    private int lots;
    /** During a bulk load, the endpoints of the edges not yet in the rows; {@code null} otherwise. */
    private IntColumn bulkSource;
    private IntColumn bulkTarget;

    EdgeStore() {
        this(MIN_REBASE);
    }

    /** Creates a store that rebuilds its rows once the tails hold {@code minRebase} edges (small in tests). */
    EdgeStore(int minRebase) {
        this.minRebase = minRebase;
    }

    /** Makes room for the lot with the next id. */
    void addLot() {
        out.addLot();
        in.addLot();
        lots++;
    }

    int size() {
        return quantity.size();
    }

    void add(int from, int to, BigDecimal amount) {
        int edge = quantity.add(amount);
        if (bulkSource != null) {
            bulkSource.add(from);
            bulkTarget.add(to);
            return;
        }
        out.addTail(from, to, edge);
        in.addTail(to, from, edge);
        int tail = edge + 1 - out.baseEdges;
        if (tail >= minRebase && tail >= out.baseEdges / 4) {
            rebase();
        }
    }

    /** Starts a bulk load; only {@link #add} and {@link #compact()} may follow until the load ends. */
    void startBulkLoad() {
        compact();
        bulkSource = new IntColumn();
        bulkTarget = new IntColumn();
    }

    /** Folds the tail (or the bulk-loaded edges, ending the bulk load) into the rows, if there is any. */
    void compact() {
        if (size() > out.baseEdges) {
            rebase();
        }
        bulkSource = null;
        bulkTarget = null;
    }

    BigDecimal quantity(int edge) {
        return quantity.get(edge);
    }

    /** Rebuilds both directions into compressed sparse rows holding every edge, in edge-id order per lot. */
    private void rebase() {
        int edges = size();
        int[] source = new int[edges];
        int[] target = new int[edges];
        int[] rows = out.rows;
        for (int lot = 0; lot < out.baseLots; lot++) {
            for (int i = 2 * out.baseFrom(lot), end = 2 * out.baseTo(lot); i < end; i += 2) {
                source[rows[i + 1]] = lot;
                target[rows[i + 1]] = rows[i];
            }
        }
        if (bulkSource != null) {
            for (int i = 0, first = out.baseEdges; i < bulkSource.size(); i++) {
                source[first + i] = bulkSource.get(i);
                target[first + i] = bulkTarget.get(i);
            }
        } else {
            for (int lot = 0; lot < lots; lot++) {
                for (int e = out.tailFirst(lot); e != END; e = out.tailNext(e)) {
                    source[e] = lot;
                    target[e] = out.tailNeighbour(e);
                }
            }
        }
        rebuild(out, source, target, edges);
        rebuild(in, target, source, edges);
    }

    private void rebuild(Adjacency adjacency, int[] owner, int[] other, int edges) {
        int[] start = new int[lots + 1];
        for (int e = 0; e < edges; e++) {
            start[owner[e] + 1]++;
        }
        for (int lot = 0; lot < lots; lot++) {
            start[lot + 1] += start[lot];
        }
        int[] rows = new int[2 * edges];
        int[] fill = start.clone();
        for (int e = 0; e < edges; e++) {
            int slot = 2 * fill[owner[e]]++;
            rows[slot] = other[e];
            rows[slot + 1] = e;
        }
        adjacency.rebase(start, rows, lots, edges);
    }
}
