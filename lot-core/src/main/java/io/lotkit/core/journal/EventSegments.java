package io.lotkit.core.journal;

import java.util.Arrays;

/**
 * The events of an {@link InMemoryJournal}: an append-only sequence kept in fixed-size segments rather than one
 * growing array.
 *
 * <p>Why segments: a journal that takes millions of appends would otherwise copy its whole array each time it grows,
 * and once that array is large it lives among the collector's old (or humongous) objects, so every append stores a
 * young event into an old array, which the collector must then track. A segment is small and allocated when the
 * previous one fills, so most appends write into a young segment, nothing is ever copied but the short directory of
 * segments, and a replay reads the segments in place instead of copying them.
 *
 * <p>Not thread-safe: {@link InMemoryJournal} guards every call with the instance's monitor. Entries below
 * {@link #size()} never change once written, which is what lets a {@link Snapshot} be read outside the monitor.
 */
final class EventSegments {

    private static final int SEGMENT_BITS = 12;
    private static final int SEGMENT_SIZE = 1 << SEGMENT_BITS;
    private static final int SEGMENT_MASK = SEGMENT_SIZE - 1;
    /** The most events kept; positions stay ints, as the list this replaced kept them. */
    static final int MAX_SIZE = Integer.MAX_VALUE - SEGMENT_SIZE;

    private Object[][] segments = new Object[16][];
    private int size;

    /** Returns how many events are stored. */
    int size() {
        return size;
    }

    /** Stores one more event at position {@link #size()}, which the caller has checked is below {@link #MAX_SIZE}. */
    void add(Object event) {
        int position = size;
        int index = position >>> SEGMENT_BITS;
        Object[][] directory = segments;
        if (index == directory.length) {
            directory = Arrays.copyOf(directory, index * 2);
            segments = directory;
        }
        Object[] segment = directory[index];
        if (segment == null) {
            segment = new Object[SEGMENT_SIZE];
            directory[index] = segment;
        }
        segment[position & SEGMENT_MASK] = event;
        size = position + 1;
    }

    /** Forgets the events from {@code newSize} on, as if they had never been added. */
    void truncate(int newSize) {
        for (int position = newSize; position < size; position++) {
            segments[position >>> SEGMENT_BITS][position & SEGMENT_MASK] = null;
        }
        size = Math.min(size, newSize);
    }

    /** Returns the events stored now, readable without the monitor while later events are appended. */
    Snapshot snapshot() {
        return new Snapshot(segments, size);
    }

    /**
     * The first {@code size} events as they were when the snapshot was taken. Later appends may replace the
     * directory but never change a stored entry, so this view stays valid.
     */
    static final class Snapshot {
        private final Object[][] segments;
        private final int size;

        private Snapshot(Object[][] segments, int size) {
            this.segments = segments;
            this.size = size;
        }

        /** Returns how many events the snapshot holds. */
        int size() {
            return size;
        }

        /** Returns the event at {@code position}, which must be below {@link #size()}. */
        Object get(int position) {
            return segments[position >>> SEGMENT_BITS][position & SEGMENT_MASK];
        }
    }
}
