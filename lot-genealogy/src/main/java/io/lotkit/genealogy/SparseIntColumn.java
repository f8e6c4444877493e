package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * A growable column of ints in which most values are expected to be one default value (a lot with no receipt, a
 * lot in the graph's first unit): storage is allocated in small chunks, and only for chunks that hold some other
 * value. A column whose values are mostly the default costs a few bytes per chunk; a dense one costs what an
 * {@link IntColumn} does.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class SparseIntColumn {

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    private final int defaultValue;
    private int[][] chunks = new int[4][];
    private int size;

    SparseIntColumn(int defaultValue) {
        this.defaultValue = defaultValue;
    }

    int size() {
        return size;
    }

    /** Appends the default value and returns its index. */
    int addDefault() {
        int index = size;
        int chunk = index >>> CHUNK_BITS;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        size = index + 1;
        return index;
    }

    int get(int index) {
        int[] chunk = chunks[index >>> CHUNK_BITS];
        return chunk == null ? defaultValue : chunk[index & CHUNK_MASK];
    }

    void set(int index, int value) {
        int[] chunk = chunks[index >>> CHUNK_BITS];
        if (chunk == null) {
            if (value == defaultValue) {
                return;
            }
            chunk = new int[CHUNK_SIZE];
            if (defaultValue != 0) {
                Arrays.fill(chunk, defaultValue);
            }
            chunks[index >>> CHUNK_BITS] = chunk;
        }
        chunk[index & CHUNK_MASK] = value;
    }
}
