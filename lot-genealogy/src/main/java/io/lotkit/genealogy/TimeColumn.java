package io.lotkit.genealogy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable column of optional instants: each instant's second as an int offset from the column's first second (an
 * offset reaches 68 years either way), and its nanosecond in a sparse column, allocated only for the chunks that hold
 * an instant with a fraction of a second. Event times recorded to the second cost four bytes each, and those with a
 * fraction eight. An instant beyond the offset's reach is kept whole in a side map, so nothing is ever rounded or
 * refused.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class TimeColumn {

    /** Marks a missing instant. */
    private static final int NONE = Integer.MIN_VALUE;
    /** Marks an instant kept in {@link #outOfRange}. */
    private static final int OUT_OF_RANGE = Integer.MIN_VALUE + 1;

    private final IntColumn seconds = new IntColumn();
    private final SparseIntColumn nanos = new SparseIntColumn(0);
    private final Map<Integer, Instant> outOfRange = new HashMap<>();
    /** The second offsets count from; set by the first instant stored. */
    private long baseSecond;
    private boolean hasBase;

    int size() {
        return seconds.size();
    }

    /** Appends an instant, or {@code null} for none, and returns its index. */
    int add(Instant instant) {
        int index = seconds.add(NONE);
        nanos.addDefault();
        set(index, instant);
        return index;
    }

    /** Replaces the instant at {@code index}; {@code null} for none. */
    void set(int index, Instant instant) {
        if (instant != null && !hasBase) {
            baseSecond = instant.getEpochSecond();
            hasBase = true;
        }
        int offset = instant == null ? NONE : offset(instant);
        if (offset == OUT_OF_RANGE) {
            outOfRange.put(index, instant);
        } else if (!outOfRange.isEmpty()) {
            outOfRange.remove(index);
        }
        seconds.set(index, offset);
        nanos.set(index, offset == NONE || offset == OUT_OF_RANGE ? 0 : instant.getNano());
    }

    /** Returns the instant at {@code index}, or {@code null} if there is none. */
    Instant get(int index) {
        int offset = seconds.get(index);
        if (offset == NONE) {
            return null;
        }
        if (offset == OUT_OF_RANGE) {
            return outOfRange.get(index);
        }
        return Instant.ofEpochSecond(baseSecond + offset, nanos.get(index));
    }

    boolean isPresent(int index) {
        return seconds.get(index) != NONE;
    }

    /**
     * Compares the instant at {@code index}, which must be present, with {@code instant}; creates no object unless
     * the stored instant is kept whole.
     */
    int compareTo(int index, Instant instant) {
        int offset = seconds.get(index);
        if (offset == OUT_OF_RANGE) {
            return get(index).compareTo(instant);
        }
        int bySecond = Long.compare(baseSecond + offset, instant.getEpochSecond());
        return bySecond != 0 ? bySecond : Integer.compare(nanos.get(index), instant.getNano());
    }

    /** Returns the instant's second as an offset from the base, or {@link #OUT_OF_RANGE}. */
    private int offset(Instant instant) {
        long offset = instant.getEpochSecond() - baseSecond;
        if (offset <= OUT_OF_RANGE || offset > Integer.MAX_VALUE) {
            return OUT_OF_RANGE;
        }
        return (int) offset;
    }
}
