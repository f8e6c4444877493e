package io.lotkit.benchmarks.fefo;

import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.fefo.StockEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's seeded stock: 1,000 items x 100 lots x 10 locations (1 million lot-location records), 10% of the
 * lots not released, expiry dates spread from 30 days before the allocation day to 700 days after, 10 to 100 units
 * per record. The same seed always gives the same stock, as journal events for the index and as plain records for
 * the naive baseline.
 */
final class SeededStock {

    static final int ITEMS = 1_000;
    static final int LOTS_PER_ITEM = 100;
    static final int LOCATIONS = 10;
    static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    static final long SEED = 20251122L;

    final String[] items = new String[ITEMS];
    final List<StockEvent> events = new ArrayList<>(ITEMS * LOTS_PER_ITEM * (LOCATIONS + 1));
    /** Per item, its records for the baseline. */
    final List<List<NaiveAllocator.Record>> records = new ArrayList<>(ITEMS);
    /** Per item, its lots, for W4's status changes. */
    final List<List<LotId>> lots = new ArrayList<>(ITEMS);

    SeededStock() {
        SplittableRandom random = new SplittableRandom(SEED);
        String[] locations = new String[LOCATIONS];
        for (int l = 0; l < LOCATIONS; l++) {
            locations[l] = "LOC-" + l;
        }
        for (int i = 0; i < ITEMS; i++) {
            String item = "ITEM-%04d".formatted(i);
            items[i] = item;
            List<NaiveAllocator.Record> itemRecords = new ArrayList<>(LOTS_PER_ITEM * LOCATIONS);
            List<LotId> itemLots = new ArrayList<>(LOTS_PER_ITEM);
            for (int n = 0; n < LOTS_PER_ITEM; n++) {
                LocalDate expiry = DAY.plusDays(random.nextInt(-30, 701));
                LocalDate production = expiry.minusDays(730);
                LotStatus status = random.nextInt(10) == 0
                        ? (random.nextBoolean() ? LotStatus.ON_HOLD : LotStatus.QUARANTINE)
                        : LotStatus.RELEASED;
                LotId id = LotId.of(item, "LOT-%02d".formatted(n));
                itemLots.add(id);
                events.add(new StockEvent.LotRegistered(Lot.builder(id).status(status).productionDate(production)
                        .receiptDate(production.plusDays(1)).expiryDate(expiry).build()));
                for (int l = 0; l < LOCATIONS; l++) {
                    int quantity = random.nextInt(10, 101);
                    events.add(new StockEvent.Received(id, locations[l], BigDecimal.valueOf(quantity)));
                    itemRecords.add(new NaiveAllocator.Record(id, locations[l], expiry.toEpochDay(),
                            production.plusDays(1).toEpochDay(), status, quantity));
                }
            }
            records.add(itemRecords);
            lots.add(itemLots);
        }
    }

    int recordCount() {
        return ITEMS * LOTS_PER_ITEM * LOCATIONS;
    }
}
