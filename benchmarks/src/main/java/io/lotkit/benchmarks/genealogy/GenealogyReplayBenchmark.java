package io.lotkit.benchmarks.genealogy;

import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.genealogy.GenealogyEvent;
import io.lotkit.genealogy.GenealogyGraph;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rebuilding the seeded 1,000,000-lot genealogy on start: {@code GenealogyGraph.open} replaying the ~1.5 million
 * events held by an in-memory journal. The replay rate is the event count (printed by the setup) divided by the
 * time per operation. Decoding the events from a file journal's JSON is not part of this measurement.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class GenealogyReplayBenchmark {

    /** The journal holding every seeded event. */
    @State(Scope.Benchmark)
    public static class Stored {
        InMemoryJournal<GenealogyEvent> journal;

        /** Appends every seeded event. */
        @Setup
        public void fill() {
            journal = InMemoryJournal.create();
            long events = SeededEvents.forEach(new SeededGraph(20_250_301L), journal::append);
            System.out.printf("%n[replay] the journal holds %,d events%n", events);
        }
    }

    /**
     * Replays the journal into a new graph.
     *
     * @param stored the journal
     * @return the rebuilt graph
     */
    @Benchmark
    public GenealogyGraph replay(Stored stored) {
        return GenealogyGraph.open(stored.journal);
    }
}
