package io.lotkit.fefo;

import io.lotkit.core.Lot;
import io.lotkit.core.IllegalStatusTransitionException;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.StatusChange;
import io.lotkit.core.spi.Journal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes other than reserving: each is checked against the item's state, written to the journal, and only
 * then applied, all under the item's monitor, so a refused or failed change leaves memory as it was.
 */
final class StockOperations {

    private final StockState state;
    private final Journal<StockEvent> journal;
    private final Units units;

    StockOperations(StockState state, Journal<StockEvent> journal) {
        this.state = state;
        this.journal = journal;
        this.units = state.units;
    }

    void registerLot(Lot lot) {
        ItemStock s = state.itemOrCreate(lot.id().item());
        synchronized (s) {
            int index = s.lotIndex(lot.id().lotNumber());
            if (index >= 0) {
                if (s.lots[index].equals(lot)) {
                    return;
                }
                throw new StockException(StockException.Problem.CONFLICTING_LOT,
                        "lot %s is registered as %s, not %s".formatted(lot.id(), s.lots[index], lot));
            }
            commit(s, List.of(new StockEvent.LotRegistered(lot)));
        }
    }

    /** Checks an event other than a registration, reservation or release against the state, then commits it. */
    void append(StockEvent event) {
        ItemStock s = event instanceof StockEvent.RemovalTimeSet
                ? state.itemOrCreate(event.item())
                : existingItem(event.item());
        synchronized (s) {
            check(s, event);
            commit(s, List.of(event));
        }
    }

    StatusChange changeStatus(LotId lot, LotStatus to, String reason, Instant at, boolean cancel) {
        ItemStock s = existingItem(lot.item());
        synchronized (s) {
            int index = lot(s, lot.lotNumber());
            StatusChange change = s.lots[index].changeStatus(to, reason, at).change();
            commit(s, List.of(new StockEvent.StatusChanged(change, cancel)));
            return change;
        }
    }

    void release(ReservationId id) {
        ItemStock s = reservationItem(id);
        synchronized (s) {
            if (s.openReservation(id.value()) == null) {
                throw unknown(id);
            }
            // The event's item is the one locked: applied directly, as apply(event) would after finding the item.
            journal.append(new StockEvent.Released(id));
            state.applyRelease(s, id.value());
        }
    }

    List<AllocationLine> pickAll(ReservationId id) {
        ItemStock s = reservationItem(id);
        synchronized (s) {
            OpenReservation r = s.openReservation(id.value());
            if (r == null) {
                throw unknown(id);
            }
            List<AllocationLine> lines = new ArrayList<>();
            List<StockEvent> events = new ArrayList<>();
            for (int i = 0; i < r.lineCount(); i++) {
                if (r.units(i) > 0) {
                    int slot = r.slot(i);
                    AllocationLine line = new AllocationLine(
                            s.lotId(s.lotOf(slot)), s.slotLocation[slot], units.toDecimal(r.units(i)));
                    lines.add(line);
                    events.add(new StockEvent.Picked(id, line.lot(), line.location(), line.quantity()));
                }
            }
            commit(s, events);
            return lines;
        }
    }

    private void commit(ItemStock s, List<StockEvent> events) {
        journal.append(events);
        for (StockEvent event : events) {
            state.apply(event);
        }
    }

    private void check(ItemStock s, StockEvent event) {
        if (event instanceof StockEvent.Received e) {
            lot(s, e.lot().lotNumber());
            long quantity = units.toUnits("quantity", e.quantity());
            int slot = slot(s, e.lot().lotNumber(), e.location());
            if (slot >= 0 && s.onHand(slot) > Long.MAX_VALUE - quantity) {
                throw new IllegalArgumentException("quantity on hand of %s at %s would overflow"
                        .formatted(e.lot(), e.location()));
            }
        } else if (event instanceof StockEvent.Adjusted e) {
            lot(s, e.lot().lotNumber());
            long delta = units.toUnits("delta", e.delta());
            if (delta < 0) {
                requireAvailable(s, e.lot().lotNumber(), e.location(), -delta, "adjust by " + e.delta());
            }
        } else if (event instanceof StockEvent.Moved e) {
            lot(s, e.lot().lotNumber());
            requireAvailable(s, e.lot().lotNumber(), e.from(), units.toUnits("quantity", e.quantity()), "move");
        } else if (event instanceof StockEvent.StatusChanged e) {
            int lot = lot(s, e.change().lotId().lotNumber());
            if (s.lots[lot].status() != e.change().from()) {
                throw new IllegalStatusTransitionException(e.change().lotId(), s.lots[lot].status(), e.change().to(),
                        "lot %s is %s, but the status change starts from %s"
                                .formatted(e.change().lotId(), s.lots[lot].status(), e.change().from()));
            }
        } else if (event instanceof StockEvent.Picked e) {
            checkPick(s, e);
        } else if (!(event instanceof StockEvent.RemovalTimeSet)) {
            throw new IllegalArgumentException("not a direct stock change: " + event);
        }
    }

    private void checkPick(ItemStock s, StockEvent.Picked e) {
        OpenReservation r = e.reservation().item().equals(s.item)
                ? s.openReservation(e.reservation().value())
                : null;
        if (r == null) {
            throw new StockException(StockException.Problem.UNKNOWN_RESERVATION,
                    "reservation %s is not open for item %s".formatted(e.reservation(), s.item));
        }
        int slot = slot(s, e.lot().lotNumber(), e.location());
        int line = slot < 0 ? -1 : r.line(slot);
        long quantity = units.toUnits("quantity", e.quantity());
        long held = line < 0 ? 0 : r.units(line);
        if (quantity > held) {
            throw new StockException(StockException.Problem.INSUFFICIENT_STOCK,
                    "reservation %s holds %s of %s at %s, cannot pick %s".formatted(e.reservation(),
                            units.toDecimal(held).toPlainString(), e.lot(), e.location(),
                            e.quantity().toPlainString()));
        }
    }

    private void requireAvailable(ItemStock s, String lotNumber, String location, long quantity, String what) {
        int slot = slot(s, lotNumber, location);
        long available = slot < 0 ? 0 : s.available(slot);
        if (quantity > available) {
            throw new StockException(StockException.Problem.INSUFFICIENT_STOCK,
                    "cannot %s %s of %s/%s at %s: only %s available".formatted(what,
                            units.toDecimal(quantity).toPlainString(), s.item, lotNumber, location,
                            units.toDecimal(available).toPlainString()));
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

    private static int slot(ItemStock s, String lotNumber, String location) {
        int lot = s.lotIndex(lotNumber);
        return lot < 0 ? -1 : s.slotIndex(lot, location);
    }

    /** The item's stock; an item with no stock has no lot, so a change naming one of its lots is refused. */
    private ItemStock existingItem(String item) {
        ItemStock s = state.item(item);
        if (s == null) {
            throw new StockException(StockException.Problem.UNKNOWN_LOT, "item " + item + " has no registered lot");
        }
        return s;
    }

    private ItemStock reservationItem(ReservationId id) {
        ItemStock s = state.itemOfReservation(id);
        if (s == null) {
            throw unknown(id);
        }
        return s;
    }

    private static StockException unknown(ReservationId id) {
        return new StockException(StockException.Problem.UNKNOWN_RESERVATION, "reservation " + id + " is not open");
    }
}
