package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The receipts or the shipments of lots, as primitive columns: for each record its party (supplier or customer) and
 * place (receiving or ship-to location) as one pooled pair, since a party uses few places, its time and quantity,
 * chained per lot so that the records of one lot are found without a scan. Records are always reached from their
 * lot, so the lot itself is not stored again.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class LotRecords {

    static final int END = -1;

    private final IntColumn partyAndPlace = new IntColumn();
    /** The distinct (party, place) pairs, by pooled id, and each pair's id by its two ids packed into a long. */
    private final IntColumn pairParty = new IntColumn();
    private final IntColumn pairPlace = new IntColumn();
    /** The pairs' ids plus one, in an open-addressing table at most half full, probed from the pair's mixed hash. */
    private int[] pairSlots = new int[64];
    private final TimeColumn time = new TimeColumn();
    private final DecimalColumn quantity = new DecimalColumn();
    /** Per record, the lot's next older record; sparse, since most lots have one receipt or shipment at most. */
    private final SparseIntColumn next = new SparseIntColumn(END);
    /** Per lot, its newest record; sparse, since most lots have no receipt, and many no shipment. */
    private final SparseIntColumn first = new SparseIntColumn(END);

    /** Makes room for the lot with the next id. */
    void addLot() {
        first.addDefault();
    }

    void add(int lotId, int partyId, int placeId, Instant time, BigDecimal amount) {
        int record = partyAndPlace.add(pair(partyId, placeId));
        this.time.add(time);
        quantity.add(amount);
        next.set(next.addDefault(), first.get(lotId));
        first.set(lotId, record);
    }

    int size() {
        return partyAndPlace.size();
    }

    private int pair(int partyId, int placeId) {
        int mask = pairSlots.length - 1;
        int slot = IdSlots.home(pairHash(partyId, placeId), mask);
        for (int entry = pairSlots[slot]; entry != 0; entry = pairSlots[slot]) {
            if (pairParty.get(entry - 1) == partyId && pairPlace.get(entry - 1) == placeId) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        int id = pairParty.add(partyId);
        pairPlace.add(placeId);
        pairSlots[slot] = id + 1;
        if (2 * pairParty.size() > pairSlots.length) {
            rehashPairs();
        }
        return id;
    }

    private void rehashPairs() {
        pairSlots = IdSlots.doubled(pairSlots, pairParty.size(),
                id -> pairHash(pairParty.get(id), pairPlace.get(id)));
    }

    private static int pairHash(int partyId, int placeId) {
        return partyId * 31 + placeId;
    }

    int first(int lotId) {
        return first.get(lotId);
    }

    int next(int record) {
        return next.get(record);
    }

    int party(int record) {
        return pairParty.get(partyAndPlace.get(record));
    }

    int place(int record) {
        return pairPlace.get(partyAndPlace.get(record));
    }

    Instant time(int record) {
        return time.get(record);
    }

    BigDecimal quantity(int record) {
        return quantity.get(record);
    }
}
