package io.lotkit.benchmarks.fefo;

import io.lotkit.core.ExpiryRule;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: what an ERP does per order line. Take the item's records (as a database index on the item would),
 * filter them by status, expiry and shelf life, sort the survivors by expiry (ties: receipt date, lot number,
 * location), and take greedily. No journal. Each item's records are guarded by their list's monitor.
 */
final class NaiveAllocator {

    /** One lot at one location, with its quantities in whole units. */
    static final class Record {
        final LotId lot;
        final String location;
        final long expiryDay;
        final long receiptDay;
        volatile LotStatus status;
        long onHand;
        long reserved;

        Record(LotId lot, String location, long expiryDay, long receiptDay, LotStatus status, long onHand) {
            this.lot = lot;
            this.location = location;
            this.expiryDay = expiryDay;
            this.receiptDay = receiptDay;
            this.status = status;
            this.onHand = onHand;
        }

        Record copy() {
            return new Record(lot, location, expiryDay, receiptDay, status, onHand);
        }
    }

    /** One line taken: the record and the units. */
    record Line(Record record, long units) {
    }

    private static final Comparator<Record> FEFO = Comparator.comparingLong((Record r) -> r.expiryDay)
            .thenComparingLong(r -> r.receiptDay)
            .thenComparing(r -> r.lot.lotNumber())
            .thenComparing(r -> r.location);

    private final Map<String, List<Record>> byItem = new HashMap<>();

    NaiveAllocator(SeededStock stock) {
        for (int i = 0; i < stock.items.length; i++) {
            List<Record> copies = new ArrayList<>();
            for (Record record : stock.records.get(i)) {
                copies.add(record.copy());
            }
            byItem.put(stock.items[i], copies);
        }
    }

    List<Line> reserve(String item, long quantity, LocalDate day, int minimumDays) {
        List<Record> records = byItem.get(item);
        synchronized (records) {
            List<Record> eligible = new ArrayList<>();
            for (Record r : records) {
                LocalDate expiry = LocalDate.ofEpochDay(r.expiryDay);
                if (r.status == LotStatus.RELEASED && !ExpiryRule.isExpiredOn(expiry, day)
                        && ExpiryRule.remainingDays(expiry, day) >= minimumDays && r.onHand > r.reserved) {
                    eligible.add(r);
                }
            }
            eligible.sort(FEFO);
            List<Line> lines = new ArrayList<>();
            long remaining = quantity;
            for (int i = 0; i < eligible.size() && remaining > 0; i++) {
                Record r = eligible.get(i);
                long take = Math.min(remaining, r.onHand - r.reserved);
                r.reserved += take;
                remaining -= take;
                lines.add(new Line(r, take));
            }
            return lines;
        }
    }

    void release(String item, List<Line> lines) {
        synchronized (byItem.get(item)) {
            for (Line line : lines) {
                line.record().reserved -= line.units();
            }
        }
    }

    void receive(String item, int record, long units) {
        List<Record> records = byItem.get(item);
        synchronized (records) {
            records.get(record).onHand += units;
        }
    }

    void toggleHold(String item, int record) {
        List<Record> records = byItem.get(item);
        synchronized (records) {
            Record r = records.get(record);
            LotStatus next = r.status == LotStatus.RELEASED ? LotStatus.ON_HOLD : LotStatus.RELEASED;
            for (Record other : records) {
                if (other.lot.equals(r.lot)) {
                    other.status = next;
                }
            }
        }
    }
}
