package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * Per-thread scratch space for searches: which lots the current search has visited, and each visited lot's slot
 * in the search's result. A search starts by bumping the epoch instead of clearing the arrays, so a trace that
 * reaches ten lots costs ten steps, not a pass over a million lots.
 *
 * <p>Not thread-safe: each thread uses its own instance through {@link #forCurrentThread(int)}.
 */
final class VisitMarks {

    private static final ThreadLocal<VisitMarks> PER_THREAD = ThreadLocal.withInitial(VisitMarks::new);

    /** Pairs per lot: {@code [2 * lot]} is the epoch of its last visit, {@code [2 * lot + 1]} its slot (one cache line). */
    private int[] marks = new int[0];
    private int epoch;

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

    boolean visited(int lot) {
        return marks[2 * lot] == epoch;
    }

    void visit(int lot, int slot) {
        marks[2 * lot] = epoch;
        marks[2 * lot + 1] = slot;
    }

    int slot(int lot) {
        return marks[2 * lot + 1];
    }
}
