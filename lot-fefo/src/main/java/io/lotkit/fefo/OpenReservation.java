package io.lotkit.fefo;

import java.util.Arrays;

/**
 * An open reservation of one item: per line, the slot and the units still reserved. A one-line reservation, the
 * usual one, which lives as long as it is open, holds its line in its own fields and is one object; a reservation of
 * several lines holds them in arrays, which for one the index just allocated are the result's own arrays of slots
 * and units (neither is written while shared: the units are copied before a pick or cancellation first changes one).
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
     * With several lines, each line's slot (never written), position and units; {@code null} for at most one line
     * (and the positions also for a reservation made by a replay, which holds none).
     */
    private final int[] slots;
    private final int[] positions;
    private long[] units;
    /** Whether {@link #units} is another object's array (the result's lines), to be copied before it is written. */
    private boolean unitsShared;
    /**
     * The order whose positions the lines hold, or {@code null} if they hold none; they are that order's positions
     * while the item's {@link ItemStock#shapeVersion} is {@link #shape} (an order is only re-sorted, or dropped and
     * made anew, when the item's shape changes), so that a release can set the order's bits by position instead of
     * looking each slot's position up.
     */
    private SlotOrder order;
    private int shape;

    /**
     * Copies the first {@code count} slots and units (the caller may reuse the arrays), as a replay of the journal
     * makes a reservation; it holds no positions.
     */
    OpenReservation(long id, String customer, int[] slots, long[] units, int count) {
        this.id = id;
        this.customer = customer;
        this.lineCount = count;
        this.firstSlot = count > 0 ? slots[0] : -1;
        this.firstPosition = -1;
        this.firstUnits = count > 0 ? units[0] : 0;
        if (count > 1) {
            this.slots = Arrays.copyOf(slots, count);
            this.positions = null;
            this.units = Arrays.copyOf(units, count);
        } else {
            this.slots = null;
            this.positions = null;
            this.units = null;
        }
    }

    /**
     * A reservation of several lines ({@code slots.length} of them, at least two) made by the index's own allocation:
     * shares the result's arrays of slots and units, which it never writes (the units are copied before the first
     * change), and takes ownership of {@code positions} (they are only used once {@link #positionsOf} names their
     * order).
     */
    OpenReservation(long id, String customer, int[] slots, long[] units, int[] positions) {
        this.id = id;
        this.customer = customer;
        this.lineCount = slots.length;
        this.firstSlot = -1;
        this.firstPosition = -1;
        this.slots = slots;
        this.positions = positions;
        this.units = units;
        this.unitsShared = true;
    }

    /** A reservation of one line, holding no position. */
    OpenReservation(long id, String customer, int slot, long units) {
        this(id, customer, slot, -1, units);
    }

    /**
     * A reservation of one line, with the slot's position in the order the allocation walked (only used once
     * {@link #positionsOf} names that order).
     */
    OpenReservation(long id, String customer, int slot, int position, long units) {
        this.id = id;
        this.customer = customer;
        this.lineCount = 1;
        this.firstSlot = slot;
        this.firstPosition = position;
        this.firstUnits = units;
        this.slots = null;
        this.positions = null;
        this.units = null;
    }

    int slot(int line) {
        return slots == null ? firstSlot : slots[line];
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
        return slots == null ? firstPosition : positions[line];
    }

    long units(int line) {
        return slots == null ? firstUnits : this.units[line];
    }

    void setUnits(int line, long units) {
        if (slots == null) {
            firstUnits = units;
            return;
        }
        if (unitsShared) {
            this.units = this.units.clone();
            unitsShared = false;
        }
        this.units[line] = units;
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
