package io.lotkit.fefo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory state of a {@link StockIndex}: one {@link ItemStock} per item, and where each open reservation
 * lives. {@link #apply(StockEvent)} is the only way state changes, both for live operations (after the journal
 * accepted the event, under the item's monitor) and for replay; it trusts the event, which the live path has
 * validated against this state beforehand.
 *
 * <p>Safe for concurrent use in the way StockIndex uses it: the item table is concurrent, and each item's state is
 * touched only under that item's monitor.
 */
final class StockState {

    final Units units;
    private final ItemTable items = new ItemTable();
    private final AtomicLong lastReservationId = new AtomicLong();
    /** Whether allocations may be answered from an item's {@link StockHead}; switched off (before use) by tests. */
    boolean headEnabled = true;

    StockState(Units units) {
        this.units = units;
    }

    ItemStock item(String item) {
        return items.get(item);
    }

    /** The item's stock, or {@code null}, given the code's {@link String#hashCode()}. */
    ItemStock item(String item, int hash) {
        return items.get(item, hash);
    }

    ItemStock itemOrCreate(String item) {
        return items.getOrCreate(item, ItemStock::new);
    }

    /** The stock of the reservation's item, or {@code null}; the reservation itself is looked up under its lock. */
    ItemStock itemOfReservation(ReservationId id) {
        return items.get(id.item());
    }

    long nextReservationId() {
        return lastReservationId.incrementAndGet();
    }

    void apply(StockEvent event) {
        ItemStock s = itemOrCreate(event.item());
        if (event instanceof StockEvent.LotRegistered e) {
            s.addLot(e.lot());
        } else if (event instanceof StockEvent.Received e) {
            s.addOnHand(s.slotFor(lot(s, e.lot().lotNumber()), e.location()), units.toUnits("quantity", e.quantity()));
        } else if (event instanceof StockEvent.Adjusted e) {
            s.addOnHand(s.slotFor(lot(s, e.lot().lotNumber()), e.location()), units.toUnits("delta", e.delta()));
        } else if (event instanceof StockEvent.Moved e) {
            int lot = lot(s, e.lot().lotNumber());
            long quantity = units.toUnits("quantity", e.quantity());
            s.addOnHand(s.slotFor(lot, e.from()), -quantity);
            s.addOnHand(s.slotFor(lot, e.to()), quantity);
        } else if (event instanceof StockEvent.StatusChanged e) {
            int lot = lot(s, e.change().lotId().lotNumber());
            s.applyStatusChange(lot, e.change());
            if (e.cancelReservations() && !e.change().to().isAllocatable()) {
                s.cancelReservationsOf(lot);
            }
        } else if (event instanceof StockEvent.RemovalTimeSet e) {
            s.setRemovalDays(e.days());
        } else if (event instanceof StockEvent.Reserved e) {
            applyReserved(s, e);
        } else if (event instanceof StockEvent.Released e) {
            applyRelease(s, e.reservation().value());
        } else if (event instanceof StockEvent.Picked e) {
            applyPicked(s, e);
        }
    }

    /**
     * Applies a reservation whose slots and units the caller already resolved (the live path's shortcut). Its id
     * came from {@link #nextReservationId()}, so the counter needs no update.
     */
    void applyReservation(ItemStock s, OpenReservation reservation) {
        for (int i = 0; i < reservation.lineCount(); i++) {
            s.reserve(reservation.slot(i), reservation.units(i));
        }
        s.addReservation(reservation);
    }

    /**
     * As {@link #applyReservation(ItemStock, OpenReservation)}, for a reservation made from {@code outcome}, which
     * still holds that allocation (nothing reused it) of {@code order}, which is current: each line is reserved from
     * the outcome's own arrays, with its position in that order, so slots that run out are cleared there without
     * looking up their positions.
     */
    void applyReservation(ItemStock s, OpenReservation reservation, SlotOrder order, Outcome outcome) {
        int[] slots = outcome.lineSlots;
        long[] units = outcome.lineUnits;
        int[] positions = outcome.linePositions;
        for (int i = 0; i < outcome.lineCount; i++) {
            s.reserve(slots[i], units[i], order, positions[i]);
        }
        reservation.positionsOf(order, s.shapeVersion);
        s.addReservation(reservation);
    }

    /** Closes an open reservation of the item, making what it still holds available again. */
    void applyRelease(ItemStock s, long id) {
        OpenReservation r = s.removeReservation(id);
        SlotOrder order = r.orderAt(s.shapeVersion);
        for (int i = 0; i < r.lineCount(); i++) {
            if (r.units(i) > 0) {
                if (order != null) {
                    s.unreserve(r.slot(i), r.units(i), order, r.position(i));
                } else {
                    s.unreserve(r.slot(i), r.units(i));
                }
            }
        }
    }

    private void applyReserved(ItemStock s, StockEvent.Reserved e) {
        int count = e.lines().size();
        int[] slots = new int[count];
        long[] quantities = new long[count];
        for (int i = 0; i < count; i++) {
            AllocationLine line = e.lines().get(i);
            slots[i] = s.slotFor(lot(s, line.lot().lotNumber()), line.location());
            quantities[i] = units.toUnits("quantity", line.quantity());
        }
        applyReservation(s, new ArrayReservation(e.reservation().value(), e.customer(), slots, quantities, count));
        lastReservationId.accumulateAndGet(e.reservation().value(), Math::max);
    }

    private void applyPicked(ItemStock s, StockEvent.Picked e) {
        OpenReservation r = s.openReservation(e.reservation().value());
        int lot = lot(s, e.lot().lotNumber());
        int slot = s.slotIndex(lot, e.location());
        int line = r.line(slot);
        long quantity = units.toUnits("quantity", e.quantity());
        r.setUnits(line, r.units(line) - quantity);
        s.pick(slot, quantity);
        s.recordShipped(r.customer(), lot);
        if (r.holdsNothing()) {
            s.removeReservation(r.id());
        }
    }

    private static int lot(ItemStock s, String lotNumber) {
        int lot = s.lotIndex(lotNumber);
        if (lot < 0) {
            throw new StockException(StockException.Problem.UNKNOWN_LOT,
                    "lot " + lotNumber + " of item " + s.item + " is not registered");
        }
        return lot;
    }

    /**
     * A canonical text of the whole state (items, lots, stock, reservations, last shipped), for comparisons. Held
     * item locks one at a time, so it is a consistent picture only when nothing runs concurrently.
     */
    String describe() {
        StringBuilder out = new StringBuilder();
        List<ItemStock> byCode = items.values();
        byCode.sort(Comparator.comparing((ItemStock s) -> s.item));
        for (ItemStock s : byCode) {
            synchronized (s) {
                if (s.lotCount == 0 && s.removalDays == 0) {
                    continue; // an item with nothing known is the same as no item (a failed first registration)
                }
                out.append("item ").append(s.item).append(" removal ").append(s.removalDays).append('\n');
                List<String> lines = new ArrayList<>();
                for (int lot = 0; lot < s.lotCount; lot++) {
                    lines.add("  lot " + s.lots[lot]);
                }
                for (int slot = 0; slot < s.slotCount; slot++) {
                    if (s.onHand(slot) != 0 || s.reserved(slot) != 0) {
                        lines.add("  slot " + s.lotId(s.lotOf(slot)) + " @ " + s.slotLocation[slot]
                                + " onHand " + s.onHand(slot) + " reserved " + s.reserved(slot));
                    }
                }
                for (OpenReservation r : s.openReservations()) {
                    StringBuilder text = new StringBuilder("  reservation " + r.id() + " for " + r.customer() + ":");
                    for (int i = 0; i < r.lineCount(); i++) {
                        text.append(' ').append(s.lotId(s.lotOf(r.slot(i)))).append('@')
                                .append(s.slotLocation[r.slot(i)]).append('=').append(r.units(i));
                    }
                    lines.add(text.toString());
                }
                lines.add("  lastShipped " + new TreeMap<>(s.lastShippedExpiry));
                lines.sort(null);
                lines.forEach(line -> out.append(line).append('\n'));
            }
        }
        return out.toString();
    }
}
