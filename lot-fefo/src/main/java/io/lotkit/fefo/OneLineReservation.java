package io.lotkit.fefo;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reservation of one line made by the index's own allocation, the usual kind: one object that is both the
 * {@link OpenReservation} the item's table keeps while it is open and the immutable list of lines the
 * {@link AllocationResult} and the journaled {@link StockEvent.Reserved} share. A reserve used to make three objects
 * carrying the same facts (the open reservation, the list and its line), all of which the journal and the table kept
 * for as long as they lived; each fresh object is new memory the reserve writes and the collector later copies.
 *
 * <p>The two views do not mix. The list view is the line as reserved: its lot, location and quantity are final
 * fields, set before the list is published, so the list is immutable and thread-safe, as its parent says; its
 * {@link AllocationLine} is made when it is asked for (each {@link #get} makes an equal one). The reservation view,
 * the units the line still holds and whether the table has removed it, changes under the item's monitor only, and
 * no list method reads it. It holds no position in an order: a release looks the slot's position up.
 */
final class OneLineReservation extends AllocatedLines implements OpenReservation {

    private final long id;
    private final String customer;
    private final int slot;
    /** The line as reserved, for the list view. */
    private final LotId lotId;
    private final String location;
    private final BigDecimal quantity;
    /** The units the line still holds: the reservation view. */
    private long units;
    private boolean removed;
    /** See {@link #addedBefore()}. */
    private OpenReservation addedBefore;

    /**
     * Reserves {@code units} (positive) of {@code slot}, whose lot id and location are given, as number {@code id}
     * for {@code customer} (or {@code null}); {@code quantity} is {@code units} as a decimal, which with
     * {@code shortfall} makes up {@code requested}.
     */
    OneLineReservation(long id, String customer, int slot, long units, LotId lotId, String location,
            BigDecimal quantity, String item, BigDecimal requested, BigDecimal shortfall) {
        super(item, requested, shortfall);
        this.id = id;
        this.customer = customer;
        this.slot = slot;
        this.units = units;
        this.lotId = lotId;
        this.location = location;
        this.quantity = quantity;
    }

    // ---- the list view: the line as reserved ----

    @Override
    public AllocationLine get(int index) {
        Objects.checkIndex(index, 1);
        return new AllocationLine(lotId, location, quantity);
    }

    @Override
    public int size() {
        return 1;
    }

    // ---- the reservation view, under the item's monitor ----

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
        return 1;
    }

    @Override
    public int slot(int line) {
        return slot;
    }

    @Override
    public long units(int line) {
        return units;
    }

    @Override
    public void setUnits(int line, long units) {
        this.units = units;
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

    /** Holds no positions: ignored. */
    @Override
    public void positionsOf(SlotOrder order, int shape) {
        // A release looks the slot's position up instead (see orderAt).
    }

    @Override
    public SlotOrder orderAt(int shape) {
        return null;
    }

    @Override
    public int position(int line) {
        return -1;
    }
}
