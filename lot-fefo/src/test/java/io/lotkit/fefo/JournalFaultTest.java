package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.spi.FaultInjectingJournal;
import io.lotkit.core.spi.JournalException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Journal failures injected at random: whatever fails, memory always equals a replay of what the journal stored,
 * and a failed call changes nothing.
 */
class JournalFaultTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @Property(tries = 60)
    void memoryAlwaysEqualsTheReplayedJournal(
            @ForAll long seed, @ForAll @DoubleRange(min = 0.05, max = 0.6) double failureRate) {
        InMemoryJournal<StockEvent> store = InMemoryJournal.create(StockEvent.jsonCodec());
        FaultInjectingJournal<StockEvent> journal = FaultInjectingJournal.failingRandomly(store, seed, failureRate);
        StockIndex index = StockIndex.open(journal);
        SplittableRandom random = new SplittableRandom(seed);
        List<ReservationId> open = new ArrayList<>();
        int failures = 0;
        for (int step = 0; step < 60; step++) {
            String before = index.describe();
            try {
                act(index, random, open);
            } catch (JournalException e) {
                failures++;
                assertThat(index.describe()).as("a failed append changes nothing").isEqualTo(before);
            } catch (StockException e) {
                assertThat(index.describe()).as("a refused change changes nothing").isEqualTo(before);
            }
            if (step % 10 == 9) {
                assertThat(StockIndex.open(store).describe()).isEqualTo(index.describe());
            }
        }
        assertThat(StockIndex.open(store).describe()).isEqualTo(index.describe());
        assertThat(failures).isEqualTo(journal.injectedFaults());
    }

    private static void act(StockIndex index, SplittableRandom random, List<ReservationId> open) {
        LotId lot = LotId.of(Stock.ITEM, "L" + random.nextInt(5));
        String location = "LOC-" + random.nextInt(3);
        switch (random.nextInt(8)) {
            case 0 -> index.registerLot(io.lotkit.core.Lot.builder(lot).status(LotStatus.RELEASED)
                    .expiryDate(DAY.plusDays(Integer.parseInt(lot.lotNumber().substring(1)) * 7L)).build());
            case 1, 2 -> index.receive(lot, location, BigDecimal.valueOf(1 + random.nextInt(20)));
            case 3, 4 -> index.reserve(AllocationRequest.builder(Stock.ITEM, BigDecimal.valueOf(1 + random.nextInt(15)),
                    DAY).customer("C").build()).reservation().ifPresent(open::add);
            case 5 -> {
                if (!open.isEmpty()) {
                    ReservationId id = open.get(random.nextInt(open.size()));
                    index.pickAll(id);
                    open.remove(id);
                }
            }
            case 6 -> {
                if (!open.isEmpty()) {
                    ReservationId id = open.get(random.nextInt(open.size()));
                    index.release(id);
                    open.remove(id);
                }
            }
            default -> {
                LotStatus current = index.lot(lot).map(l -> l.status()).orElse(null);
                if (current != null) {
                    LotStatus target = current == LotStatus.RELEASED ? LotStatus.ON_HOLD : LotStatus.RELEASED;
                    index.changeStatus(lot, target, "check", NOW, random.nextBoolean());
                    open.removeIf(id -> index.reservation(id).isEmpty());
                }
            }
        }
    }
}
