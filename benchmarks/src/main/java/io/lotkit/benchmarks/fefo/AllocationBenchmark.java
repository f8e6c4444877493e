package io.lotkit.benchmarks.fefo;

import io.lotkit.core.IllegalStatusTransitionException;
import io.lotkit.core.LotId;
import io.lotkit.core.LotStatus;
import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.fefo.AllocationRequest;
import io.lotkit.fefo.AllocationResult;
import io.lotkit.fefo.MinimumShelfLife;
import io.lotkit.fefo.StockEvent;
import io.lotkit.fefo.StockIndex;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * FEFO allocation of order lines against 1 million seeded lot-location records ({@link SeededStock}), each
 * workload beside the naive filter-and-sort-per-request baseline ({@link NaiveAllocator}) in the same run.
 *
 * <ul>
 *   <li>W1: lines of 1-10 units on uniformly drawn items; reserved and journaled (in-memory journal).</li>
 *   <li>W2: lines of 10-40 records' worth of units (a record holds 55 on average); reserved, journaled, and
 *       released again in the same operation so that stock does not run out (one op = reserve + release).</li>
 *   <li>W3: lines of 1-10 units on Zipf-distributed items with a minimum shelf life of 30-365 days; reserved and
 *       journaled.</li>
 *   <li>W4: two threads on 10 hot items, reserving 1-10 units, with a receipt every 8th operation and a hold or
 *       release of a lot every 64th.</li>
 *   <li>build: replaying the 1.1 million seed events (100,000 lots, 1 million receipts) into a new index and
 *       sorting every item's FEFO order.</li>
 * </ul>
 *
 * <p>Each workload is measured in two modes: the average time per operation, and the distribution of sampled
 * operation times ({@code Mode.SampleTime}), whose {@code p0.50} row is the median the targets are stated in.
 *
 * <p>The index is rebuilt before every iteration, so each starts from the same stock and the in-memory journal
 * does not grow without bound. Run: {@code java -jar benchmarks/target/benchmarks.jar Allocation}; add
 * {@code -prof gc} for the bytes allocated per operation ({@code gc.alloc.rate.norm}), which, unlike times, does
 * not depend on the machine's load (the per-iteration rebuild can be counted in it too: longer iterations read truer).
 *
 * <p>The fork asks for transparent huge pages ({@code -XX:+UseTransparentHugePages}; the README's Benchmarks section
 * says why). To measure without them, add {@code -jvmArgsAppend -XX:-UseTransparentHugePages}.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages"})
@State(Scope.Benchmark)
public class AllocationBenchmark {

    private static final int STREAM = 1 << 16;
    private static final int HOT_ITEMS = 10;
    private static final Instant AT = Instant.parse("2025-06-01T08:00:00Z");

    private SeededStock seed;
    private StockIndex index;
    private NaiveAllocator naive;

    private AllocationRequest[] w1;
    private AllocationRequest[] w2;
    private AllocationRequest[] w3;
    private int cursor;

    /** Builds the seed data and the request streams, once. */
    @Setup(Level.Trial)
    public void seed() {
        seed = new SeededStock();
        SplittableRandom random = new SplittableRandom(SeededStock.SEED + 1);
        ZipfSampler zipf = new ZipfSampler(SeededStock.ITEMS, 1.0);
        w1 = new AllocationRequest[STREAM];
        w2 = new AllocationRequest[STREAM];
        w3 = new AllocationRequest[STREAM];
        for (int i = 0; i < STREAM; i++) {
            w1[i] = AllocationRequest.builder(seed.items[random.nextInt(SeededStock.ITEMS)],
                    BigDecimal.valueOf(random.nextInt(1, 11)), SeededStock.DAY).build();
            w2[i] = AllocationRequest.builder(seed.items[random.nextInt(SeededStock.ITEMS)],
                    BigDecimal.valueOf(55L * random.nextInt(10, 41)), SeededStock.DAY).build();
            w3[i] = AllocationRequest.builder(seed.items[zipf.sample(random)],
                    BigDecimal.valueOf(random.nextInt(1, 11)), SeededStock.DAY)
                    .minimumShelfLife(MinimumShelfLife.days(random.nextInt(30, 366))).build();
        }
    }

    /** Rebuilds the index and the baseline from the seed, so that every iteration starts from the same stock. */
    @Setup(Level.Iteration)
    public void rebuild() {
        index = build(seed);
        naive = new NaiveAllocator(seed);
        cursor = 0;
    }

    static StockIndex build(SeededStock seed) {
        InMemoryJournal<StockEvent> journal = InMemoryJournal.create();
        journal.append(seed.events);
        StockIndex built = StockIndex.open(journal);
        for (String item : seed.items) {
            built.plan(AllocationRequest.builder(item, BigDecimal.ONE, SeededStock.DAY).build());
        }
        return built;
    }

    private int next() {
        int i = cursor;
        cursor = (i + 1) & (STREAM - 1);
        return i;
    }

    /** W1 with the index: reserve a small line. */
    @Benchmark
    public AllocationResult w1_lotkit() {
        return index.reserve(w1[next()]);
    }

    /** W1 with the index, plan only (a dry run: no reservation, no journal), to show plan against reserve. */
    @Benchmark
    public AllocationResult w1Plan_lotkit() {
        return index.plan(w1[next()]);
    }

    /** W1 with the baseline. */
    @Benchmark
    public List<NaiveAllocator.Line> w1_naive() {
        AllocationRequest r = w1[next()];
        return naive.reserve(r.item(), r.quantity().longValue(), r.date(), 0);
    }

    /** W2 with the index: reserve a line spanning 10-40 records, then release it. */
    @Benchmark
    public AllocationResult w2_lotkit() {
        AllocationResult result = index.reserve(w2[next()]);
        result.reservation().ifPresent(index::release);
        return result;
    }

    /** W2 with the index, plan only (a dry run: no reservation, no journal). */
    @Benchmark
    public AllocationResult w2Plan_lotkit() {
        return index.plan(w2[next()]);
    }

    /** W2 with the baseline: reserve, then release. */
    @Benchmark
    public List<NaiveAllocator.Line> w2_naive() {
        AllocationRequest r = w2[next()];
        List<NaiveAllocator.Line> lines = naive.reserve(r.item(), r.quantity().longValue(), r.date(), 0);
        naive.release(r.item(), lines);
        return lines;
    }

    /** W3 with the index: Zipf items, minimum shelf life. */
    @Benchmark
    public AllocationResult w3_lotkit() {
        return index.reserve(w3[next()]);
    }

    /** W3 with the baseline. */
    @Benchmark
    public List<NaiveAllocator.Line> w3_naive() {
        AllocationRequest r = w3[next()];
        return naive.reserve(r.item(), r.quantity().longValue(), r.date(),
                r.minimumShelfLife().days());
    }

    /** One W4 thread's random stream. */
    @State(Scope.Thread)
    public static class W4Thread {
        SplittableRandom random;
        long count;

        /** Seeds the thread's stream by its identity, so the two threads differ. */
        @Setup(Level.Trial)
        public void seed() {
            random = new SplittableRandom(SeededStock.SEED + Thread.currentThread().getId());
        }
    }

    /** W4 with the index: two threads on hot items, receipts and status changes interleaved. */
    @Benchmark
    @Threads(2)
    public Object w4_lotkit(W4Thread t) {
        int item = t.random.nextInt(HOT_ITEMS);
        long n = ++t.count;
        if ((n & 7) == 0) {
            LotId lot = seed.lots.get(item).get(t.random.nextInt(SeededStock.LOTS_PER_ITEM));
            index.receive(lot, "LOC-" + t.random.nextInt(SeededStock.LOCATIONS), BigDecimal.valueOf(44));
            return lot;
        }
        if ((n & 63) == 1) {
            LotId lot = seed.lots.get(item).get(t.random.nextInt(SeededStock.LOTS_PER_ITEM));
            LotStatus status = index.lot(lot).orElseThrow().status();
            try {
                return index.changeStatus(lot, status == LotStatus.RELEASED ? LotStatus.ON_HOLD : LotStatus.RELEASED,
                        "benchmark", AT, false);
            } catch (IllegalStatusTransitionException otherThreadChangedItFirst) {
                return otherThreadChangedItFirst;
            }
        }
        return index.reserve(AllocationRequest.builder(seed.items[item],
                BigDecimal.valueOf(t.random.nextInt(1, 11)), SeededStock.DAY).build());
    }

    /** W4 with the baseline. */
    @Benchmark
    @Threads(2)
    public Object w4_naive(W4Thread t) {
        int item = t.random.nextInt(HOT_ITEMS);
        long n = ++t.count;
        int record = t.random.nextInt(SeededStock.LOTS_PER_ITEM * SeededStock.LOCATIONS);
        if ((n & 7) == 0) {
            naive.receive(seed.items[item], record, 44);
            return null;
        }
        if ((n & 63) == 1) {
            naive.toggleHold(seed.items[item], record);
            return null;
        }
        return naive.reserve(seed.items[item], t.random.nextInt(1, 11), SeededStock.DAY, 0);
    }

    /** Building the index for the 1 million records, measured once per iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public StockIndex buildIndex() {
        return build(seed);
    }
}
