package io.lotkit.fefo;

/**
 * The identity of a reservation made by {@link StockIndex#reserve(AllocationRequest)}. Ids are positive and
 * increase in the order reservations are made; they survive a replay of the journal unchanged.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id, at least 1
 */
public record ReservationId(long value) implements Comparable<ReservationId> {

    /**
     * Validates the id.
     *
     * @param value the id, at least 1
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public ReservationId {
        if (value < 1) {
            throw new IllegalArgumentException("reservation id must be at least 1: " + value);
        }
    }

    /**
     * Returns the reservation id with the given value.
     *
     * @param value the id, at least 1
     * @return the id
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public static ReservationId of(long value) {
        return new ReservationId(value);
    }

    /** Orders by value, which is the order the reservations were made in. */
    @Override
    public int compareTo(ReservationId other) {
        return Long.compare(value, other.value);
    }

    /** Returns {@code R} followed by the value, e.g. {@code R42}. */
    @Override
    public String toString() {
        return "R" + value;
    }
}
