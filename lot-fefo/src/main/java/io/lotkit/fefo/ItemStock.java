package io.lotkit.fefo;

import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.StatusChange;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The stock of one item: its lots (dates as epoch days in parallel arrays), its (lot, location) slots with on-hand
 * and reserved counts in units, its open reservations, and the orders the strategies have asked for. This is the
 * unit of locking: {@link StockIndex} holds this object's monitor for every read and change, so work on one item
 * never waits for another.
 *
 * <p>It is its own {@linkplain ReservationTable table of open reservations} and keeps the {@linkplain StockHead head}
 * that answers most small requests: both as fields of this object, which every operation reads first anyway. Every
 * change to a slot's counts goes through the methods below, which keep the head current or drop it.
 *
 * <p>Not thread-safe: guarded by its own monitor.
 */
final class ItemStock extends StockHead {

    private static final int RELEASED_ORDINAL = LotStatus.RELEASED.ordinal();

    final String item;
    /** The item code's hash, so that {@link ItemTable} compares it without reading the code. */
    final int itemHash;

    // The references every allocation follows come first: the JVM lays out an object's int fields, then its
    // references in the order declared, so these share the cache line of the object's header (whose monitor every
    // operation takes) or the next one, instead of lying at the far end of the object.
    /** The order asked for last: most requests of an item use the same one, found here without the list. */
    private SlotOrder lastOrder;
    /**
     * Per slot, side by side ({@value #SLOT_FIELDS} longs a slot: units on hand, units reserved, lot index), so
     * that an allocation looking at a slot reads one cache line instead of one per array.
     */
    private long[] slotFacts = new long[8 * SLOT_FIELDS];
    /**
     * Per lot, the facts every allocation compares, side by side ({@value #FACTS} longs a lot: status ordinal,
     * expiry day, first expired day) so that judging a lot reads one cache line instead of one per array.
     */
    private long[] lotFacts = new long[4 * FACTS];

    // Lots, by index.
    int lotCount;
    Lot[] lots = new Lot[4];
    /** Each lot's id, kept beside {@link #lots} so that building result lines reads one array, not the lot. */
    private LotId[] lotIds = new LotId[4];
    private static final int FACTS = 4;
    private static final int STATUS = 0;
    private static final int EXPIRY = 1;
    private static final int FIRST_EXPIRED = 2;
    long[] productionDay = new long[4];
    long[] receiptDay = new long[4];
    private final Map<String, Integer> lotByNumber = new HashMap<>();
    /** The item's locations, numbered in the order first seen. */
    private final Map<String, Integer> locationIndex = new HashMap<>();
    /** Per lot, per location number: the slot, or -1 (arrays grow as locations are added). */
    private int[][] slotsOfLot = new int[4][];

    // Slots (lot, location), by index.
    int slotCount;
    /**
     * Per slot, its location and its lot's id: set when the slot is made and never changed after, and grown by
     * copying, so an array read under the monitor may be kept and read later without it (as {@link AllocatedLines}
     * does) for the slots it held then.
     */
    String[] slotLocation = new String[8];
    LotId[] slotLotId = new LotId[8];
    private static final int SLOT_FIELDS = 3;
    private static final int ON_HAND = 0;
    private static final int RESERVED = 1;
    private static final int LOT = 2;

    int removalDays;
    /** Customer to the latest expiry day of this item picked for them. */
    final Map<String, Long> lastShippedExpiry = new HashMap<>();

    /** Bumped when the set of slots or lots changes: cached orders are then rebuilt. */
    int shapeVersion;
    /** The cached orders, the first {@link #orderCount} entries; at most {@value #MAX_ORDERS}, oldest first. */
    private SlotOrder[] orders = new SlotOrder[1];
    private int orderCount;
    private static final int MAX_ORDERS = 16;

    ItemStock(String item) {
        this.item = item;
        this.itemHash = item.hashCode();
    }

    int lotIndex(String lotNumber) {
        Integer index = lotByNumber.get(lotNumber);
        return index == null ? -1 : index;
    }

    int slotIndex(int lot, String place) {
        Integer location = locationIndex.get(place);
        if (location == null) {
            return -1;
        }
        int[] slots = slotsOfLot[lot];
        return location < slots.length ? slots[location] : -1;
    }

    /** The lot's status, as its ordinal. */
    int statusOf(int lot) {
        return (int) lotFacts[lot * FACTS + STATUS];
    }

    /** The lot's expiry date as an epoch day, or {@link LotDays#NO_DATE}. */
    long expiryOf(int lot) {
        return lotFacts[lot * FACTS + EXPIRY];
    }

    /** The first day lot-core's expiry rule calls the lot expired, or {@link LotDays#NO_DATE}. */
    long firstExpiredOf(int lot) {
        return lotFacts[lot * FACTS + FIRST_EXPIRED];
    }

    // The head slot's counts live in the head while there is one (see dropHead), so every read asks it first.

    long available(int slot) {
        return onHand(slot) - reserved(slot);
    }

    long onHand(int slot) {
        return slot == headSlot ? headOnHand : slotFacts[slot * SLOT_FIELDS + ON_HAND];
    }

    long reserved(int slot) {
        return slot == headSlot ? headReserved : slotFacts[slot * SLOT_FIELDS + RESERVED];
    }

    /** The slot's lot index. */
    int lotOf(int slot) {
        return (int) slotFacts[slot * SLOT_FIELDS + LOT];
    }

    LotId lotId(int lot) {
        return lotIds[lot];
    }

    SlotOrder order(AllocationStrategy strategy, LocationPreference preference) {
        SlotOrder last = lastOrder;
        if (last != null && last.strategy == strategy
                && (last.preference == preference || last.preference.equals(preference))) {
            last.refresh(this);
            return last;
        }
        for (int i = 0; i < orderCount; i++) {
            SlotOrder order = orders[i];
            if (order.strategy == strategy
                    && (order.preference == preference || order.preference.equals(preference))) {
                order.refresh(this);
                lastOrder = order;
                return order;
            }
        }
        SlotOrder order = new SlotOrder(strategy, preference);
        order.refresh(this);
        if (orderCount == MAX_ORDERS) {
            System.arraycopy(orders, 1, orders, 0, --orderCount);
        } else if (orderCount == orders.length) {
            orders = Arrays.copyOf(orders, orderCount * 2);
        }
        orders[orderCount++] = order;
        lastOrder = order;
        return order;
    }

    // ---- applying events (the one path for live changes and replay) ----

    void addLot(Lot lot) {
        int index = lotCount++;
        if (index == lots.length) {
            int size = index * 2;
            lots = Arrays.copyOf(lots, size);
            lotIds = Arrays.copyOf(lotIds, size);
            lotFacts = Arrays.copyOf(lotFacts, size * FACTS);
            productionDay = Arrays.copyOf(productionDay, size);
            receiptDay = Arrays.copyOf(receiptDay, size);
        }
        lots[index] = lot;
        lotIds[index] = lot.id();
        lotFacts[index * FACTS + EXPIRY] = LotDays.epochDay(lot.expiryDate());
        lotFacts[index * FACTS + FIRST_EXPIRED] =
                lot.expiryDate().map(LotDays::firstExpiredDay).orElse(LotDays.NO_DATE);
        productionDay[index] = LotDays.epochDay(lot.productionDate());
        receiptDay[index] = LotDays.epochDay(lot.receiptDate());
        lotFacts[index * FACTS + STATUS] = lot.status().ordinal();
        lotByNumber.put(lot.id().lotNumber(), index);
        if (index == slotsOfLot.length) {
            slotsOfLot = Arrays.copyOf(slotsOfLot, index * 2);
        }
        slotsOfLot[index] = new int[0];
        shapeVersion++;
        dropHead();
    }

    void applyStatusChange(int lot, StatusChange change) {
        dropHead();
        boolean wasReleased = isReleased(lot);
        lots[lot] = lots[lot].apply(change);
        lotFacts[lot * FACTS + STATUS] = lots[lot].status().ordinal();
        boolean released = isReleased(lot);
        if (released != wasReleased) {
            for (int slot : slotsOfLot[lot]) {
                if (slot >= 0) {
                    for (int i = 0; i < orderCount; i++) {
                        orders[i].slotChanged(slot, hasStock(slot), released);
                    }
                }
            }
        }
    }

    /** Whether the lot's status is released, the one status requests allow by default. */
    boolean isReleased(int lot) {
        return statusOf(lot) == RELEASED_ORDINAL;
    }

    int slotFor(int lot, String location) {
        int slot = slotIndex(lot, location);
        if (slot >= 0) {
            return slot;
        }
        slot = slotCount++;
        if (slot == slotLocation.length) {
            int size = slot * 2;
            slotLocation = Arrays.copyOf(slotLocation, size);
            slotLotId = Arrays.copyOf(slotLotId, size);
            slotFacts = Arrays.copyOf(slotFacts, size * SLOT_FIELDS);
        }
        slotFacts[slot * SLOT_FIELDS + LOT] = lot;
        slotLocation[slot] = location;
        slotLotId[slot] = lotIds[lot];
        int place = locationIndex.computeIfAbsent(location, name -> locationIndex.size());
        int[] slots = slotsOfLot[lot];
        if (place >= slots.length) {
            int[] grown = Arrays.copyOf(slots, Math.max(place + 1, locationIndex.size()));
            Arrays.fill(grown, slots.length, grown.length, -1);
            slotsOfLot[lot] = grown;
        }
        slotsOfLot[lot][place] = slot;
        shapeVersion++;
        dropHead();
        return slot;
    }

    void setRemovalDays(int days) {
        removalDays = days;
        dropHead();
    }

    void addOnHand(int slot, long units) {
        if (slot == headSlot) {
            headOnHand += units;
            dropHeadIfEmpty();
            return;
        }
        if (units > 0) {
            dropHead(); // the slot may now come before the head
        }
        boolean hadStock = hasStock(slot);
        slotFacts[slot * SLOT_FIELDS + ON_HAND] += units;
        stockChanged(slot, hadStock);
    }

    void reserve(int slot, long units) {
        if (slot == headSlot) {
            headReserved += units; // the head holds the slot's counts: nothing else is read or written
            dropHeadIfEmpty();
            return;
        }
        boolean hadStock = hasStock(slot);
        slotFacts[slot * SLOT_FIELDS + RESERVED] += units;
        stockChanged(slot, hadStock);
    }

    /**
     * As {@link #reserve(int, long)}, for a slot an allocation found at a position of an order: if the slot runs out,
     * that order's bits are cleared by the position, without looking it up (other orders look it up).
     */
    void reserve(int slot, long units, SlotOrder order, int position) {
        if (slot == headSlot) {
            headReserved += units;
            if (headOnHand - headReserved <= 0) { // the head ran out: as dropHeadIfEmpty, with the position known
                dropHead();
                ordersChanged(slot, false, order, position);
            }
            return;
        }
        int at = slot * SLOT_FIELDS;
        long available = slotFacts[at + ON_HAND] - slotFacts[at + RESERVED];
        slotFacts[at + RESERVED] += units;
        if (available > 0 && available <= units) {
            ordersChanged(slot, false, order, position);
        }
    }

    void unreserve(int slot, long units) {
        if (slot == headSlot) {
            headReserved -= units;
            return;
        }
        dropHead(); // the slot may now come before the head
        boolean hadStock = hasStock(slot);
        slotFacts[slot * SLOT_FIELDS + RESERVED] -= units;
        stockChanged(slot, hadStock);
    }

    /**
     * As {@link #unreserve(int, long)}, for a slot at a position of an order as it stands: if the slot regains stock,
     * that order's bit is set by the position, without looking it up (other orders look it up).
     */
    void unreserve(int slot, long units, SlotOrder order, int position) {
        if (slot == headSlot) {
            unreserve(slot, units);
            return;
        }
        dropHead(); // the slot may now come before the head
        int at = slot * SLOT_FIELDS;
        long available = slotFacts[at + ON_HAND] - slotFacts[at + RESERVED];
        slotFacts[at + RESERVED] -= units;
        if (available <= 0 && available + units > 0) {
            ordersChanged(slot, true, order, position);
        }
    }

    /** Picks reserved stock: it leaves reserved and on hand alike, so what is available does not change. */
    void pick(int slot, long units) {
        if (slot == headSlot) {
            headOnHand -= units;
            headReserved -= units;
            return;
        }
        slotFacts[slot * SLOT_FIELDS + RESERVED] -= units;
        slotFacts[slot * SLOT_FIELDS + ON_HAND] -= units;
    }

    /**
     * Makes a slot the head for a plain request's key (the first line of its full allocation), writing back the
     * counts of the head it replaces.
     */
    void takeHead(AllocationRequest request, int slot, LotId lotId, String location) {
        long onHand = onHand(slot);
        long reserved = reserved(slot);
        dropHead();
        setHead(request, slot, onHand, reserved, lotId, location);
    }

    /**
     * Forgets the head, first writing its counts back to the slot's facts. While there is a head its slot's counts
     * are kept in the head only: a request the head answers then writes to this object alone, not to a line of the
     * slot facts that for an item last used a while ago is not in the cache.
     */
    private void dropHead() {
        int slot = headSlot;
        if (slot >= 0) {
            int at = slot * SLOT_FIELDS;
            slotFacts[at + ON_HAND] = headOnHand;
            slotFacts[at + RESERVED] = headReserved;
            clearHead();
        }
    }

    /**
     * After the head slot lost stock: if it has none left, drops the head (the next slot in order becomes the head on
     * the next full allocation) and updates the orders' bit sets.
     */
    private void dropHeadIfEmpty() {
        if (headOnHand - headReserved <= 0) {
            int slot = headSlot;
            dropHead();
            stockChanged(slot, true);
        }
    }

    private boolean hasStock(int slot) {
        return available(slot) > 0;
    }

    /**
     * Keeps every cached order's bit set of slots with stock available current. Only a slot that gained or lost
     * all its available stock flips a bit, so most changes (a reserve that leaves some) touch no order at all.
     */
    private void stockChanged(int slot, boolean hadStock) {
        boolean hasStock = hasStock(slot);
        if (hasStock != hadStock) {
            ordersChanged(slot, hasStock, null, -1);
        }
    }

    /**
     * Sets or clears a slot's bit in every cached order; {@code known}, if not null, is an order in which the slot's
     * position is already known, so that order's bit is set by the position without looking it up.
     */
    private void ordersChanged(int slot, boolean hasStock, SlotOrder known, int position) {
        if (orderCount == 1 && known != null && known == lastOrder) {
            // The one cached order (the last one asked for is always among them): no read of the orders' array.
            known.stockChangedAt(position, hasStock);
            return;
        }
        for (int i = 0; i < orderCount; i++) {
            if (orders[i] == known) {
                known.stockChangedAt(position, hasStock);
            } else {
                orders[i].stockChanged(slot, hasStock);
            }
        }
    }

    /** Releases what every open reservation holds of a lot; reservations left empty are closed. */
    void cancelReservationsOf(int lot) {
        for (OpenReservation reservation : openReservations()) {
            for (int i = 0; i < reservation.lineCount(); i++) {
                int slot = reservation.slot(i);
                if (lotOf(slot) == lot && reservation.units(i) > 0) {
                    unreserve(slot, reservation.units(i));
                    reservation.setUnits(i, 0);
                }
            }
            if (reservation.holdsNothing()) {
                removeReservation(reservation.id());
            }
        }
    }

    void recordShipped(String customer, int lot) {
        if (customer != null && expiryOf(lot) != LotDays.NO_DATE) {
            lastShippedExpiry.merge(customer, expiryOf(lot), Math::max);
        }
    }
}
