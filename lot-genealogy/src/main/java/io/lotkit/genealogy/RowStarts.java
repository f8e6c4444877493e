package io.lotkit.genealogy;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each lot's row starts in the packed edge entries, in about two bytes a lot instead of four: lots are taken
 * in blocks of {@link #BLOCK} consecutive ids, each block holds the absolute start of its first lot, and each lot
 * its start's offset from its block's, as a {@code char}. A block whose rows span more than a {@code char} (a lot
 * with tens of thousands of edges) keeps its lots' absolute starts instead, in a side array its block start points
 * to (as {@code -(index + 1)}). The block starts are a few hundredths of the offsets, so they stay in the cache and a
 * lookup costs the one cache line of the offsets it would have cost as ints.
 *
 * <p>Immutable once built.
 */
final class RowStarts {

    static final int BLOCK_BITS = 6;
    static final int BLOCK = 1 << BLOCK_BITS;

    /** Per block: its first lot's start, or {@code -(index + 1)} of its absolute starts in {@link #wide}. */
    private final int[] blockStart;
    /** Per lot, and one past the last lot: its start's offset from its block's start. */
    private final char[] offset;
    private final int[][] wide;

    /**
     * Packs row starts.
     *
     * @param starts {@code lots + 1} non-decreasing starts: row {@code l} is {@code [starts[l], starts[l + 1])}
     * @param lots the number of lots
     */
    RowStarts(int[] starts, int lots) {
        int blocks = (lots >>> BLOCK_BITS) + 1;
        blockStart = new int[blocks];
        offset = new char[lots + 1];
        List<int[]> wideBlocks = new ArrayList<>();
        for (int block = 0; block < blocks; block++) {
            int first = block << BLOCK_BITS;
            int last = Math.min(lots, first + BLOCK - 1);
            int base = starts[first];
            if (starts[last] - base <= Character.MAX_VALUE) {
                blockStart[block] = base;
                for (int lot = first; lot <= last; lot++) {
                    offset[lot] = (char) (starts[lot] - base);
                }
            } else {
                int[] absolute = new int[BLOCK];
                System.arraycopy(starts, first, absolute, 0, last - first + 1);
                wideBlocks.add(absolute);
                blockStart[block] = -wideBlocks.size();
            }
        }
        wide = wideBlocks.toArray(new int[0][]);
    }

    /** Returns where row {@code lot} starts; for {@code lot == lots}, where the last row ends. */
    int start(int lot) {
        int base = blockStart[lot >>> BLOCK_BITS];
        return base >= 0 ? base + offset[lot] : wide[-base - 1][lot & (BLOCK - 1)];
    }
}
