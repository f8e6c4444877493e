package io.lotkit.fefo;

import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.journal.InMemoryJournal;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Test fixtures: a fresh index on an in-memory journal, and lots of item "A" with readable dates. */
final class Stock {

    static final String ITEM = "A";
    static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    final InMemoryJournal<StockEvent> journal;
    final StockIndex index;

    Stock() {
        this(InMemoryJournal.create());
    }

    Stock(InMemoryJournal<StockEvent> journal) {
        this.journal = journal;
        this.index = StockIndex.open(journal);
    }

    static LotId id(String lotNumber) {
        return LotId.of(ITEM, lotNumber);
    }

    static BigDecimal qty(long value) {
        return BigDecimal.valueOf(value);
    }

    /** Registers a released lot expiring {@code expiresInDays} after {@link #DAY}, received the day before. */
    Stock lot(String lotNumber, int expiresInDays, String location, long quantity) {
        lotInto(index, lotNumber, expiresInDays, location, quantity);
        return this;
    }

    /** As {@link #lot(String, int, String, long)}, on any index. */
    static void lotInto(StockIndex index, String lotNumber, int expiresInDays, String location, long quantity) {
        Lot lot = Lot.builder(id(lotNumber))
                .status(LotStatus.RELEASED)
                .productionDate(DAY.minusDays(100))
                .receiptDate(DAY.minusDays(1))
                .expiryDate(DAY.plusDays(expiresInDays))
                .build();
        index.registerLot(lot);
        index.receive(lot.id(), location, qty(quantity));
    }

    Stock lot(Lot lot, String location, long quantity) {
        index.registerLot(lot);
        index.receive(lot.id(), location, qty(quantity));
        return this;
    }

    static AllocationRequestBuilder request(long quantity) {
        return AllocationRequest.builder(ITEM, qty(quantity), DAY);
    }

}
