package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable column of exact decimals packed into one int each: the unscaled value in the high 28 bits (up to
 * 134,217,727 either side of zero, eight full digits) and the scale, 0 to 15, in the low 4 bits. Quantities
 * of lots are rarely larger or finer, so four bytes a value serve almost all of them; a value that does not fit is
 * kept exactly as a {@link BigDecimal} in a side map, so nothing is ever rounded.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class DecimalColumn {

    /** Marks a value stored in {@link #overflow}; it is not a valid packing because its unscaled part is excluded. */
    private static final int OVERFLOW = Integer.MIN_VALUE;
    private static final int MAX_UNSCALED = (1 << 27) - 1;
    private static final int SCALE_BITS = 4;
    private static final int MAX_SCALE = (1 << SCALE_BITS) - 1;

    private final IntColumn packed = new IntColumn();
    private final Map<Integer, BigDecimal> overflow = new HashMap<>();

    int size() {
        return packed.size();
    }

    BigDecimal get(int index) {
        int bits = packed.get(index);
        if (bits == OVERFLOW) {
            return overflow.get(index);
        }
        return BigDecimal.valueOf(bits >> SCALE_BITS, bits & MAX_SCALE);
    }

    /** Appends a value and returns its index. */
    int add(BigDecimal value) {
        int index = packed.add(0);
        set(index, value);
        return index;
    }

    void set(int index, BigDecimal value) {
        int bits = pack(value);
        if (bits == OVERFLOW) {
            overflow.put(index, value);
        } else if (!overflow.isEmpty()) {
            overflow.remove(index);
        }
        packed.set(index, bits);
    }

    void addTo(int index, BigDecimal amount) {
        set(index, get(index).add(amount));
    }

    private static int pack(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > MAX_SCALE || value.precision() > 9) {
            return OVERFLOW;
        }
        // At most 9 digits: the value fits a long exactly. Moving the point to the end yields the unscaled value
        // without building a BigInteger, which matters on the replay path.
        long raw = value.movePointRight(scale).longValue();
        if (raw > MAX_UNSCALED || raw < -MAX_UNSCALED) {
            return OVERFLOW;
        }
        return (int) raw << SCALE_BITS | scale;
    }
}
