package io.lotkit.fefo;

/**
 * An open reservation of one item: per line, the slot and the units still reserved. The first line is held in the
 * reservation's own fields and only further lines in an array ((slot, units) pairs), so that the usual one-line
 * reservation, which lives as long as it is open, is one object.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class OpenReservation {

    final long id;
    final String customer;
    final int lineCount;
    private final int firstSlot;
    private final int firstPosition;
    private long firstUnits;
    /** Set while the reservation is kept in its {@link ReservationTable}'s array after being removed from it. */
    boolean removed;
    /**
     * Lines 1 and later as (position and slot, units) pairs, the position in the high and the slot in the low half of
     * the first long; {@code null} for a reservation of at most one line.
     */
    private final long[] further;
    /**
     * The order whose positions the lines hold, or {@code null} if they hold none; they are that order's positions
     * while the item's {@link ItemStock#shapeVersion} is {@link #shape} (an order is only re-sorted, or dropped and
     * made anew, when the item's shape changes), so that a release can set the order's bits by position instead of
     * looking each slot's position up.
     */
    private SlotOrder order;
    private int shape;

    /** Copies the first {@code count} slots and units (the caller may reuse the arrays); it holds no positions. */
    OpenReservation(long id, String customer, int[] slots, long[] units, int count) {
        this(id, customer, slots, null, units, count);
    }

    /**
     * Copies the first {@code count} slots and units (the caller may reuse the arrays), and the positions if not
     * {@code null} (they are only used once {@link #positionsOf} names their order).
     */
    OpenReservation(long id, String customer, int[] slots, int[] positions, long[] units, int count) {
        this.id = id;
        this.customer = customer;
        this.lineCount = count;
        this.firstSlot = count > 0 ? slots[0] : -1;
        this.firstPosition = count > 0 && positions != null ? positions[0] : -1;
        this.firstUnits = count > 0 ? units[0] : 0;
        if (count > 1) {
            further = new long[2 * (count - 1)];
            for (int i = 1; i < count; i++) {
                long position = positions != null ? positions[i] : 0;
                further[2 * (i - 1)] = position << 32 | slots[i];
                further[2 * (i - 1) + 1] = units[i];
            }
        } else {
            further = null;
        }
    }

    /** A reservation of one line. */
    OpenReservation(long id, String customer, int slot, long units) {
        this.id = id;
        this.customer = customer;
        this.lineCount = 1;
        this.firstSlot = slot;
        this.firstPosition = -1;
        this.firstUnits = units;
        this.further = null;
    }

    int slot(int line) {
        return line == 0 ? firstSlot : (int) further[2 * (line - 1)];
    }

    /** Records that the positions given at construction are those of {@code order} at the item's shape. */
    void positionsOf(SlotOrder order, int shape) {
        this.order = order;
        this.shape = shape;
    }

    /** The order whose positions the lines hold at the item's shape {@code shape}, or {@code null}. */
    SlotOrder orderAt(int shape) {
        return order != null && this.shape == shape ? order : null;
    }

    /** The line's position in {@link #orderAt}'s order (only meaningful while that is not {@code null}). */
    int position(int line) {
        return line == 0 ? firstPosition : (int) (further[2 * (line - 1)] >>> 32);
    }

    long units(int line) {
        return line == 0 ? firstUnits : further[2 * (line - 1) + 1];
    }

    void setUnits(int line, long units) {
        if (line == 0) {
            firstUnits = units;
        } else {
            further[2 * (line - 1) + 1] = units;
        }
    }

    /** The line holding the slot, or -1. */
    int line(int slot) {
        for (int i = 0; i < lineCount; i++) {
            if (slot(i) == slot) {
                return i;
            }
        }
        return -1;
    }

    boolean isEmpty() {
        for (int i = 0; i < lineCount; i++) {
            if (units(i) > 0) {
                return false;
            }
        }
        return true;
    }
}
