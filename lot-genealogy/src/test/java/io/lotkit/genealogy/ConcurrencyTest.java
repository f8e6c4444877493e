package io.lotkit.genealogy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotkit.core.LotId;
import io.lotkit.core.journal.InMemoryJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The graph is safe for concurrent use: writers and readers at once, and the result equals the journal. */
class ConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int CHAINS_PER_WRITER = 150;

    @Test
    void concurrentRecordsAndTracesKeepTheGraphEqualToItsJournal() throws Exception {
        InMemoryJournal<GenealogyEvent> journal = InMemoryJournal.create();
        // A small rebuild threshold, so that edge rows are rebuilt while readers trace.
        GenealogyGraph graph = GenealogyGraph.open(journal, 64);
        graph.record(Fixtures.receive("R0", "1000000", "Mill", 0));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> tasks = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            tasks.add(pool.submit(() -> {
                start.await();
                // Each writer grows its own chains hanging off R0: R0 -> A<w>.<i> -> B<w>.<i>.
                for (int i = 0; i < CHAINS_PER_WRITER; i++) {
                    String a = "A" + writer + "." + i;
                    graph.record(Fixtures.transform(1, "R0", "1", a, "1"));
                    graph.record(Fixtures.transform(2, a, "1", "B" + writer + "." + i, "1"));
                }
                return null;
            }));
        }
        for (int r = 0; r < 2; r++) {
            tasks.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 300; i++) {
                    Trace trace = graph.forward(Fixtures.lot("R0"));
                    // Chains are recorded A before B, so a snapshot never holds more B lots than A lots.
                    long a = trace.lots().stream().filter(t -> t.depth() == 1).count();
                    long b = trace.lots().stream().filter(t -> t.depth() == 2).count();
                    assertThat(b).isLessThanOrEqualTo(a);
                    assertThat(trace.size()).isEqualTo(trace.lots().size());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> task : tasks) {
            task.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(graph.forward(Fixtures.lot("R0")).size()).isEqualTo(2 * WRITERS * CHAINS_PER_WRITER);
        assertThat(GraphSnapshot.of(GenealogyGraph.open(journal.reopen()))).isEqualTo(GraphSnapshot.of(graph));
    }

    @Test
    void aTraceIsSafeToReadFromManyThreads() throws Exception {
        GenealogyGraph graph = GenealogyPropertiesTest.live(List.of(Fixtures.receive("R1", "10", "Mill", 0),
                Fixtures.transform(1, "R1", "5", "M1", "5"), Fixtures.transform(2, "M1", "5", "R1", "1")));
        Trace trace = graph.forward(Fixtures.lot("R1"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Object>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> List.of(trace.lots(), trace.cycles(), trace.paths(Fixtures.lot("M1"), 2),
                    trace.contains(Fixtures.lot("M1")))));
        }
        List<Object> first = answers.get(0).get(10, TimeUnit.SECONDS);
        for (Future<List<Object>> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(first);
        }
        pool.shutdown();
        assertThat(first.get(1)).isEqualTo(List.of(List.of(LotId.of("R", "R1"), LotId.of("M", "M1"),
                LotId.of("R", "R1"))));
    }
}
