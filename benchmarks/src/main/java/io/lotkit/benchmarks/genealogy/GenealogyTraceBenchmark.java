package io.lotkit.benchmarks.genealogy;

import com.google.common.graph.MutableValueGraph;
import io.lotkit.core.LotId;
import io.lotkit.genealogy.GenealogyEvent;
import io.lotkit.genealogy.GenealogyGraph;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
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
 * Forward traces on the seeded 1,000,000-lot, ~3,100,000-edge genealogy ({@link SeededGraph}): Lotkit's
 * {@code GenealogyGraph} beside JGraphT's {@code DefaultDirectedGraph}, Guava's {@code common.graph} and a static
 * int-array adjacency, all built from the same topology with the same quantities. Each state prints the heap its
 * structure keeps per edge, measured after full collections ({@code [footprint]} lines in the output).
 *
 * <ul>
 *   <li><b>hot</b>: the forward trace of one of the five hot raw lots (some 50,000 descendants);</li>
 *   <li><b>typical</b>: the forward trace of a random intermediate lot (some 40 descendants), and for Lotkit also
 *       the backward trace of a random shipment lot (some 45 ancestors).</li>
 * </ul>
 * Query lots rotate through a seeded sample so that no single trace stays in cache.
 *
 * <p>The fork asks for transparent huge pages ({@code -XX:+UseTransparentHugePages}; the README's Benchmarks section
 * says why). To measure without them, add {@code -jvmArgsAppend -XX:-UseTransparentHugePages}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages"})
public class GenealogyTraceBenchmark {

    private static final long SEED = 20_250_301L;
    private static final int SAMPLE = 1 << 12;

    /** The seeded topology and the query lots, shared by all states of a fork. */
    @State(Scope.Benchmark)
    public static class Topology {
        SeededGraph seeded;
        int[] hot;
        int[] intermediates;
        int[] shipments;

        /** Builds the topology and draws the query lots. */
        @Setup
        public void build() {
            seeded = new SeededGraph(SEED);
            hot = SeededGraph.sample(SEED + 1, SAMPLE, 0, SeededGraph.HOT_RAW_LOTS);
            intermediates = SeededGraph.sample(SEED + 2, SAMPLE, SeededGraph.RAW,
                    SeededGraph.RAW + SeededGraph.INTERMEDIATE);
            shipments = SeededGraph.sample(SEED + 3, SAMPLE, SeededGraph.LOTS - SeededGraph.SHIPMENT,
                    SeededGraph.LOTS);
        }
    }

    /** Rotates through the query lots, per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            next = (next + 1) & (SAMPLE - 1);
            return next;
        }
    }

    /** Lotkit's graph, built event by event through {@code record} with a journal that keeps nothing. */
    @State(Scope.Benchmark)
    public static class Lotkit {
        GenealogyGraph graph;
        LotId[] hot;
        LotId[] intermediates;
        LotId[] shipments;

        /** Records every seeded event. */
        @Setup
        public void build(Topology topology) {
            graph = Heap.measure("lotkit GenealogyGraph (whole graph: lot ids, edges, quantities, receipts, "
                    + "shipments, mass-balance sums)", topology.seeded.edgeCount, () -> {
                        GenealogyGraph built = GenealogyGraph.open(new DiscardingJournal<GenealogyEvent>());
                        SeededEvents.forEach(topology.seeded, built::record);
                        return built;
                    });
            hot = lots(topology.hot);
            intermediates = lots(topology.intermediates);
            shipments = lots(topology.shipments);
            System.out.printf("[shape] hot forward trace of %s: %,d lots; typical: %,d forward, %,d backward%n",
                    hot[0], graph.forward(hot[0]).size(), graph.forward(intermediates[0]).size(),
                    graph.backward(shipments[0]).size());
        }

        private static LotId[] lots(int[] indexes) {
            LotId[] lots = new LotId[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                lots[i] = SeededEvents.lot(indexes[i]);
            }
            return lots;
        }
    }

    /** JGraphT's {@code DefaultDirectedGraph} with Integer vertices and an edge object holding the quantity. */
    @State(Scope.Benchmark)
    public static class JGraphT {
        Graph<Integer, Peers.FlowEdge> graph;

        /** Builds the peer. */
        @Setup
        public void build(Topology topology) {
            graph = Heap.measure("JGraphT DefaultDirectedGraph", topology.seeded.edgeCount,
                    () -> Peers.jgrapht(topology.seeded));
        }
    }

    /** Guava's {@code common.graph} directed value graph with Integer nodes and BigDecimal edge values. */
    @State(Scope.Benchmark)
    public static class Guava {
        MutableValueGraph<Integer, BigDecimal> graph;

        /** Builds the peer. */
        @Setup
        public void build(Topology topology) {
            graph = Heap.measure("Guava common.graph ValueGraph", topology.seeded.edgeCount,
                    () -> Peers.guava(topology.seeded));
        }
    }

    /** The floor: a static int-array adjacency, built once and never changed. */
    @State(Scope.Benchmark)
    public static class Csr {
        Peers.StaticCsr graph;

        /** Builds the baseline. */
        @Setup
        public void build(Topology topology) {
            graph = Heap.measure("static int-array CSR (both directions, int quantities)",
                    topology.seeded.edgeCount, () -> new Peers.StaticCsr(topology.seeded));
        }
    }

    /**
     * Lotkit, hot forward trace.
     *
     * @param lotkit the graph
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int hotForward_lotkit(Lotkit lotkit, Cursor cursor) {
        return lotkit.graph.forward(lotkit.hot[cursor.advance()]).size();
    }

    /**
     * Lotkit, hot recall scope: the forward trace plus its shipments grouped by customer.
     *
     * @param lotkit the graph
     * @param cursor the query rotation
     * @return the number of customers reached
     */
    @Benchmark
    public int hotRecallScope_lotkit(Lotkit lotkit, Cursor cursor) {
        return lotkit.graph.recallScope(lotkit.hot[cursor.advance()]).customers().size();
    }

    /**
     * Lotkit, typical forward trace.
     *
     * @param lotkit the graph
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int typicalForward_lotkit(Lotkit lotkit, Cursor cursor) {
        return lotkit.graph.forward(lotkit.intermediates[cursor.advance()]).size();
    }

    /**
     * Lotkit, typical backward trace.
     *
     * @param lotkit the graph
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int typicalBackward_lotkit(Lotkit lotkit, Cursor cursor) {
        return lotkit.graph.backward(lotkit.shipments[cursor.advance()]).size();
    }

    /**
     * JGraphT, hot forward trace.
     *
     * @param peer the graph
     * @param topology the query lots
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int hotForward_jgrapht(JGraphT peer, Topology topology, Cursor cursor) {
        return Peers.jgraphtForward(peer.graph, topology.hot[cursor.advance()]);
    }

    /**
     * JGraphT, typical forward trace.
     *
     * @param peer the graph
     * @param topology the query lots
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int typicalForward_jgrapht(JGraphT peer, Topology topology, Cursor cursor) {
        return Peers.jgraphtForward(peer.graph, topology.intermediates[cursor.advance()]);
    }

    /**
     * Guava, hot forward trace.
     *
     * @param peer the graph
     * @param topology the query lots
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int hotForward_guava(Guava peer, Topology topology, Cursor cursor) {
        return Peers.guavaForward(peer.graph, topology.hot[cursor.advance()]);
    }

    /**
     * Guava, typical forward trace.
     *
     * @param peer the graph
     * @param topology the query lots
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int typicalForward_guava(Guava peer, Topology topology, Cursor cursor) {
        return Peers.guavaForward(peer.graph, topology.intermediates[cursor.advance()]);
    }

    /**
     * Static CSR, hot forward trace.
     *
     * @param baseline the graph
     * @param topology the query lots
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int hotForward_csr(Csr baseline, Topology topology, Cursor cursor) {
        return baseline.graph.forward(topology.hot[cursor.advance()]);
    }

    /**
     * Static CSR, typical forward trace.
     *
     * @param baseline the graph
     * @param topology the query lots
     * @param cursor the query rotation
     * @return the number of lots reached
     */
    @Benchmark
    public int typicalForward_csr(Csr baseline, Topology topology, Cursor cursor) {
        return baseline.graph.forward(topology.intermediates[cursor.advance()]);
    }
}
