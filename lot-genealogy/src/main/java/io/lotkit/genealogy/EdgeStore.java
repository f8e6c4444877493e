package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parent-to-child edges between lots, with no object per edge: the {@link Adjacency} out of and into each lot,
 * each row entry a neighbour and the edge's quantity <em>code</em>. A code is the quantity packed into an int by
 * {@link DecimalColumn#pack}, or, for the rare quantity that does not pack, the index of its exact value in a side
 * list tagged with the scale bits no packing uses; so a search reads an edge's quantity where it reads the edge, and
 * no edge needs an id.
 *
 * <p>New edges are <em>pending</em>: they go to the adjacency tails in constant time, numbered in the order they
 * came, with their codes in {@link #pendingCode}. When the tails hold a quarter as many edges as the bases (and at
 * least {@link #MIN_REBASE}), each direction is rebuilt into compressed sparse rows by appending every lot's pending
 * edges, oldest first, to its row: a merge, not a sort. Each rebuild grows the base by at least a quarter, so an edge
 * is copied at most about five times over the life of the graph (amortized constant time per append), and at least
 * four fifths of the graph is always in contiguous rows that a search walks fast.
 *
 * <p>A replay loads in bulk instead ({@link #startBulkLoad()}): pending edges are only appended to plain columns,
 * and {@link #compact()} folds them into rows once at the end, so a replay rebuilds nothing along the way and walks
 * no linked list.
 *
 * <p>About 16 bytes an edge: in each direction the neighbour and the quantity code (or, while pending, the neighbour
 * and the next link, and one code).
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class EdgeStore {

    static final int END = Adjacency.END;
    /** Pending pairs are indexed by {@code 2 * pending edge}, which must stay within an int. */
    static final int MAX_EDGES = GraphState.MAX_ELEMENTS / 2;
    /** Side-list indexes must fit the 28 bits a code leaves them. */
    static final int MAX_UNPACKED_QUANTITIES = (1 << 27) - 1;
    static final int MIN_REBASE = 1 << 12;

    final Adjacency out = new Adjacency();
    final Adjacency in = new Adjacency();
    /** The exact quantities that do not pack, by the index their codes hold. */
    private final List<BigDecimal> unpacked = new ArrayList<>();
    private final int minRebase;
    private int lots;
    private IntColumn pendingCode = new IntColumn();
    /** During a bulk load, the endpoints of the pending edges; {@code null} otherwise. */
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
        return out.baseEdges + pendingCode.size();
    }

    /** Tells whether {@code count} more edges fit, even if none of their quantities packs. */
    boolean hasRoomFor(long count) {
        return size() + count <= MAX_EDGES && unpacked.size() + count <= MAX_UNPACKED_QUANTITIES;
    }

    void add(int from, int to, BigDecimal amount) {
        int code = DecimalColumn.pack(amount);
        if (code == DecimalColumn.NOT_PACKED) {
            code = unpacked.size() << DecimalColumn.SCALE_BITS | DecimalColumn.UNPACKED_TAG;
            unpacked.add(amount);
        }
        int edge = out.baseEdges + pendingCode.add(code);
        if (bulkSource != null) {
            bulkSource.add(from);
            bulkTarget.add(to);
            return;
        }
        out.addTail(from, to, edge);
        in.addTail(to, from, edge);
        int pending = pendingCode.size();
        if (pending >= minRebase && pending >= out.baseEdges / 4) {
            rebase();
        }
    }

    /** Starts a bulk load; only {@link #add} and {@link #compact()} may follow until the load ends. */
    void startBulkLoad() {
        compact();
        bulkSource = new IntColumn();
        bulkTarget = new IntColumn();
    }

    /** Folds the pending edges (ending a bulk load, if one runs) into the rows, if there are any. */
    void compact() {
        if (pendingCode.size() > 0) {
            rebase();
        }
        bulkSource = null;
        bulkTarget = null;
    }

    /** Returns the exact quantity behind a code from a row or from {@link #pendingCode(int)}. */
    BigDecimal quantity(int code) {
        if ((code & DecimalColumn.UNPACKED_TAG) == DecimalColumn.UNPACKED_TAG) {
            return unpacked.get(code >>> DecimalColumn.SCALE_BITS);
        }
        return DecimalColumn.unpack(code);
    }

    /** Returns the quantity code of the pending (tail) edge numbered {@code edge}. */
    int pendingCode(int edge) {
        return pendingCode.get(edge - out.baseEdges);
    }

    /** Visits every edge out of ({@code outgoing}) or into a lot, oldest first, with its quantity code. */
    void forEach(int lot, boolean outgoing, Adjacency.EdgeVisitor visitor) {
        Adjacency adjacency = outgoing ? out : in;
        int[] rows = adjacency.rows;
        for (int i = 2 * adjacency.baseFrom(lot), end = 2 * adjacency.baseTo(lot); i < end; i += 2) {
            visitor.visit(rows[i + 1], rows[i]);
        }
        // The tail links newest first; collect and reverse it.
        IntColumn tail = new IntColumn();
        for (int e = adjacency.tailFirst(lot); e != END; e = adjacency.tailNext(e)) {
            tail.add(e);
        }
        for (int i = tail.size() - 1; i >= 0; i--) {
            int e = tail.get(i);
            visitor.visit(pendingCode(e), adjacency.tailNeighbour(e));
        }
    }

    /** Appends every pending edge to its lots' rows, in both directions, and empties the tails. */
    private void rebase() {
        int pending = pendingCode.size();
        int[] source = new int[pending];
        int[] target = new int[pending];
        int first = out.baseEdges;
        for (int i = 0; i < pending; i++) {
            source[i] = bulkSource != null ? bulkSource.get(i) : in.tailNeighbour(first + i);
            target[i] = bulkSource != null ? bulkTarget.get(i) : out.tailNeighbour(first + i);
        }
        int[] codes = new int[pending];
        for (int i = 0; i < pending; i++) {
            codes[i] = pendingCode.get(i);
        }
        int edges = first + pending;
        rebuild(out, source, target, codes, edges);
        rebuild(in, target, source, codes, edges);
        pendingCode = new IntColumn();
        if (bulkSource != null) {
            bulkSource = new IntColumn();
            bulkTarget = new IntColumn();
        }
    }

    /** Rebuilds one direction: each lot's old row, then its pending edges in the order they came. */
    private void rebuild(Adjacency adjacency, int[] owner, int[] other, int[] codes, int edges) {
        int[] start = new int[lots + 1];
        for (int lot = 0; lot < lots; lot++) {
            start[lot + 1] = adjacency.baseTo(lot) - adjacency.baseFrom(lot);
        }
        for (int owned : owner) {
            start[owned + 1]++;
        }
        for (int lot = 0; lot < lots; lot++) {
            start[lot + 1] += start[lot];
        }
        int[] rows = new int[2 * edges];
        int[] fill = new int[lots];
        int[] oldRows = adjacency.rows;
        for (int lot = 0; lot < lots; lot++) {
            int from = 2 * adjacency.baseFrom(lot);
            int length = 2 * adjacency.baseTo(lot) - from;
            System.arraycopy(oldRows, from, rows, 2 * start[lot], length);
            fill[lot] = start[lot] + length / 2;
        }
        for (int i = 0; i < owner.length; i++) {
            int slot = 2 * fill[owner[i]]++;
            rows[slot] = other[i];
            rows[slot + 1] = codes[i];
        }
        adjacency.rebase(start, rows, lots, edges);
    }
}
