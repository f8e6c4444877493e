package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable column of exact decimals packed into one long each: the unscaled value in the high 56 bits and the
 * scale in the low 8 bits. A value that does not fit (more than 16 significant digits or an extreme scale) is kept
 * exactly as a {@link BigDecimal} in a side map, so nothing is ever rounded; in practice that map stays empty.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class DecimalColumn {

    /** Marks a value stored in {@link #overflow}; it is not a valid packing because its unscaled part is excluded. */
    private static final long OVERFLOW = Long.MIN_VALUE;
    private static final long MAX_UNSCALED = (1L << 55) - 1;

    private final LongColumn packed = new LongColumn();
    private final Map<Integer, BigDecimal> overflow = new HashMap<>();

    int size() {
        return packed.size();
    }

    BigDecimal get(int index) {
        long bits = packed.get(index);
        if (bits == OVERFLOW) {
            return overflow.get(index);
        }
        return BigDecimal.valueOf(bits >> 8, (byte) bits);
    }

    /** Appends a value and returns its index. */
    int add(BigDecimal value) {
        int index = packed.add(0L);
        set(index, value);
        return index;
    }

    void set(int index, BigDecimal value) {
        long bits = pack(value);
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

    private static long pack(BigDecimal value) {
        int scale = value.scale();
        if (scale < Byte.MIN_VALUE || scale > Byte.MAX_VALUE || value.precision() > 18) {
            return OVERFLOW;
        }
        // At most 18 digits fit a long; moving the point to the end yields the unscaled value without building a
        // BigInteger, which matters on the replay path.
        long raw = value.movePointRight(scale).longValue();
        if (raw > MAX_UNSCALED || raw < -MAX_UNSCALED) {
            return OVERFLOW;
        }
        return (raw << 8) | (scale & 0xFFL);
    }
}
