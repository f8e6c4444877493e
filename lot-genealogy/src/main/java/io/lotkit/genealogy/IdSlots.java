package io.lotkit.genealogy;

import java.util.function.IntUnaryOperator;

/**
 * The open-addressing tables that find a dense id by its value ({@link StringPool}, the (party, place) pairs of
 * {@link LotRecords}): an {@code int[]} of a power-of-two length holding {@code id + 1} (0 marks an empty slot), kept
 * at most half full, probed linearly from the value's {@linkplain LotTable#mix mixed} hash. The tables differ only in
 * how a value is hashed and compared, so they share the probe start and the growth here.
 */
final class IdSlots {

    private IdSlots() {
    }

    /** Where probing for a value of this (unmixed) hash starts in a table of {@code mask + 1} slots. */
    static int home(int hash, int mask) {
        return LotTable.mix(hash) & mask;
    }

    /** A table twice as long holding ids {@code 0 .. count - 1}, each placed by {@code hashOf(id)}. */
    static int[] doubled(int[] slots, int count, IntUnaryOperator hashOf) {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < count; id++) {
            int slot = home(hashOf.applyAsInt(id), mask);
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        return bigger;
    }
}
