package io.lotkit.fefo;

/**
 * An open reservation of one item, as its {@link ReservationTable} keeps it: per line, the slot and the units still
 * reserved. Two kinds: {@link OneLineReservation}, the usual one-line reservation made by the index's own allocation,
 * which is at the same time the result's and the journaled event's immutable list of lines (one object where there
 * were three); and {@link ArrayReservation}, for several lines and for reservations made by a replay.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
sealed interface OpenReservation permits ArrayReservation, OneLineReservation {

    /** The reservation's number. */
    long id();

    /** The customer, or {@code null}. */
    String customer();

    /** How many lines the reservation was made with (lines picked empty stay, with 0 units). */
    int lineCount();

    /** The line's slot. */
    int slot(int line);

    /** The units the line still holds. */
    long units(int line);

    /** Sets the units the line still holds (after a pick or a cancellation). */
    void setUnits(int line, long units);

    /** Whether the reservation is kept in its {@link ReservationTable}'s array after being removed from it. */
    boolean removed();

    /** Sets {@link #removed()}; only the table calls this. */
    void markRemoved(boolean removed);

    /**
     * The reservation added to the same {@link ReservationTable} just before this one, while both wait there to be
     * placed in its array; otherwise {@code null}.
     */
    OpenReservation addedBefore();

    /** Sets {@link #addedBefore()}; only the table calls this. */
    void addedBefore(OpenReservation reservation);

    /**
     * Records that the positions the reservation was made with are those of {@code order} at the item's shape
     * {@code shape}; a reservation that holds no positions ignores this.
     */
    void positionsOf(SlotOrder order, int shape);

    /** The order whose positions the lines hold at the item's shape {@code shape}, or {@code null}. */
    SlotOrder orderAt(int shape);

    /** The line's position in {@link #orderAt}'s order (only meaningful while that is not {@code null}). */
    int position(int line);

    /** The line holding the slot, or -1. */
    default int line(int slot) {
        for (int i = 0; i < lineCount(); i++) {
            if (slot(i) == slot) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether no line holds anything any more. (Not {@code isEmpty}: a {@link OneLineReservation} is also a list, whose
     * {@code isEmpty} is about its lines as reserved.)
     */
    default boolean holdsNothing() {
        for (int i = 0; i < lineCount(); i++) {
            if (units(i) > 0) {
                return false;
            }
        }
        return true;
    }
}
