package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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
    private final Map<Long, Integer> pairIds = new HashMap<>();
    private final TimeColumn time = new TimeColumn();
    private final DecimalColumn quantity = new DecimalColumn();
    private final IntColumn next = new IntColumn();
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
        next.add(first.get(lotId));
        first.set(lotId, record);
    }

    int size() {
        return partyAndPlace.size();
    }

    private int pair(int partyId, int placeId) {
        long key = (long) partyId << 32 | placeId & 0xFFFF_FFFFL;
        Integer known = pairIds.get(key);
        if (known != null) {
            return known;
        }
        int id = pairParty.add(partyId);
        pairPlace.add(placeId);
        pairIds.put(key, id);
        return id;
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
