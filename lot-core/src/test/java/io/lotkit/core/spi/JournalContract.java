package io.lotkit.core.spi;

import static io.lotkit.core.spi.JournalVisit.expected;
import static io.lotkit.core.spi.JournalVisit.replayed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The promises of {@link Journal}, as a suite a journal implementation runs against itself (Guava testlib's
 * idea): extend this class, say how to prepare an empty store and how to open a journal on it, and JUnit runs
 * every check below.
 *
 * <pre>{@code
 * class MyDatabaseJournalContractTest extends JournalContract {
 *     protected void prepareFreshStore() { database.dropAndCreateJournalTable(); }
 *     protected <E> Journal<E> open(EventCodec<E> codec) { return new MyDatabaseJournal<>(dataSource, codec); }
 * }
 * }</pre>
 *
 * <p>What is checked: order, with positions dense from 0; durability of acknowledged appends across close and
 * reopen; fidelity of replay (awkward text, decimal scale, large batches); {@code replay(from)}; atomicity of
 * multi-event appends, both for a failed append (which leaves nothing and does not move {@code nextPosition()})
 * and for a concurrent replay (which sees whole appends only); concurrent appends; appends from a visitor during
 * replay; a closed journal; and bad arguments.
 *
 * <p>The suite appends {@link ContractEvent}s through a {@link ContractEventCodec}, which refuses to encode a
 * poisoned event so that an append can be made to fail part-way through a batch. The suite closes every journal
 * it opens before opening the next one on the same store, and closes them all after each test.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests that need threads start their own.
 */
public abstract class JournalContract {

    private final List<Journal<?>> opened = new ArrayList<>();

    /** The codec the suite's journals use. */
    protected final ContractEventCodec codec = new ContractEventCodec();

    /** Lets subclasses be created. */
    protected JournalContract() {
    }

    /**
     * Prepares an empty store for the current test; called before each test.
     *
     * @throws Exception if the store cannot be prepared
     */
    protected abstract void prepareFreshStore() throws Exception;

    /**
     * Opens a journal on the store prepared for the current test: empty at first, and holding everything
     * acknowledged by the journals opened on it before (each of which the suite has closed).
     *
     * @param codec the codec to use, for implementations that store events outside the heap
     * @param <E> the event type
     * @return the open journal
     * @throws Exception if the journal cannot be opened
     */
    protected abstract <E> Journal<E> open(EventCodec<E> codec) throws Exception;

    @BeforeEach
    final void prepareStore() throws Exception {
        prepareFreshStore();
    }

    @AfterEach
    final void closeJournals() {
        for (Journal<?> journal : opened) {
            journal.close();
        }
        opened.clear();
    }

    /**
     * Opens a journal on the current store and remembers it, to close it after the test.
     *
     * @return the open journal
     * @throws Exception if the journal cannot be opened
     */
    protected final Journal<ContractEvent> openJournal() throws Exception {
        Journal<ContractEvent> journal = open(codec);
        assertThat(journal).as("open(codec) must return a journal").isNotNull();
        opened.add(journal);
        return journal;
    }

    /**
     * Closes a journal and opens the store again, as a restart would.
     *
     * @param journal the journal to close
     * @return the journal opened again
     * @throws Exception if the journal cannot be opened
     */
    protected final Journal<ContractEvent> reopen(Journal<ContractEvent> journal) throws Exception {
        journal.close();
        return openJournal();
    }

    private static List<ContractEvent> events(long firstId, int count) {
        List<ContractEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(ContractEvent.of(firstId + i));
        }
        return events;
    }

    @Test
    void aNewJournalIsEmpty() throws Exception {
        Journal<ContractEvent> journal = openJournal();

        assertThat(journal.nextPosition()).isZero();
        assertThat(replayed(journal, 0)).isEmpty();
    }

    @Test
    void positionsAreDenseFromZeroInAppendOrder() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        List<ContractEvent> appended = new ArrayList<>();

        assertThat(journal.append(ContractEvent.of(10))).isZero();
        appended.add(ContractEvent.of(10));
        assertThat(journal.append(events(20, 3))).isEqualTo(1);
        appended.addAll(events(20, 3));
        assertThat(journal.append(ContractEvent.of(30))).isEqualTo(4);
        appended.add(ContractEvent.of(30));

        assertThat(journal.nextPosition()).isEqualTo(5);
        assertThat(replayed(journal, 0)).isEqualTo(expected(appended, 0));
    }

    @Test
    void acknowledgedAppendsSurviveCloseAndReopen() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        journal.append(events(1, 2));
        journal.append(ContractEvent.of(3));

        journal = reopen(journal);
        assertThat(journal.nextPosition()).isEqualTo(3);
        assertThat(replayed(journal, 0)).isEqualTo(expected(events(1, 3), 0));

        assertThat(journal.append(ContractEvent.of(4))).isEqualTo(3);
        journal = reopen(journal);
        assertThat(replayed(journal, 0)).isEqualTo(expected(events(1, 4), 0));
    }

    @Test
    void replayYieldsEventsEqualToThoseAppendedWhateverTheirText() throws Exception {
        List<ContractEvent> awkward = List.of(
                ContractEvent.of(1, "", "0"),
                ContractEvent.of(2, "quote \" backslash \\ slash / tab \t", "-0.000"),
                ContractEvent.of(3, "line\nbreak\r\nand carriage return", "1E+3"),
                ContractEvent.of(4, "Grüße, 北京, emoji \uD83D\uDCE6, nul \u0000", "12345678901234567890.123456789"),
                ContractEvent.of(5, "{\"looks\":[\"like\",\"json\"]}", "1.50"),
                ContractEvent.of(Long.MIN_VALUE, "x".repeat(100_000), "1.5E-400"));
        Journal<ContractEvent> journal = openJournal();
        for (ContractEvent event : awkward) {
            journal.append(event);
        }

        assertThat(replayed(journal, 0)).isEqualTo(expected(awkward, 0));
        journal = reopen(journal);
        assertThat(replayed(journal, 0)).isEqualTo(expected(awkward, 0));
    }

    @Test
    void aLargeBatchIsStoredWhole() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        journal.append(ContractEvent.of(0));
        List<ContractEvent> batch = events(1, 5_000);

        assertThat(journal.append(batch)).isEqualTo(1);

        journal = reopen(journal);
        assertThat(journal.nextPosition()).isEqualTo(5_001);
        assertThat(replayed(journal, 1)).isEqualTo(expected(events(0, 5_001), 1));
    }

    @Test
    void replayFromAPositionSkipsTheEventsBeforeIt() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        List<ContractEvent> appended = events(0, 6);
        journal.append(appended.subList(0, 1));
        journal.append(appended.subList(1, 4));
        journal.append(appended.subList(4, 6));

        for (long from = 0; from <= 8; from++) {
            assertThat(replayed(journal, from)).as("replay from %d", from).isEqualTo(expected(appended, from));
        }
        assertThat(replayed(journal, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aFailedAppendLeavesNothingBehind() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        journal.append(events(0, 2));

        List<ContractEvent> poisoned = List.of(ContractEvent.of(2), ContractEvent.poison(3), ContractEvent.of(4));
        assertThatThrownBy(() -> journal.append(poisoned)).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> journal.append(ContractEvent.poison(5))).isInstanceOf(JournalException.class);

        assertThat(journal.nextPosition()).isEqualTo(2);
        assertThat(replayed(journal, 0)).isEqualTo(expected(events(0, 2), 0));
        assertThat(journal.append(ContractEvent.of(2))).isEqualTo(2);
        Journal<ContractEvent> reopened = reopen(journal);
        assertThat(replayed(reopened, 0)).isEqualTo(expected(events(0, 3), 0));
    }

    @Test
    void aClosedJournalRejectsUseAndMayBeClosedAgain() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        journal.append(ContractEvent.of(0));
        journal.close();

        assertThatThrownBy(() -> journal.append(ContractEvent.of(1))).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> journal.append(events(1, 2))).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> journal.replay(0, (position, event) -> { })).isInstanceOf(JournalException.class);
        assertThatThrownBy(journal::nextPosition).isInstanceOf(JournalException.class);
        journal.close();

        assertThat(replayed(openJournal(), 0)).isEqualTo(expected(events(0, 1), 0));
    }

    @Test
    void badArgumentsAreRejectedAndChangeNothing() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        journal.append(ContractEvent.of(0));

        assertThatThrownBy(() -> journal.append((List<ContractEvent>) null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.append(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.append(Arrays.asList(ContractEvent.of(1), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
        assertThatThrownBy(() -> journal.append((ContractEvent) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.replay(-1, (position, event) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.replay(0, null)).isInstanceOf(IllegalArgumentException.class);

        assertThat(journal.nextPosition()).isEqualTo(1);
        assertThat(replayed(journal, 0)).isEqualTo(expected(events(0, 1), 0));
    }

    @Test
    void whatTheVisitorThrowsEndsTheReplayAndReachesTheCaller() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        journal.append(events(0, 3));
        IllegalStateException stop = new IllegalStateException("visitor stops");
        List<Long> visited = new ArrayList<>();

        assertThatThrownBy(() -> journal.replay(0, (position, event) -> {
            visited.add(position);
            if (position == 1) {
                throw stop;
            }
        })).isSameAs(stop);

        assertThat(visited).containsExactly(0L, 1L);
        assertThat(replayed(journal, 0)).hasSize(3);
    }

    @Test
    void aVisitorMayAppendWithoutSeeingItsOwnAppendsInThatReplay() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        journal.append(events(0, 3));
        List<JournalVisit> visits = new ArrayList<>();

        journal.replay(0, (position, event) -> {
            visits.add(new JournalVisit(position, event));
            journal.append(ContractEvent.of(100 + position));
        });

        assertThat(visits).isEqualTo(expected(events(0, 3), 0));
        assertThat(journal.nextPosition()).isEqualTo(6);
        List<ContractEvent> all = new ArrayList<>(events(0, 3));
        all.addAll(List.of(ContractEvent.of(100), ContractEvent.of(101), ContractEvent.of(102)));
        assertThat(replayed(reopen(journal), 0)).isEqualTo(expected(all, 0));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void concurrentAppendsEachGetTheirOwnDenseRangeOfPositions() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        int threads = 4;
        int appendsPerThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<JournalVisit>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long thread = t;
                Callable<List<JournalVisit>> appender = () -> {
                    start.await();
                    List<JournalVisit> mine = new ArrayList<>();
                    for (int i = 0; i < appendsPerThread; i++) {
                        List<ContractEvent> batch = events(thread * 1_000_000 + i * 10L, 1 + i % 3);
                        long first = journal.append(batch);
                        for (int k = 0; k < batch.size(); k++) {
                            mine.add(new JournalVisit(first + k, batch.get(k)));
                        }
                    }
                    return mine;
                };
                results.add(pool.submit(appender));
            }
            start.countDown();
            List<JournalVisit> acknowledged = new ArrayList<>();
            for (Future<List<JournalVisit>> result : results) {
                acknowledged.addAll(result.get(60, TimeUnit.SECONDS));
            }
            acknowledged.sort((a, b) -> Long.compare(a.position(), b.position()));

            assertThat(acknowledged).extracting(JournalVisit::position)
                    .containsExactlyElementsOf(LongStream.range(0, acknowledged.size()).boxed().toList());
            assertThat(journal.nextPosition()).isEqualTo(acknowledged.size());
            assertThat(replayed(journal, 0)).isEqualTo(acknowledged);
            assertThat(replayed(reopen(journal), 0)).isEqualTo(acknowledged);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aConcurrentReplaySeesWholeAppendsOnly() throws Exception {
        Journal<ContractEvent> journal = openJournal();
        int batchSize = 3;
        int batches = 40;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int b = 0; b < batches; b++) {
                        journal.append(events((long) b * batchSize, batchSize));
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            List<ContractEvent> all = events(0, batches * batchSize);
            int replays = 0;
            while (writing.get() || replays == 0) {
                List<JournalVisit> seen = replayed(journal, 0);
                assertThat(seen.size() % batchSize).as("events seen by a concurrent replay").isZero();
                assertThat(seen).isEqualTo(expected(all.subList(0, seen.size()), 0));
                replays++;
            }
            writer.get(60, TimeUnit.SECONDS);
            assertThat(replayed(journal, 0)).isEqualTo(expected(all, 0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRandomHistoryOfAppendsFailuresAndReopensReplaysExactly() throws Exception {
        Random random = new Random(20_240_611L);
        Journal<ContractEvent> journal = openJournal();
        List<ContractEvent> model = new ArrayList<>();
        long nextId = 0;
        for (int step = 0; step < 60; step++) {
            int action = random.nextInt(10);
            if (action < 6) {
                List<ContractEvent> batch = events(nextId, 1 + random.nextInt(4));
                nextId += batch.size();
                assertThat(journal.append(batch)).isEqualTo(model.size());
                model.addAll(batch);
            } else if (action < 8) {
                List<ContractEvent> batch = new ArrayList<>(events(nextId, 1 + random.nextInt(3)));
                batch.add(random.nextInt(batch.size() + 1), ContractEvent.poison(-1));
                List<ContractEvent> poisoned = Collections.unmodifiableList(batch);
                Journal<ContractEvent> current = journal;
                assertThatThrownBy(() -> current.append(poisoned)).isInstanceOf(JournalException.class);
            } else if (action < 9) {
                journal = reopen(journal);
            } else {
                long from = random.nextInt(model.size() + 2);
                assertThat(replayed(journal, from)).isEqualTo(expected(model, from));
            }
            assertThat(journal.nextPosition()).isEqualTo(model.size());
        }
        assertThat(replayed(reopen(journal), 0)).isEqualTo(expected(model, 0));
    }
}
