package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable column of exact decimals packed into one int each: the unscaled value in the high 28 bits (up to
 * 134,217,727 either side of zero, eight full digits) and the scale, 0 to 14, in the low 4 bits. Quantities
 * of lots are rarely larger or finer, so four bytes a value serve almost all of them; a value that does not fit is
 * kept exactly as a {@link BigDecimal} in a side map, so nothing is ever rounded. The ints sit in a sparse column
 * whose default is zero, since many lots never take part in some movement (a finished lot is never consumed). The scale bits {@code 1111} are
 * never a packing: they mark a value kept elsewhere (here {@link #NOT_PACKED}; see also {@link EdgeStore}).
 *
 * <p>The packing itself ({@link #pack}, {@link #unpack}) is shared with the edge rows.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class DecimalColumn {

    /** Returned by {@link #pack} for a value that does not pack; marks a value stored in {@link #overflow}. */
    static final int NOT_PACKED = -1;
    /** The low bits of every int that is not a packing. */
    static final int UNPACKED_TAG = 0xF;
    static final int SCALE_BITS = 4;
    private static final int MAX_UNSCALED = (1 << 27) - 1;
    private static final int MAX_SCALE = UNPACKED_TAG - 1;

    private static final long[] POWERS_OF_TEN = new long[MAX_SCALE + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Zero packs to 0, the default: a chunk of lots that never move a quantity allocates nothing. */
    private final SparseIntColumn packed = new SparseIntColumn(0);
    private final Map<Integer, BigDecimal> overflow = new HashMap<>();

    int size() {
        return packed.size();
    }

    BigDecimal get(int index) {
        int bits = packed.get(index);
        if (bits == NOT_PACKED) {
            return overflow.get(index);
        }
        return unpack(bits);
    }

    /** Reads the value's packed int, to bring it into the cache ahead of an update; returns it. */
    int touch(int index) {
        return packed.get(index);
    }

    /** Appends zero ({@link BigDecimal#ZERO}, scale 0) and returns its index. */
    int addZero() {
        return packed.addDefault();
    }

    /** Appends a value and returns its index. */
    int add(BigDecimal value) {
        int index = packed.addDefault();
        set(index, value);
        return index;
    }

    void set(int index, BigDecimal value) {
        int bits = pack(value);
        if (bits == NOT_PACKED) {
            overflow.put(index, value);
        } else if (!overflow.isEmpty()) {
            overflow.remove(index);
        }
        packed.set(index, bits);
    }

    /**
     * Adds {@code amount} to the value at {@code index}, exactly, with the scale {@link BigDecimal#add} gives (the
     * larger of the two). When both are packed and the sum fits, it is computed on the packed ints alone.
     */
    void addTo(int index, BigDecimal amount) {
        addTo(index, amount, pack(amount));
    }

    /** As {@link #addTo(int, BigDecimal)}, with the amount's {@link #pack packing} already made. */
    void addTo(int index, BigDecimal amount, int amountBits) {
        int bits = packed.get(index);
        if (bits != NOT_PACKED && amountBits != NOT_PACKED) {
            int scale = bits & UNPACKED_TAG;
            int amountScale = amountBits & UNPACKED_TAG;
            // Aligning to the larger scale multiplies by at most 10^15: an unscaled value below 2^27 times that
            // stays far below 2^63, so the long arithmetic is exact.
            long sum = (bits >> SCALE_BITS) * POWERS_OF_TEN[Math.max(scale, amountScale) - scale]
                    + (amountBits >> SCALE_BITS) * POWERS_OF_TEN[Math.max(scale, amountScale) - amountScale];
            if (sum <= MAX_UNSCALED && sum >= -MAX_UNSCALED) {
                packed.set(index, (int) sum << SCALE_BITS | Math.max(scale, amountScale));
                return;
            }
        }
        set(index, get(index).add(amount));
    }

    /** Returns the value packed into an int, or {@link #NOT_PACKED} if it does not fit. */
    static int pack(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > MAX_SCALE || value.precision() > 9) {
            return NOT_PACKED;
        }
        // At most 9 digits: the value fits a long exactly. Scaling by the power of ten of the scale yields the
        // unscaled value without building a BigInteger; unlike movePointRight, whose result may be either of two
        // objects, the scaled copy feeds only longValue, so the JIT can leave it unallocated (a replay packs
        // several quantities an event).
        long raw = value.scaleByPowerOfTen(scale).longValue();
        if (raw > MAX_UNSCALED || raw < -MAX_UNSCALED) {
            return NOT_PACKED;
        }
        return (int) raw << SCALE_BITS | scale;
    }

    /** Returns the value of a packing made by {@link #pack}. */
    static BigDecimal unpack(int bits) {
        return BigDecimal.valueOf(bits >> SCALE_BITS, bits & UNPACKED_TAG);
    }
}
