package io.lotkit.fefo;

import java.util.Arrays;

/**
 * An {@link OpenReservation} of several lines, or made by a replay of the journal. A reservation of one line (a
 * replay's) holds it in its own fields; one of several lines holds them in arrays, which for one the index just
 * allocated are the result's own arrays of slots and units (neither is written while shared: the units are copied
 * before a pick or cancellation first changes one).
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
final class ArrayReservation implements OpenReservation {

    private final long id;
    private final String customer;
    private final int lineCount;
    private final int firstSlot;
    private long firstUnits;
    private boolean removed;
    /** See {@link #addedBefore()}. */
    private OpenReservation addedBefore;
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
    ArrayReservation(long id, String customer, int[] slots, long[] units, int count) {
        this.id = id;
        this.customer = customer;
        this.lineCount = count;
        this.firstSlot = count > 0 ? slots[0] : -1;
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
    ArrayReservation(long id, String customer, int[] slots, long[] units, int[] positions) {
        this.id = id;
        this.customer = customer;
        this.lineCount = slots.length;
        this.firstSlot = -1;
        this.slots = slots;
        this.positions = positions;
        this.units = units;
        this.unitsShared = true;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String customer() {
        return customer;
    }

    @Override
    public int lineCount() {
        return lineCount;
    }

    @Override
    public boolean removed() {
        return removed;
    }

    @Override
    public void markRemoved(boolean removed) {
        this.removed = removed;
    }

    @Override
    public OpenReservation addedBefore() {
        return addedBefore;
    }

    @Override
    public void addedBefore(OpenReservation reservation) {
        addedBefore = reservation;
    }

    @Override
    public int slot(int line) {
        return slots == null ? firstSlot : slots[line];
    }

    @Override
    public void positionsOf(SlotOrder order, int shape) {
        this.order = order;
        this.shape = shape;
    }

    @Override
    public SlotOrder orderAt(int shape) {
        return order != null && this.shape == shape ? order : null;
    }

    @Override
    public int position(int line) {
        return positions == null ? -1 : positions[line];
    }

    @Override
    public long units(int line) {
        return slots == null ? firstUnits : this.units[line];
    }

    @Override
    public void setUnits(int line, long units) {
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
}
