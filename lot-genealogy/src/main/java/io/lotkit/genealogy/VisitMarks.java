package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * Per-thread scratch space for searches: which lots the current search has visited, each visited lot's slot in the
 * search's result, and the growing result itself. A search starts by bumping the epoch instead of clearing the
 * marks, so a trace that reaches ten lots costs ten steps, not a pass over a million lots; and it fills the result
 * buffers kept from earlier searches instead of growing new ones, copying its result out once at the end.
 *
 * <p>A search's first {@link #SMALL_LIMIT} lots are marked in a small open-addressing table that stays in the
 * processor's nearest cache, since most traces are that small; only a search that outgrows it moves its marks to the
 * per-lot array, whose every visit is a cache miss on a large graph.
 *
 * <p>Not thread-safe: each thread uses its own instance through {@link #forCurrentThread(int)}.
 */
final class VisitMarks {

    private static final ThreadLocal<VisitMarks> PER_THREAD = ThreadLocal.withInitial(VisitMarks::new);
    private static final int INITIAL_CAPACITY = 256;
    /** The most lots the small table marks; it is kept at most half full. */
    static final int SMALL_LIMIT = 512;
    private static final int SMALL_BITS = 10;
    private static final int SMALL_MASK = (1 << SMALL_BITS) - 1;

    /** The small table: {@code lot + 1} (0 for empty) and the lot's slot, by hash position. */
    private final int[] smallKeys = new int[1 << SMALL_BITS];
    private final int[] smallSlots = new int[1 << SMALL_BITS];
    /** The number of lots marked in the current search; past {@link #SMALL_LIMIT} the per-lot array takes over. */
    private int marked;
    /** The number of lots of the graph searched, which the per-lot array must cover once it is used. */
    private int graphLots;

    /** Pairs per lot: {@code [2 * lot]} is the epoch of its last visit, {@code [2 * lot + 1]} its slot (one cache line). */
    private int[] marks = new int[0];
    private int epoch;

    /** The lots found, by slot. */
    int[] lots = new int[INITIAL_CAPACITY];
    /** The depth of each slot's lot. */
    int[] depths = new int[INITIAL_CAPACITY];
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
        graphLots = lotCount;
        if (marked > 0 && marked <= SMALL_LIMIT) {
            // Clear exactly the positions the last search filled: its lots, which are still in the result buffer.
            for (int slot = 0; slot < marked; slot++) {
                clearSmall(lots[slot]);
            }
        }
        marked = 0;
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

    /** Marks a lot visited at a slot; slots are given in order, from 0, each lot stored at {@code lots[slot]}. */
    void visit(int lot, int slot) {
        marked++;
        if (marked <= SMALL_LIMIT) {
            int position = smallPosition(lot);
            while (smallKeys[position] != 0) {
                position = (position + 1) & SMALL_MASK;
            }
            smallKeys[position] = lot + 1;
            smallSlots[position] = slot;
            return;
        }
        if (marked == SMALL_LIMIT + 1) {
            // Outgrown: move the small table's lots to the per-lot array, and empty the small table.
            if (marks.length < 2L * graphLots) {
                int capacity = Math.max(graphLots, (marks.length >> 1) + (marks.length >> 2));
                marks = Arrays.copyOf(marks, 2 * capacity);
            }
            for (int earlier = 0; earlier < SMALL_LIMIT; earlier++) {
                clearSmall(lots[earlier]);
                marks[2 * lots[earlier]] = epoch;
                marks[2 * lots[earlier] + 1] = earlier;
            }
        }
        marks[2 * lot] = epoch;
        marks[2 * lot + 1] = slot;
    }

    /** Returns the slot of a lot visited by the current search, or -1 if it was not visited. */
    int slotIfVisited(int lot) {
        if (marked <= SMALL_LIMIT) {
            for (int position = smallPosition(lot); ; position = (position + 1) & SMALL_MASK) {
                int key = smallKeys[position];
                if (key == lot + 1) {
                    return smallSlots[position];
                }
                if (key == 0) {
                    return -1;
                }
            }
        }
        return marks[2 * lot] == epoch ? marks[2 * lot + 1] : -1;
    }

    private static int smallPosition(int lot) {
        return (lot * 0x9E3779B9) >>> (32 - SMALL_BITS);
    }

    /** Empties the small table's entry for a lot that is in it, probing past any entry, empty or not. */
    private void clearSmall(int lot) {
        int position = smallPosition(lot);
        while (smallKeys[position] != lot + 1) {
            position = (position + 1) & SMALL_MASK;
        }
        smallKeys[position] = 0;
    }
}
