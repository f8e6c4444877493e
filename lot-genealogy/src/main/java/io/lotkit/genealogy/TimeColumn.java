package io.lotkit.genealogy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable column of optional instants, each packed into one long as nanoseconds since the epoch: exact for the
 * years 1678 to 2262, which holds every plausible event time in eight bytes instead of a second and a nano in twelve.
 * An instant outside that range is kept whole in a side map, so nothing is ever rounded or refused.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class TimeColumn {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Marks a missing instant. */
    private static final long NONE = Long.MIN_VALUE;
    /** Marks an instant kept in {@link #outOfRange}. */
    private static final long OUT_OF_RANGE = Long.MIN_VALUE + 1;
    /** The seconds whose every instant packs without overflow; the markers lie below the lowest packing. */
    private static final long MIN_SECOND = Long.MIN_VALUE / NANOS_PER_SECOND + 1;
    private static final long MAX_SECOND = Long.MAX_VALUE / NANOS_PER_SECOND - 1;

    private final LongColumn packed = new LongColumn();
    private final Map<Integer, Instant> outOfRange = new HashMap<>();

    int size() {
        return packed.size();
    }

    /** Appends an instant, or {@code null} for none, and returns its index. */
    int add(Instant instant) {
        int index = packed.add(NONE);
        set(index, instant);
        return index;
    }

    /** Replaces the instant at {@code index}; {@code null} for none. */
    void set(int index, Instant instant) {
        long bits = instant == null ? NONE : pack(instant);
        if (bits == OUT_OF_RANGE) {
            outOfRange.put(index, instant);
        } else if (!outOfRange.isEmpty()) {
            outOfRange.remove(index);
        }
        packed.set(index, bits);
    }

    /** Returns the instant at {@code index}, or {@code null} if there is none. */
    Instant get(int index) {
        long bits = packed.get(index);
        if (bits == NONE) {
            return null;
        }
        if (bits == OUT_OF_RANGE) {
            return outOfRange.get(index);
        }
        return Instant.ofEpochSecond(Math.floorDiv(bits, NANOS_PER_SECOND), Math.floorMod(bits, NANOS_PER_SECOND));
    }

    boolean isPresent(int index) {
        return packed.get(index) != NONE;
    }

    /**
     * Compares the instant at {@code index}, which must be present, with {@code instant}; creates no object unless
     * one of them is out of the packed range.
     */
    int compareTo(int index, Instant instant) {
        long bits = packed.get(index);
        long other = pack(instant);
        if (bits == OUT_OF_RANGE || other == OUT_OF_RANGE) {
            return get(index).compareTo(instant);
        }
        return Long.compare(bits, other);
    }

    private static long pack(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < MIN_SECOND || second > MAX_SECOND) {
            return OUT_OF_RANGE;
        }
        return second * NANOS_PER_SECOND + instant.getNano();
    }
}
