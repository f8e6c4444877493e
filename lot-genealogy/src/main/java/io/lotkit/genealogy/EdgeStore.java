package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent-to-child edges between lots, with no object per edge: the {@link Adjacency} out of each lot holds only
 * the child, and the one into each lot the parent and the edge's quantity <em>code</em>, so that each quantity is
 * held once. A code is the quantity packed into an int by {@link DecimalColumn#pack}, or, for the rare quantity that
 * does not pack, the index of its exact value in a side list tagged with the scale bits no packing uses.
 *
 * <p>An edge is known in the forward direction by its parent and its <em>index</em> among the parent's edges, in the
 * order they came; that index never changes, so a trace can record it and read the quantity later
 * ({@link #outCodes(int)}): the edge's quantity is the one of the matching occurrence of the parent in the child's
 * incoming row, since both rows keep the order the edges came in.
 *
 * <p>New edges are <em>pending</em>: their ends and codes go to plain columns, and each direction links them into
 * per-lot tails in constant time. When the pending edges number a {@link #REBASE_SHARE}th of the base (and at least
 * {@link #MIN_REBASE}), each direction is rebuilt into compressed sparse rows by appending every lot's pending edges,
 * oldest first, to its row: a merge, not a sort. Each rebuild grows the base by at least that share, so an edge is
 * copied a bounded number of times over the life of the graph (amortized constant time per append), and the
 * pending edges, at 20 bytes each against at most 12 in the rows, stay a small share of the graph.
 *
 * <p>A replay loads in bulk instead ({@link #startBulkLoad()}): pending edges are only appended to the columns, and
 * {@link #compact()} folds them into rows once at the end, so a replay rebuilds nothing along the way.
 *
 * <p>In the rows, an edge costs the bits of a lot id twice (the child; the parent) and those of its quantity code
 * ({@link PackedEntries}): some 8 bytes in a graph of a million lots with quantities of five or six digits, at most
 * 12; a pending edge costs 20 bytes.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class EdgeStore {

    static final int END = Adjacency.END;
    /** Keeps edge counts, row entry indexes and a search's edge buffers well within an int. */
    static final int MAX_EDGES = GraphState.MAX_ELEMENTS / 2;
    /** Side-list indexes must fit the 28 bits a code leaves them. */
    static final int MAX_UNPACKED_QUANTITIES = (1 << 27) - 1;
    static final int MIN_REBASE = 1 << 12;
    /** A rebuild takes the pending edges block by block of this many bits of lots: some 16 KB of counts a block. */
    static final int BLOCK_BITS = 12;
    /**
     * The base is rebuilt when the pending edges number this fraction of it: a rebuild copies the packed rows,
     * cheap beside a pending edge's cost in memory, so the share is kept small.
     */
    static final int REBASE_SHARE = 32;

    final Adjacency out = new Adjacency(false);
    final Adjacency in = new Adjacency(true);
    /** The exact quantities that do not pack, by the index their codes hold. */
    private final List<BigDecimal> unpacked = new ArrayList<>();
    private final int minRebase;
    private int baseEdges;
    private IntColumn pendingFrom = new IntColumn();
    private IntColumn pendingTo = new IntColumn();
    private IntColumn pendingCode = new IntColumn();
    private boolean bulkLoading;

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
    }

    int size() {
        return baseEdges + pendingCode.size();
    }

    /** Tells whether {@code count} more edges fit, even if none of their quantities packs. */
    boolean hasRoomFor(long count) {
        return size() + count <= MAX_EDGES && unpacked.size() + count <= MAX_UNPACKED_QUANTITIES;
    }

    void add(int from, int to, BigDecimal amount) {
        add(from, to, amount, DecimalColumn.pack(amount));
    }

    /** As {@link #add(int, int, BigDecimal)}, with the amount's {@link DecimalColumn#pack packing} already made. */
    void add(int from, int to, BigDecimal amount, int packed) {
        int code = packed;
        if (code == DecimalColumn.NOT_PACKED) {
            code = unpacked.size() << DecimalColumn.SCALE_BITS | DecimalColumn.UNPACKED_TAG;
            unpacked.add(amount);
        }
        int pending = pendingCode.add(code);
        pendingFrom.add(from);
        pendingTo.add(to);
        if (bulkLoading) {
            return;
        }
        out.link(from, pending);
        in.link(to, pending);
        if (pending + 1 >= minRebase && pending + 1 >= baseEdges / REBASE_SHARE) {
            rebase();
        }
    }

    /** Starts a bulk load; only {@link #add} and {@link #compact()} may follow until the load ends. */
    void startBulkLoad() {
        compact();
        bulkLoading = true;
    }

    /** Folds the pending edges (ending a bulk load, if one runs) into the rows, if there are any. */
    void compact() {
        if (pendingCode.size() > 0) {
            rebase();
        }
        bulkLoading = false;
    }

    /** Returns the exact quantity behind a code from {@link #outCodes(int)} or an incoming row. */
    BigDecimal quantity(int code) {
        if ((code & DecimalColumn.UNPACKED_TAG) == DecimalColumn.UNPACKED_TAG) {
            return unpacked.get(code >>> DecimalColumn.SCALE_BITS);
        }
        return DecimalColumn.unpack(code);
    }

    /** Returns the lot at the other end of pending edge {@code pending}, seen from the given direction. */
    int pendingNeighbour(int pending, boolean outgoing) {
        return outgoing ? pendingTo.get(pending) : pendingFrom.get(pending);
    }

    /** Returns the quantity code of pending edge {@code pending}. */
    int pendingCode(int pending) {
        return pendingCode.get(pending);
    }

    /** Returns the number of a lot's edges in one direction that are in the base rows. */
    int baseCount(int lot, boolean outgoing) {
        Adjacency adjacency = outgoing ? out : in;
        return adjacency.baseTo(lot) - adjacency.baseFrom(lot);
    }

    /**
     * Visits every edge out of ({@code outgoing}) or into a lot, oldest first, with its quantity code. An outgoing
     * edge's code is found in its child's incoming row: the {@code k}-th edge from this lot to a child is the
     * {@code k}-th occurrence of this lot there.
     */
    void forEach(int lot, boolean outgoing, Adjacency.EdgeVisitor visitor) {
        Adjacency adjacency = outgoing ? out : in;
        int[] tail = tailOldestFirst(adjacency, lot);
        if (!outgoing) {
            for (int i = in.baseFrom(lot), end = in.baseTo(lot); i < end; i++) {
                visitor.visit(in.rows.code(i), in.rows.other(i));
            }
            for (int p : tail) {
                visitor.visit(pendingCode(p), pendingFrom.get(p));
            }
            return;
        }
        Map<Integer, Integer> seen = new HashMap<>();
        int baseEnd = out.baseTo(lot);
        for (int i = out.baseFrom(lot), end = baseEnd + tail.length; i < end; i++) {
            int child = i < baseEnd ? out.rows.other(i) : pendingTo.get(tail[i - baseEnd]);
            int occurrence = seen.merge(child, 1, Integer::sum) - 1;
            visitor.visit(incomingCodeFrom(child, lot, occurrence), child);
        }
    }

    /** Returns the quantity codes of the edges out of a lot, by their index (oldest first). */
    int[] outCodes(int lot) {
        int[] codes = new int[baseCount(lot, true) + tailOldestFirst(out, lot).length];
        int[] index = {0};
        forEach(lot, true, (code, child) -> codes[index[0]++] = code);
        return codes;
    }

    /** Returns the code of the {@code occurrence}-th (from 0, oldest first) edge from {@code parent} into a lot. */
    private int incomingCodeFrom(int lot, int parent, int occurrence) {
        int left = occurrence;
        for (int i = in.baseFrom(lot), end = in.baseTo(lot); i < end; i++) {
            if (in.rows.other(i) == parent && left-- == 0) {
                return in.rows.code(i);
            }
        }
        for (int p : tailOldestFirst(in, lot)) {
            if (pendingFrom.get(p) == parent && left-- == 0) {
                return pendingCode(p);
            }
        }
        throw new IllegalStateException(
                "edge rows out of step: lot " + lot + " lacks edge " + occurrence + " from lot " + parent);
    }

    private static int[] tailOldestFirst(Adjacency adjacency, int lot) {
        int count = 0;
        for (int p = adjacency.tailFirst(lot); p != END; p = adjacency.tailNext(p)) {
            count++;
        }
        int[] tail = new int[count];
        for (int p = adjacency.tailFirst(lot); p != END; p = adjacency.tailNext(p)) {
            tail[--count] = p;
        }
        return tail;
    }

    /**
     * Appends every pending edge to its lots' rows, in both directions, and empties the pending columns. Each
     * direction gets the pending edges ordered by the {@linkplain #byBlock block} of the lot whose row they join, so
     * that filling the rows writes one block's rows at a time rather than all over them.
     */
    private void rebase() {
        // One direction after the other: they share the two scratch arrays.
        int pending = pendingCode.size();
        int[] owner = new int[pending];
        int[] other = new int[pending];
        rebaseRows(true, owner, other);
        rebaseRows(false, owner, other);
        endRebase();
    }

    /** Tells whether there are pending edges. */
    boolean hasPending() {
        return pendingCode.size() > 0;
    }

    /**
     * Appends every pending edge to its lot's row in one direction; {@link #endRebase()} follows once both directions
     * are done. The two directions' rebuilds only read the pending columns and each writes its own
     * {@link Adjacency}, so they may run on two threads at once (a replay's end does), each with scratch arrays of
     * its own.
     */
    void rebaseRows(boolean outgoing) {
        int pending = pendingCode.size();
        rebaseRows(outgoing, new int[pending], new int[pending]);
    }

    /** As {@link #rebaseRows(boolean)}, with scratch arrays of the pending edges' length, overwritten. */
    private void rebaseRows(boolean outgoing, int[] owner, int[] other) {
        int pending = pendingCode.size();
        if (outgoing) {
            // Outgoing rows hold no codes: their edges' codes are not copied.
            byBlock(pending, pendingFrom, pendingTo, null, owner, other, null, out.lotCount());
            out.rebase(owner, other, null, pending);
        } else {
            int[] codes = new int[pending];
            byBlock(pending, pendingTo, pendingFrom, pendingCode, owner, other, codes, in.lotCount());
            in.rebase(owner, other, codes, pending);
        }
    }

    /** Ends a rebuild of both directions' rows: the pending edges are now in the base. */
    void endRebase() {
        baseEdges += pendingCode.size();
        pendingFrom = new IntColumn();
        pendingTo = new IntColumn();
        pendingCode = new IntColumn();
    }

    /**
     * Copies the {@code pending} pending edges into {@code owner}, {@code other} and (unless {@code sourceCodes} is
     * {@code null}) {@code codes}, ordered by the block of {@code 2^}{@link #BLOCK_BITS} lots their owner falls in, and
     * in the order they came within a block (a stable counting sort on the block), so that each lot's edges keep their
     * order. A rebuild then reads and writes the counts, fill marks and rows of one block at a time, which stay in the
     * cache, instead of one random cache line of each per edge. Edges that came already in block order (as the incoming
     * edges of lots made one after the other do) are copied as they are, a chunk at a time.
     */
    private static void byBlock(int pending, IntColumn owners, IntColumn others, IntColumn sourceCodes, int[] owner,
            int[] other, int[] codes, int lots) {
        int[] next = new int[(lots >>> BLOCK_BITS) + 2];
        int lastBlock = 0;
        boolean inOrder = true;
        for (int i = 0; i < pending; i++) {
            int block = owners.get(i) >>> BLOCK_BITS;
            next[block + 1]++;
            inOrder &= block >= lastBlock;
            lastBlock = block;
        }
        if (inOrder) {
            owners.copyTo(owner);
            others.copyTo(other);
            if (sourceCodes != null) {
                sourceCodes.copyTo(codes);
            }
            return;
        }
        for (int b = 1; b < next.length; b++) {
            next[b] += next[b - 1];
        }
        for (int i = 0; i < pending; i++) {
            int lot = owners.get(i);
            int at = next[lot >>> BLOCK_BITS]++;
            owner[at] = lot;
            other[at] = others.get(i);
            if (sourceCodes != null) {
                codes[at] = sourceCodes.get(i);
            }
        }
    }
}
