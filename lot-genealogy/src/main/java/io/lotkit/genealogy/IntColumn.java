package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * A growable column of ints stored in fixed-size chunks: an append never copies the values already stored (only the
 * small array of chunk references grows), so appends are amortized constant time and the unused capacity is at
 * most one chunk. A chunk, once allocated, is never replaced.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class IntColumn {

    static final int CHUNK_BITS = 14;
    static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    static final int CHUNK_MASK = CHUNK_SIZE - 1;

    private int[][] chunks = new int[4][];
    private int size;

    int size() {
        return size;
    }

    int get(int index) {
        return chunks[index >>> CHUNK_BITS][index & CHUNK_MASK];
    }

    void set(int index, int value) {
        chunks[index >>> CHUNK_BITS][index & CHUNK_MASK] = value;
    }

    /** Copies every value, in order, to the start of {@code target}, a chunk at a time. */
    void copyTo(int[] target) {
        for (int from = 0; from < size; from += CHUNK_SIZE) {
            System.arraycopy(chunks[from >>> CHUNK_BITS], 0, target, from, Math.min(CHUNK_SIZE, size - from));
        }
    }

    /** Appends a value and returns its index. */
    int add(int value) {
        int index = size;
        int chunk = index >>> CHUNK_BITS;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new int[CHUNK_SIZE];
        }
        chunks[chunk][index & CHUNK_MASK] = value;
        size = index + 1;
        return index;
    }
}
