package io.lotkit.fefo;

/**
 * The identity of a reservation made by {@link StockIndex#reserve(AllocationRequest)}: the item reserved and a
 * number. Numbers are positive, unique within an index and increase in the order reservations are made; ids survive
 * a replay of the journal unchanged. Carrying the item lets every operation on a reservation go straight to that
 * item's stock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param item the item reserved
 * @param value the number, at least 1
 */
public record ReservationId(String item, long value) implements Comparable<ReservationId> {

    /**
     * Validates the id.
     *
     * @param item the item reserved
     * @param value the number, at least 1
     * @throws IllegalArgumentException if the item is {@code null} or empty, or {@code value} is less than 1
     */
    public ReservationId {
        Checks.text("item", item);
        if (value < 1) {
            throw new IllegalArgumentException("reservation number must be at least 1: " + value);
        }
    }

    /**
     * Returns the reservation id of an item with the given number.
     *
     * @param item the item reserved
     * @param value the number, at least 1
     * @return the id
     * @throws IllegalArgumentException if the item is {@code null} or empty, or {@code value} is less than 1
     */
    public static ReservationId of(String item, long value) {
        return new ReservationId(item, value);
    }

    /** Orders by number, which is the order the reservations were made in. */
    @Override
    public int compareTo(ReservationId other) {
        int byValue = Long.compare(value, other.value);
        return byValue != 0 ? byValue : item.compareTo(other.item);
    }

    /** Returns {@code R}, the number, {@code @} and the item, e.g. {@code R42@4006381333931}. */
    @Override
    public String toString() {
        return "R" + value + "@" + item;
    }
}
