package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * Per-thread scratch space for searches: which lots the current search has visited, each visited lot's slot in the
 * search's result, and the growing result itself. A search does not clear the marks of the one before: each lot's
 * mark is one int, {@code base + 1 + slot}, and each search counts from a base above every mark the searches before
 * it wrote, so that a mark at or below the base means "not visited yet". A trace that reaches ten lots so costs ten
 * steps, not a pass over a million lots, and a lot's visit and slot are one read of four bytes (the marks of a
 * million lots, 4 MB, stay closer to the processor than twice that). The marks are cleared only when the base would
 * outgrow an int, after some two billion lots visited. A search fills the result buffers kept from earlier searches
 * instead of growing new ones, copying its result out once at the end.
 *
 * <p>Not thread-safe: each thread uses its own instance through {@link #forCurrentThread(int)}.
 */
final class VisitMarks {

    private static final ThreadLocal<VisitMarks> PER_THREAD = ThreadLocal.withInitial(VisitMarks::new);
    private static final int INITIAL_CAPACITY = 256;

    /** Per lot: {@code base + 1 + slot} if the current search visited it, else at most {@link #base}. */
    private int[] marks = new int[0];
    /** The current search's base: every mark written before it started is at most this. */
    private int base;
    /** The number of lots the current search has visited (one more than the highest slot it marked). */
    private int visited;

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

    VisitMarks() {
        this(0);
    }

    /** Creates marks whose first search counts from {@code base} (tests start near the top of the int range). */
    VisitMarks(int base) {
        this.base = base;
    }

    /** Returns this thread's marks, cleared and large enough for {@code lotCount} lots. */
    static VisitMarks forCurrentThread(int lotCount) {
        VisitMarks marks = PER_THREAD.get();
        marks.startSearch(lotCount);
        return marks;
    }

    /** Starts a search over {@code lotCount} lots: none is visited yet. */
    void startSearch(int lotCount) {
        if (marks.length < lotCount) {
            int capacity = Math.max(lotCount, marks.length + (marks.length >> 1));
            marks = Arrays.copyOf(marks, capacity);
        }
        // The new base lies above every mark written so far; the marks are cleared if this search's could overflow.
        long next = (long) base + visited;
        visited = 0;
        if (next + 1 + lotCount > Integer.MAX_VALUE) {
            Arrays.fill(marks, 0);
            next = 0;
        }
        base = (int) next;
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

    /** Marks a lot visited at a slot; slots are given in order from 0, one per lot. */
    void visit(int lot, int slot) {
        marks[lot] = base + 1 + slot;
        visited = slot + 1;
    }

    /** Returns the slot of a lot visited by the current search, or -1 if it was not visited. */
    int slotIfVisited(int lot) {
        int mark = marks[lot];
        return mark > base ? mark - base - 1 : -1;
    }
}
