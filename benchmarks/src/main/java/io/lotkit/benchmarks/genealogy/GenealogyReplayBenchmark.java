package io.lotkit.benchmarks.genealogy;

import io.lotkit.core.journal.InMemoryJournal;
import io.lotkit.genealogy.GenealogyEvent;
import io.lotkit.genealogy.GenealogyGraph;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
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
 *
 * <p>The same events are replayed in two memory layouts ({@link SeededEvents}):
 * <ul>
 *   <li>{@link #replay}: each event holds values of its own (lot ids, strings, quantities), allocated with the event,
 *       as a journal's decoder or an application makes them — the layout a replay on start meets;
 *   <li>{@link #replaySharedLotIds}: every event naming a lot shares one lot id instance made up front, so that
 *       merely reading a transformation's inputs misses the cache on objects allocated far away (an artifact of
 *       generating the events from a table of lots, kept measurable for comparison with earlier runs).
 * </ul>
 *
 * <p>The fork asks for transparent huge pages ({@code -XX:+UseTransparentHugePages}; the README's Benchmarks section
 * says why). To measure without them, add {@code -jvmArgsAppend -XX:-UseTransparentHugePages}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages"})
public class GenealogyReplayBenchmark {

    /** The journal holding every seeded event, each with values of its own. */
    @State(Scope.Benchmark)
    public static class Stored {
        InMemoryJournal<GenealogyEvent> journal;

        /** Appends every seeded event. */
        @Setup
        public void fill() {
            journal = filled(SeededEvents::forEach, "own values");
        }
    }

    /** The journal holding every seeded event, the events naming a lot sharing one lot id instance. */
    @State(Scope.Benchmark)
    public static class StoredSharedLotIds {
        InMemoryJournal<GenealogyEvent> journal;

        /** Appends every seeded event. */
        @Setup
        public void fill() {
            journal = filled(SeededEvents::forEachSharingLotIds, "shared lot ids");
        }
    }

    private static InMemoryJournal<GenealogyEvent> filled(
            BiFunction<SeededGraph, Consumer<GenealogyEvent>, Long> events, String layout) {
        InMemoryJournal<GenealogyEvent> journal = InMemoryJournal.create();
        long count = events.apply(new SeededGraph(20_250_301L), journal::append);
        System.out.printf("%n[replay] the journal holds %,d events (%s)%n", count, layout);
        return journal;
    }

    /**
     * Replays the journal of events with values of their own into a new graph.
     *
     * @param stored the journal
     * @return the rebuilt graph
     */
    @Benchmark
    public GenealogyGraph replay(Stored stored) {
        return GenealogyGraph.open(stored.journal);
    }

    /**
     * Replays the journal of events sharing lot id instances into a new graph.
     *
     * @param stored the journal
     * @return the rebuilt graph
     */
    @Benchmark
    public GenealogyGraph replaySharedLotIds(StoredSharedLotIds stored) {
        return GenealogyGraph.open(stored.journal);
    }
}
