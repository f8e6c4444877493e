package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The receipts or the shipments of lots, as primitive columns: for each record its lot, party (supplier or
 * customer), place (receiving or ship-to location), time and quantity, chained per lot so that the records of one
 * lot are found without a scan.
 *
 * <p>Not thread-safe; the graph guards it with its lock.
 */
final class LotRecords {

    static final int END = -1;

    private final IntColumn lot = new IntColumn();
    private final IntColumn party = new IntColumn();
    private final IntColumn place = new IntColumn();
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
        int record = lot.add(lotId);
        party.add(partyId);
        place.add(placeId);
        this.time.add(time);
        quantity.add(amount);
        next.add(first.get(lotId));
        first.set(lotId, record);
    }

    int size() {
        return lot.size();
    }

    int first(int lotId) {
        return first.get(lotId);
    }

    int next(int record) {
        return next.get(record);
    }

    int lot(int record) {
        return lot.get(record);
    }

    int party(int record) {
        return party.get(record);
    }

    int place(int record) {
        return place.get(record);
    }

    Instant time(int record) {
        return time.get(record);
    }

    BigDecimal quantity(int record) {
        return quantity.get(record);
    }
}
