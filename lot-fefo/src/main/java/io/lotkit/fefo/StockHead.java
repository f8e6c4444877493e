package io.lotkit.fefo;

import io.lotkit.core.LotId;
import java.time.LocalDate;

/**
 * The head of an item's stock: for the (strategy, location preference, date, minimum days) last asked about by a
 * request with {@linkplain AllocationRequest#plainRules() plain rules}, the first slot in that order that such a
 * request may take from (its lot released, passing the date rules, with stock available), with the slot's counts,
 * lot id and location. A plain request with the same key whose quantity that slot alone covers is answered from
 * these fields: one line, all of it from the head slot, without reading the order, its bit sets, the slot's facts
 * or the lot's, each of which is a cache miss for an item last used a while ago. Order lines are mostly small
 * against what one lot holds at one location, and the lines for an item mostly share a strategy and a ship date, so
 * most of them are answered here; any other request takes the full path, which sets the head again.
 *
 * <p><b>Why the answer is the full allocation's.</b> For a plain request, {@link LineAllocator} starts at the first
 * position that passes the date rules (or at 0), jumps to the next released slot with stock, finds the lot allowed
 * (status by the bit set, every other plain rule is a date rule) and takes {@code min(remaining, available)} there,
 * which is the whole line when the slot holds enough. So its first line is always at the head, and the head is set
 * from exactly that line ({@link #setHead}). It stays the first such slot only while nothing that decides it
 * changes: {@link ItemStock} keeps the head slot's counts in the head itself for as long as it is the head (every
 * read of that slot's counts asks the head first, and they are written back to the slot's facts when the head is
 * dropped, so a request the head answers writes to the item's own object only), and drops the head when any
 * other slot gains stock (it might now come first), when a lot's status, the item's lots, slots or removal time
 * change, or when the head slot runs out. A slot other than the head losing stock cannot move the head.
 *
 * <p>{@link ItemStock} extends this class, so the fields lie in the stock's own object, next to the monitor every
 * operation takes.
 *
 * <p>Not thread-safe: used under the item's monitor.
 */
abstract class StockHead extends ReservationTable {

    /** The head's slot, or -1 when there is no head. */
    int headSlot = -1;
    /** The head slot's units on hand and reserved: the only current copy while the slot is the head. */
    long headOnHand;
    long headReserved;
    /** The key: the date that counts, the minimum remaining days, the strategy and preference. */
    private LocalDate headDate;
    private int headMinimumDays;
    private AllocationStrategy headStrategy;
    private LocationPreference headPreference;
    /** The head slot's lot id and location, for the result line. */
    LotId headLotId;
    String headLocation;

    /** The units the head has available for a request with plain rules, or 0 if the head does not answer its key. */
    final long headAvailableFor(AllocationRequest request) {
        if (headSlot < 0 || request.strategy() != headStrategy || request.minimumShelfLifeDays() != headMinimumDays
                || !request.date().equals(headDate)) {
            return 0;
        }
        LocationPreference preference = request.locationPreference();
        if (preference != headPreference && !preference.equals(headPreference)) {
            return 0;
        }
        return headOnHand - headReserved;
    }

    /**
     * Makes a slot the head for the request's key: the first line of a full allocation of a plain request. A
     * reference field is only written when it changes: this object lives long (in the collector's old generation),
     * where writing a reference costs the collector's write barrier, with a memory fence, while a new head mostly
     * keeps the key's objects (the strategy and preference constants, often the date) and, for the same key, the
     * lot id and location.
     */
    final void setHead(AllocationRequest request, int slot, long onHand, long reserved, LotId lotId,
            String location) {
        LocalDate date = request.date();
        if (headDate != date) {
            headDate = date;
        }
        headMinimumDays = request.minimumShelfLifeDays();
        AllocationStrategy strategy = request.strategy();
        if (headStrategy != strategy) {
            headStrategy = strategy;
        }
        LocationPreference preference = request.locationPreference();
        if (headPreference != preference) {
            headPreference = preference;
        }
        headSlot = slot;
        headOnHand = onHand;
        headReserved = reserved;
        if (headLotId != lotId) {
            headLotId = lotId;
        }
        if (headLocation != location) {
            headLocation = location;
        }
    }

    /** Forgets the head; the next plain request takes the full path and sets it again. */
    final void clearHead() {
        headSlot = -1;
    }
}
