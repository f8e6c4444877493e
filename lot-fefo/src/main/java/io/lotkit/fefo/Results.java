package io.lotkit.fefo;

import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Turns the index's units and slot indices back into the API's values, under the item's monitor. */
final class Results {

    private final StockState state;
    private final Units units;

    Results(StockState state) {
        this.state = state;
        this.units = state.units;
    }

    AllocationResult nothingInStock(AllocationRequest request) {
        units.toUnits("quantity", request.quantity());
        Optional<Explanation> explanation =
                request.explain() ? Optional.of(new Explanation(List.of())) : Optional.empty();
        return new AllocationResult(request.item(), request.quantity(), List.of(), request.quantity(),
                Optional.empty(), explanation);
    }

    AllocationResult of(AllocationRequest request, ItemStock s, Outcome outcome, ReservationId reservation) {
        return of(request, s, outcome, lines(request, s, outcome), reservation);
    }

    AllocationResult of(AllocationRequest request, ItemStock s, Outcome outcome, List<AllocationLine> lines,
            ReservationId reservation) {
        BigDecimal shortfall = lines instanceof AllocatedLines allocated
                ? allocated.shortfall()
                : shortfall(request, outcome);
        // The index's instance of the item code (equal to the request's), which the result need not check again.
        return new AllocationResult(s.item, request.quantity(), lines, shortfall,
                Optional.ofNullable(reservation), explanation(s, outcome));
    }

    /**
     * The result of a plan the item's head answers: one line of the whole quantity from the head slot, as the full
     * path would build it.
     */
    AllocationResult atHead(AllocationRequest request, ItemStock s, long quantity) {
        BigDecimal shortfall = shortfall(request, quantity, quantity);
        AllocationLine line = new AllocationLine(s.headLotId, s.headLocation, units.toDecimal(quantity));
        List<AllocationLine> lines = new AllocatedLines.One(line, s.item, request.quantity(), shortfall);
        return new AllocationResult(s.item, request.quantity(), lines, shortfall, Optional.empty(), Optional.empty());
    }

    /**
     * The reservation, numbered {@code id}, of a request the item's head answers: one line of the whole quantity
     * ({@code quantity} units) from the head slot, as the full path would build it.
     */
    OneLineReservation reservedAtHead(AllocationRequest request, ItemStock s, long quantity, long id) {
        return new OneLineReservation(id, request.customerOrNull(), s.headSlot, quantity, s.headLotId,
                s.headLocation, units.toDecimal(quantity), s.item, request.quantity(),
                shortfall(request, quantity, quantity));
    }

    /** The reservation, numbered {@code id}, of the outcome's one line. */
    OneLineReservation reservedLine(AllocationRequest request, ItemStock s, Outcome outcome, long id) {
        int slot = outcome.lineSlots[0];
        long lineUnits = outcome.lineUnits[0];
        return new OneLineReservation(id, request.customerOrNull(), slot, lineUnits, s.slotLotId[slot],
                s.slotLocation[slot], units.toDecimal(lineUnits), s.item, request.quantity(),
                shortfall(request, outcome));
    }

    /** The result of a request the item's head answers, reserved as {@code line}. */
    AllocationResult resultOf(AllocationRequest request, ItemStock s, OneLineReservation line,
            ReservationId reservation) {
        return new AllocationResult(s.item, request.quantity(), line, line.shortfall(), Optional.of(reservation),
                Optional.empty());
    }

    /**
     * The outcome's lines as the API's values, in an {@link AllocatedLines} that records they add up with the
     * request's quantity and {@link #shortfall}, so that the result and the reservation event need not check it
     * again with decimal arithmetic.
     */
    List<AllocationLine> lines(AllocationRequest request, ItemStock s, Outcome outcome) {
        if (outcome.lineCount == 0) {
            return List.of();
        }
        if (outcome.lineCount == 1) {
            return new AllocatedLines.One(line(s, outcome, 0), s.item, request.quantity(), shortfall(request, outcome));
        }
        return several(request, s, outcome);
    }

    /** The outcome's lines, at least two, as {@link #lines} makes them. */
    AllocatedLines.Several several(AllocationRequest request, ItemStock s, Outcome outcome) {
        // Two arrays copied in one go, no reference written per line (each such store into a new array has the
        // collector's barrier) and no read of the order's per-position lot ids and locations: the lines name their
        // slots, whose lot ids and locations the item keeps per slot. The quantities stay units until a line is
        // asked for: most results are never read line by line.
        int[] lineSlots = Arrays.copyOf(outcome.lineSlots, outcome.lineCount);
        long[] lineUnits = Arrays.copyOf(outcome.lineUnits, outcome.lineCount);
        return new AllocatedLines.Several(lineSlots, lineUnits, s.slotLotId, s.slotLocation, units, s.item,
                request.quantity(), shortfall(request, outcome));
    }

    private AllocationLine line(ItemStock s, Outcome outcome, int i) {
        int slot = outcome.lineSlots[i];
        return new AllocationLine(s.slotLotId[slot], s.slotLocation[slot], units.toDecimal(outcome.lineUnits[i]));
    }

    /**
     * What the outcome leaves of the request. When the request's quantity has no finer scale than the index, this
     * is exactly {@code quantity - allocated} at the index's scale, which {@link Units} hands out without
     * allocating for whole quantities.
     */
    private BigDecimal shortfall(AllocationRequest request, Outcome outcome) {
        return shortfall(request, units.toUnits("quantity", request.quantity()), outcome.allocated);
    }

    private BigDecimal shortfall(AllocationRequest request, long requested, long allocated) {
        BigDecimal quantity = request.quantity();
        if (quantity.scale() <= units.scale()) {
            return units.toDecimal(requested - allocated);
        }
        return quantity.subtract(units.toDecimal(allocated));
    }

    private Optional<Explanation> explanation(ItemStock s, Outcome outcome) {
        if (!outcome.explaining()) {
            return Optional.empty();
        }
        List<Consideration> considered = new ArrayList<>(outcome.notes.size());
        for (Outcome.Note note : outcome.notes) {
            considered.add(new Consideration(s.lotId(s.lotOf(note.slot())), s.slotLocation[note.slot()],
                    units.toDecimal(note.available()), units.toDecimal(note.taken()), note.optionalReason()));
        }
        return Optional.of(new Explanation(considered));
    }

    StockPosition position(LotId lot, String location) {
        ItemStock s = state.item(lot.item());
        if (s != null) {
            synchronized (s) {
                int index = s.lotIndex(lot.lotNumber());
                int slot = index < 0 ? -1 : s.slotIndex(index, location);
                if (slot >= 0) {
                    return new StockPosition(
                            lot, location, units.toDecimal(s.onHand(slot)), units.toDecimal(s.reserved(slot)));
                }
            }
        }
        return new StockPosition(lot, location, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    List<StockPosition> positions(String item) {
        List<StockPosition> out = new ArrayList<>();
        ItemStock s = state.item(item);
        if (s != null) {
            synchronized (s) {
                for (int slot = 0; slot < s.slotCount; slot++) {
                    if (s.onHand(slot) != 0 || s.reserved(slot) != 0) {
                        out.add(new StockPosition(s.lotId(s.lotOf(slot)), s.slotLocation[slot],
                                units.toDecimal(s.onHand(slot)), units.toDecimal(s.reserved(slot))));
                    }
                }
            }
        }
        out.sort(Comparator.comparing((StockPosition p) -> p.lot().lotNumber()).thenComparing(StockPosition::location));
        return out;
    }

    Optional<Lot> lot(LotId lot) {
        ItemStock s = state.item(lot.item());
        if (s == null) {
            return Optional.empty();
        }
        synchronized (s) {
            int index = s.lotIndex(lot.lotNumber());
            return index < 0 ? Optional.empty() : Optional.of(s.lots[index]);
        }
    }

    Optional<Reservation> reservation(ReservationId id) {
        ItemStock s = state.itemOfReservation(id);
        if (s == null) {
            return Optional.empty();
        }
        synchronized (s) {
            OpenReservation r = s.openReservation(id.value());
            if (r == null) {
                return Optional.empty();
            }
            List<AllocationLine> lines = new ArrayList<>();
            for (int i = 0; i < r.lineCount(); i++) {
                if (r.units(i) > 0) {
                    int slot = r.slot(i);
                    lines.add(new AllocationLine(
                            s.lotId(s.lotOf(slot)), s.slotLocation[slot], units.toDecimal(r.units(i))));
                }
            }
            return Optional.of(new Reservation(id, s.item, Optional.ofNullable(r.customer()), lines));
        }
    }
}
