package io.lotkit.genealogy;

import java.util.Arrays;

/**
 * A growable column of longs stored in fixed-size chunks, like {@link IntColumn}: amortized constant-time appends
 * with no copy of stored values and at most one chunk unused.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class LongColumn {

    private long[][] chunks = new long[4][];
    private int size;

    int size() {
        return size;
    }

    long get(int index) {
        return chunks[index >>> IntColumn.CHUNK_BITS][index & IntColumn.CHUNK_MASK];
    }

    void set(int index, long value) {
        chunks[index >>> IntColumn.CHUNK_BITS][index & IntColumn.CHUNK_MASK] = value;
    }

    /** Appends a value and returns its index. */
    int add(long value) {
        int index = size;
        int chunk = index >>> IntColumn.CHUNK_BITS;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new long[IntColumn.CHUNK_SIZE];
        }
        chunks[chunk][index & IntColumn.CHUNK_MASK] = value;
        size = index + 1;
        return index;
    }
}
