package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * Per-thread scratch space for searches: which lots the current search has visited, each visited lot's slot in the
 * search's result, and the growing result itself. A search starts by bumping the epoch instead of clearing the
 * marks, so a trace that reaches ten lots costs ten steps, not a pass over a million lots; and it fills the result
 * buffers kept from earlier searches instead of growing new ones, copying its result out once at the end.
 *
 * <p>Not thread-safe: each thread uses its own instance through {@link #forCurrentThread(int)}.
 */
final class VisitMarks {

    private static final ThreadLocal<VisitMarks> PER_THREAD = ThreadLocal.withInitial(VisitMarks::new);
    private static final int INITIAL_CAPACITY = 256;

    /** Pairs per lot: {@code [2 * lot]} is the epoch of its last visit, {@code [2 * lot + 1]} its slot (one cache line). */
    private int[] marks = new int[0];
    private int epoch;

    /** The lots found, by slot. */
    int[] lots = new int[INITIAL_CAPACITY];
    /** The depth of each slot's lot. */
    int[] depths = new int[INITIAL_CAPACITY];
    /** The first entry of each slot's lot's base row, read when the lot is found. */
    int[] rowFrom = new int[INITIAL_CAPACITY];
    /** The quantity codes of the edges followed. */
    int[] edges = new int[INITIAL_CAPACITY];
    /** For each edge followed, the slot it was followed from. */
    int[] edgeFrom = new int[INITIAL_CAPACITY];
    /** For each edge followed, the slot it led to. */
    int[] edgeTo = new int[INITIAL_CAPACITY];

    /** Returns this thread's marks, cleared and large enough for {@code lotCount} lots. */
    static VisitMarks forCurrentThread(int lotCount) {
        VisitMarks marks = PER_THREAD.get();
        marks.reset(lotCount);
        return marks;
    }

    private void reset(int lotCount) {
        if (marks.length < 2L * lotCount) {
            int capacity = Math.max(lotCount, (marks.length >> 1) + (marks.length >> 2));
            marks = Arrays.copyOf(marks, 2 * capacity);
        }
        epoch++;
        if (epoch == 0) {
            Arrays.fill(marks, 0);
            epoch = 1;
        }
    }

    /** Makes the result buffers hold at least {@code lotCapacity} lots and {@code edgeCapacity} edges. */
    void ensureRoom(int lotCapacity, int edgeCapacity) {
        if (lotCapacity > lots.length) {
            int capacity = grown(lots.length, lotCapacity);
            lots = Arrays.copyOf(lots, capacity);
            depths = Arrays.copyOf(depths, capacity);
            rowFrom = Arrays.copyOf(rowFrom, capacity);
        }
        if (edgeCapacity > edges.length) {
            int capacity = grown(edges.length, edgeCapacity);
            edges = Arrays.copyOf(edges, capacity);
            edgeFrom = Arrays.copyOf(edgeFrom, capacity);
            edgeTo = Arrays.copyOf(edgeTo, capacity);
        }
    }

    private static int grown(int current, int needed) {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, current + (long) (current >> 1)));
    }

    void visit(int lot, int slot) {
        marks[2 * lot] = epoch;
        marks[2 * lot + 1] = slot;
    }

    /** Returns the slot of a lot visited by the current search, or -1 if it was not visited. */
    int slotIfVisited(int lot) {
        return marks[2 * lot] == epoch ? marks[2 * lot + 1] : -1;
    }
}
