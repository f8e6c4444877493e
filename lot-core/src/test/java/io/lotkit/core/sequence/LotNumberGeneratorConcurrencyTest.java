package io.lotkit.core.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.format.LotContext;
import io.lotkit.core.format.LotNumberFormat;
import io.lotkit.core.journal.InMemoryJournal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class LotNumberGeneratorConcurrencyTest {

    private static final int THREADS = 8;

    @Test
    void gapTolerantIssuesEightHundredThousandDistinctNumbersToEightThreads() throws Exception {
        InMemoryJournal<SequenceEvent> journal = InMemoryJournal.create();
        LotNumberGenerator generator = LotNumberGenerator.builder().format(LotNumberFormat.compile("{seq:7}"))
                .journal(journal).mode(SequenceMode.GAP_TOLERANT).build();

        List<String[]> drawn = drawConcurrently(THREADS, 100_000, i -> generator.next());

        BitSet seen = new BitSet();
        int count = 0;
        for (String[] lots : drawn) {
            for (String lot : lots) {
                int value = Integer.parseInt(lot);
                assertThat(seen.get(value)).as("duplicate %s", lot).isFalse();
                seen.set(value);
                count++;
            }
        }
        assertThat(count).isEqualTo(800_000);
        assertThat(seen.nextClearBit(1)).as("one process without restarts leaves no gaps").isEqualTo(800_001);
        assertThat(journal.nextPosition()).isEqualTo(800);
    }

    @Test
    void gapTolerantScopesContendWithoutCollisions() throws Exception {
        LotNumberGenerator generator = LotNumberGenerator.builder()
                .format(LotNumberFormat.compile("yyDDD{line:1,digits}{seq:6}"))
                .journal(InMemoryJournal.create()).mode(SequenceMode.GAP_TOLERANT).blockSize(50)
                .resetScope(ResetScope.perDay().andPerField("line")).build();
        LocalDate day = LocalDate.of(2025, 3, 14);
        LotContext[] contexts = new LotContext[12];
        for (int i = 0; i < contexts.length; i++) {
            contexts[i] = LotContext.builder().date(day.plusDays(i % 3)).line(Integer.toString(i % 4)).build();
        }

        List<String[]> drawn = drawConcurrently(THREADS, 20_000, i -> generator.next(contexts[i % contexts.length]));

        assertDistinct(drawn, THREADS * 20_000);
    }

    @Test
    void gapFreeIssuesDistinctConsecutiveNumbersAndContinuesAfterReopening() throws Exception {
        InMemoryJournal<SequenceEvent> journal = LotNumberGeneratorTest.jsonJournal();
        LotNumberGenerator generator = LotNumberGenerator.builder().format(LotNumberFormat.compile("{seq:6}"))
                .journal(journal).build();

        List<String[]> drawn = drawConcurrently(4, 2_000, i -> generator.next());

        assertDistinct(drawn, 8_000);
        assertThat(drawn.stream().flatMap(java.util.Arrays::stream).mapToInt(Integer::parseInt).max()).hasValue(8_000);
        LotNumberGenerator restarted = LotNumberGenerator.builder().format(LotNumberFormat.compile("{seq:6}"))
                .journal(journal.reopen()).build();
        assertThat(restarted.next()).isEqualTo("008001");
    }

    /**
     * Draws within a reserved block take a lock-free path; a number registered by hand just ahead of the drawers
     * races with it. No registered number may ever be issued, and no number issued twice.
     */
    @Test
    void numbersRegisteredByHandWhileOthersDrawAreNeverIssued() throws Exception {
        LotNumberFormat format = LotNumberFormat.compile("{seq:7}");
        LotNumberGenerator generator = LotNumberGenerator.builder().format(format).journal(InMemoryJournal.create())
                .mode(SequenceMode.GAP_TOLERANT).blockSize(1_000).build();
        java.util.concurrent.atomic.AtomicLong highest = new java.util.concurrent.atomic.AtomicLong();
        java.util.Set<Long> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean drawing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread registrar = new Thread(() -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(7);
            while (drawing.get()) {
                long value = highest.get() + 1 + random.nextInt(8);
                try {
                    if (generator.registerManual(format.format(LotContext.empty(), value))) {
                        registered.add(value);
                    }
                } catch (IllegalArgumentException alreadyPassed) {
                    // The drawers got there first: the registration is refused, which is what must happen.
                }
                // A short pause between registrations: without it the registrar holds the counter's monitor almost
                // without a break, and on two cores the drawers queue behind it for minutes instead of racing it.
                java.util.concurrent.locks.LockSupport.parkNanos(20_000);
            }
        });
        registrar.start();
        List<String[]> drawn;
        try {
            drawn = drawConcurrently(4, 50_000, i -> {
                String lot = generator.next();
                highest.accumulateAndGet(Long.parseLong(lot), Math::max);
                return lot;
            });
        } finally {
            drawing.set(false);
            registrar.join();
        }

        assertDistinct(drawn, 200_000);
        assertThat(registered).as("the registrar raced with the drawers").isNotEmpty();
        for (String[] lots : drawn) {
            for (String lot : lots) {
                assertThat(registered).as("issued a number registered by hand").doesNotContain(Long.parseLong(lot));
            }
        }
    }

    private static void assertDistinct(List<String[]> drawn, int expected) {
        List<String> all = new ArrayList<>();
        drawn.forEach(lots -> all.addAll(List.of(lots)));
        assertThat(all).hasSize(expected).doesNotHaveDuplicates();
    }

    private static List<String[]> drawConcurrently(int threads, int perThread, IntFunction<String> draw)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Callable<String[]> task = () -> {
                    start.await();
                    String[] lots = new String[perThread];
                    for (int i = 0; i < perThread; i++) {
                        lots[i] = draw.apply(i + offset);
                    }
                    return lots;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<String[]> results = new ArrayList<>();
            for (Future<String[]> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
