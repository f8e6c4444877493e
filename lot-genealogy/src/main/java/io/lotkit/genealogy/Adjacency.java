package io.lotkit.genealogy;

/**
 * One direction of the edge lists (out of each lot, or into each lot), in two parts:
 *
 * <ul>
 *   <li>a <b>base</b> in compressed sparse rows, rebuilt now and then by {@link EdgeStore}: the entries of lot
 *       {@code l} are {@code [start[l] .. start[l + 1])} of {@link #rows}, oldest edge first, each the lot at the
 *       other end and, if the rows {@link #withCodes hold codes}, the edge's quantity code, packed
 *       ({@link PackedEntries}). A search walks them as one contiguous run, so the processor can fetch ahead;</li>
 *   <li>a <b>tail</b> of the edges added since (the store's pending edges, numbered from 0 in the order they came):
 *       per lot a linked list, newest first, whose head is kept in a sparse column (most lots have no pending edge,
 *       and those that do are mostly recent ones, so few chunks are ever allocated) and whose links are one int per
 *       pending edge. An append is constant time and rebuilds nothing.</li>
 * </ul>
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class Adjacency {

    static final int END = -1;

    /** Whether each base entry holds the edge's quantity code beside the lot at the other end. */
    final boolean withCodes;
    /** Row {@code l} of the base is entries {@code [start(l) .. start(l + 1))}, for {@code l < baseLots}. */
    RowStarts starts = new RowStarts(new int[1], 0);
    /**
     * One bit per base lot, set when it has pending edges: a search learns it from a bit array small enough to stay
     * in the cache instead of from the sparse tail heads (no cache miss per visited lot without a tail).
     */
    long[] hasTail = new long[0];
    /** The base entries. */
    PackedEntries rows;
    /** The number of lots the base covers; lots added later have an empty base row. */
    int baseLots;
    private int lots;
    /** For each pending edge, the next older pending edge of the same lot, or {@link #END}. */
    private IntColumn tailNext = new IntColumn();
    /** For each lot, its newest pending edge, or {@link #END}. */
    private SparseIntColumn tailHead = new SparseIntColumn(END);

    Adjacency(boolean withCodes) {
        this.withCodes = withCodes;
        this.rows = new PackedEntries(0, PackedEntries.lotBitsFor(0), withCodes ? 1 : 0);
    }

    /** Returns the number of lots, in the base or not: every lot id is below it. */
    int lotCount() {
        return lots;
    }

    /** Makes room for the lot with the next id, which the base does not cover. */
    void addLot() {
        tailHead.addDefault();
        lots++;
    }

    /** Links pending edge {@code pending} (the newest, numbered {@link #tailSize()}) into the lot's tail. */
    void link(int lot, int pending) {
        tailNext.add(tailHead.get(lot));
        tailHead.set(lot, pending);
        if (lot < baseLots) {
            hasTail[lot >>> 6] |= 1L << lot;
        }
    }

    int tailSize() {
        return tailNext.size();
    }

    /** Returns the first base entry of a lot. */
    int baseFrom(int lot) {
        return lot < baseLots ? starts.start(lot) : 0;
    }

    /** Returns the end (exclusive) of a lot's base entries. */
    int baseTo(int lot) {
        return lot < baseLots ? starts.start(lot + 1) : 0;
    }

    /** Returns the newest pending edge of a lot, or {@link #END}. */
    int tailFirst(int lot) {
        return tailHead.get(lot);
    }

    /** Returns the next older pending edge of the same lot, or {@link #END}. */
    int tailNext(int pending) {
        return tailNext.get(pending);
    }

    /**
     * Rebuilds the base: each lot's old row, then its pending edges in the order they came; empties the tail.
     *
     * @param owner for each pending edge, the lot whose row it joins
     * @param other for each pending edge, the lot at its other end
     * @param codes for each pending edge, its quantity code (read only for rows with codes)
     * @param pending the number of pending edges
     */
    void rebase(int[] owner, int[] other, int[] codes, int pending) {
        int[] newStart = new int[lots + 1];
        for (int lot = 0; lot < lots; lot++) {
            newStart[lot + 1] = baseTo(lot) - baseFrom(lot);
        }
        for (int i = 0; i < pending; i++) {
            newStart[owner[i] + 1]++;
        }
        for (int lot = 0; lot < lots; lot++) {
            newStart[lot + 1] += newStart[lot];
        }
        int codeBits = 0;
        if (withCodes) {
            codeBits = rows.codeBits;
            for (int i = 0; i < pending; i++) {
                codeBits = Math.max(codeBits, PackedEntries.codeBitsFor(codes[i]));
            }
        }
        PackedEntries newRows = new PackedEntries(newStart[lots], PackedEntries.lotBitsFor(lots), codeBits);
        int[] fill = new int[lots];
        // Between two lots with pending edges, the old rows move by the same shift: each such run is one copy.
        int runFirst = 0;
        for (int lot = 0; lot < lots; lot++) {
            int oldLength = baseTo(lot) - baseFrom(lot);
            if (newStart[lot + 1] - newStart[lot] != oldLength || lot == lots - 1) {
                int from = baseFrom(runFirst);
                newRows.copy(rows, from, from + newStart[lot] + oldLength - newStart[runFirst], newStart[runFirst]);
                fill[lot] = newStart[lot] + oldLength;
                runFirst = lot + 1;
            }
        }
        for (int i = 0; i < pending; i++) {
            newRows.set(fill[owner[i]]++, other[i], withCodes ? codes[i] : 0);
        }
        starts = new RowStarts(newStart, lots);
        hasTail = new long[(lots + 63) >>> 6];
        rows = newRows;
        baseLots = lots;
        tailNext = new IntColumn();
        tailHead = new SparseIntColumn(END);
        for (int lot = 0; lot < lots; lot++) {
            tailHead.addDefault();
        }
    }

    /** Receives an edge's quantity code and the lot at its other end. */
    @FunctionalInterface
    interface EdgeVisitor {
        void visit(int quantityCode, int other);
    }
}
