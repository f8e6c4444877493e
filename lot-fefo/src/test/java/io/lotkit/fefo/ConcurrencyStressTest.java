package io.lotkit.fefo;

import static io.lotkit.fefo.Stock.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.Lot;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.core.spi.Journal;
import io.lotkit.core.spi.JournalVisitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Many threads on a few hot items: no over-allocation, and a plan for one item never waits for another. */
class ConcurrencyStressTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    void concurrentReservesNeverOverAllocate() throws Exception {
        InMemoryJournal<StockEvent> journal = InMemoryJournal.create();
        StockIndex index = StockIndex.open(journal);
        String[] items = {"HOT", "WARM"};
        for (String item : items) {
            for (int lot = 0; lot < 10; lot++) {
                index.registerLot(Lot.builder(LotId.of(item, "L" + lot)).status(LotStatus.RELEASED)
                        .expiryDate(DAY.plusDays(10 + lot)).build());
                index.receive(LotId.of(item, "L" + lot), "LOC-" + lot % 3, BigDecimal.valueOf(10));
            }
        }
        AtomicLong received = new AtomicLong(200);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Future<?>[] futures = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            int worker = t;
            futures[t] = pool.submit(() -> {
                start.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 2_000; i++) {
                    String item = items[random.nextInt(items.length)];
                    if (worker == 0 && i % 50 == 0) {
                        index.receive(LotId.of(item, "L" + random.nextInt(10)), "LOC-0", BigDecimal.ONE);
                        received.incrementAndGet();
                    } else if (worker == 1 && i % 100 == 0) {
                        LotId lot = LotId.of(item, "L" + random.nextInt(10));
                        LotStatus status = index.lot(lot).orElseThrow().status();
                        index.changeStatus(lot, status == LotStatus.RELEASED ? LotStatus.ON_HOLD : LotStatus.RELEASED,
                                "stress", NOW, random.nextBoolean());
                    } else {
                        AllocationResult result = index.reserve(AllocationRequest.builder(item,
                                BigDecimal.valueOf(1 + random.nextInt(4)), DAY).build());
                        if (random.nextInt(4) == 0 && result.reservation().isPresent()) {
                            try {
                                index.release(result.reservation().get());
                            } catch (StockException cancelledByAHold) {
                                assertThat(cancelledByAHold.problem())
                                        .isEqualTo(StockException.Problem.UNKNOWN_RESERVATION);
                            }
                        }
                    }
                }
                return null;
            });
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        BigDecimal totalOnHand = BigDecimal.ZERO;
        for (String item : items) {
            for (StockPosition position : index.positions(item)) {
                assertThat(position.reserved()).isLessThanOrEqualTo(position.onHand());
                totalOnHand = totalOnHand.add(position.onHand());
            }
        }
        assertThat(totalOnHand).isEqualByComparingTo(BigDecimal.valueOf(received.get()));
        assertThat(StockIndex.open(journal).describe()).isEqualTo(index.describe());
    }

    @Test
    void aPlanForOneItemNeverWaitsForAnotherItem() throws Exception {
        CountDownLatch appendEntered = new CountDownLatch(1);
        CountDownLatch releaseAppend = new CountDownLatch(1);
        Journal<StockEvent> blocking = new BlockingJournal(InMemoryJournal.create(), "SLOW", appendEntered,
                releaseAppend);
        StockIndex index = StockIndex.open(blocking);
        for (String item : List.of("SLOW", "FAST")) {
            index.registerLot(Lot.builder(LotId.of(item, "L1")).status(LotStatus.RELEASED).build());
            index.receive(LotId.of(item, "L1"), "LOC", BigDecimal.TEN);
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        ((BlockingJournal) blocking).arm();
        Future<AllocationResult> slow = pool.submit(
                () -> index.reserve(AllocationRequest.builder("SLOW", BigDecimal.ONE, DAY).build()));
        assertThat(appendEntered.await(10, TimeUnit.SECONDS)).isTrue();
        // SLOW's lock is held while its append is stuck; FAST plans and reserves at once.
        assertThat(index.plan(AllocationRequest.builder("FAST", BigDecimal.ONE, DAY).build()).filled()).isTrue();
        assertThat(index.reserve(AllocationRequest.builder("FAST", BigDecimal.ONE, DAY).build()).filled()).isTrue();
        assertThat(slow.isDone()).isFalse();
        releaseAppend.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).filled()).isTrue();
        pool.shutdown();
    }

    /** A journal whose appends for one item block until released, once armed. */
    private static final class BlockingJournal implements Journal<StockEvent> {
        private final Journal<StockEvent> delegate;
        private final String item;
        private final CountDownLatch entered;
        private final CountDownLatch release;
        private volatile boolean armed;

        BlockingJournal(Journal<StockEvent> delegate, String item, CountDownLatch entered, CountDownLatch release) {
            this.delegate = delegate;
            this.item = item;
            this.entered = entered;
            this.release = release;
        }

        void arm() {
            armed = true;
        }

        @Override
        public long append(List<? extends StockEvent> events) {
            if (armed && events.get(0).item().equals(item)) {
                entered.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return delegate.append(events);
        }

        @Override
        public void replay(long fromPosition, JournalVisitor<? super StockEvent> visitor) {
            delegate.replay(fromPosition, visitor);
        }

        @Override
        public long nextPosition() {
            return delegate.nextPosition();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
