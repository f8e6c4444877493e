package io.lotkit.benchmarks.genealogy;

import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.HashSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * The peers, built from the same seeded topology with the same quantities, and the textbook breadth-first search
 * each is used with: JGraphT's {@code DefaultDirectedGraph}, Guava's {@code common.graph} value graph, and a static
 * int-array adjacency (compressed sparse rows) as the floor.
 */
final class Peers {

    private Peers() {
    }

    /** A JGraphT edge carrying the quantity consumed. */
    static final class FlowEdge {
        final BigDecimal quantity;

        FlowEdge(BigDecimal quantity) {
            this.quantity = quantity;
        }
    }

    static Graph<Integer, FlowEdge> jgrapht(SeededGraph seeded) {
        Graph<Integer, FlowEdge> graph = new DefaultDirectedGraph<>(null, null, false);
        for (int lot = 0; lot < SeededGraph.LOTS; lot++) {
            graph.addVertex(lot);
        }
        for (int lot = 0; lot < SeededGraph.LOTS; lot++) {
            for (int e = seeded.inputStart[lot]; e < seeded.inputStart[lot + 1]; e++) {
                graph.addEdge(seeded.inputs[e], lot, new FlowEdge(BigDecimal.valueOf(seeded.quantityCenti[e], 2)));
            }
        }
        return graph;
    }

    static MutableValueGraph<Integer, BigDecimal> guava(SeededGraph seeded) {
        MutableValueGraph<Integer, BigDecimal> graph =
                ValueGraphBuilder.directed().expectedNodeCount(SeededGraph.LOTS).build();
        for (int lot = 0; lot < SeededGraph.LOTS; lot++) {
            graph.addNode(lot);
        }
        for (int lot = 0; lot < SeededGraph.LOTS; lot++) {
            for (int e = seeded.inputStart[lot]; e < seeded.inputStart[lot + 1]; e++) {
                graph.putEdgeValue(seeded.inputs[e], lot, BigDecimal.valueOf(seeded.quantityCenti[e], 2));
            }
        }
        return graph;
    }

    static int jgraphtForward(Graph<Integer, FlowEdge> graph, int origin) {
        HashSet<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen.add(origin);
        queue.add(origin);
        while (!queue.isEmpty()) {
            Integer lot = queue.poll();
            for (FlowEdge edge : graph.outgoingEdgesOf(lot)) {
                Integer child = graph.getEdgeTarget(edge);
                if (seen.add(child)) {
                    queue.add(child);
                }
            }
        }
        return seen.size() - 1;
    }

    static int guavaForward(MutableValueGraph<Integer, BigDecimal> graph, int origin) {
        HashSet<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen.add(origin);
        queue.add(origin);
        while (!queue.isEmpty()) {
            Integer lot = queue.poll();
            for (Integer child : graph.successors(lot)) {
                if (seen.add(child)) {
                    queue.add(child);
                }
            }
        }
        return seen.size() - 1;
    }

    /** Forward and backward compressed sparse rows, with the quantities in a parallel int array: built once. */
    static final class StaticCsr {
        final int[] childStart = new int[SeededGraph.LOTS + 1];
        final int[] children;
        final int[] childQuantity;
        final int[] parentStart;
        final int[] parents;
        private int[] stamp = new int[SeededGraph.LOTS];
        private int epoch;

        StaticCsr(SeededGraph seeded) {
            for (int e = 0; e < seeded.edgeCount; e++) {
                childStart[seeded.inputs[e] + 1]++;
            }
            for (int lot = 0; lot < SeededGraph.LOTS; lot++) {
                childStart[lot + 1] += childStart[lot];
            }
            children = new int[seeded.edgeCount];
            childQuantity = new int[seeded.edgeCount];
            int[] fill = childStart.clone();
            for (int lot = 0; lot < SeededGraph.LOTS; lot++) {
                for (int e = seeded.inputStart[lot]; e < seeded.inputStart[lot + 1]; e++) {
                    int slot = fill[seeded.inputs[e]]++;
                    children[slot] = lot;
                    childQuantity[slot] = seeded.quantityCenti[e];
                }
            }
            parentStart = seeded.inputStart.clone();
            parents = seeded.inputs.clone();
        }

        int forward(int origin) {
            epoch++;
            int[] queue = new int[64];
            int tail = 0;
            queue[tail++] = origin;
            stamp[origin] = epoch;
            for (int head = 0; head < tail; head++) {
                int lot = queue[head];
                for (int i = childStart[lot]; i < childStart[lot + 1]; i++) {
                    int child = children[i];
                    if (stamp[child] != epoch) {
                        stamp[child] = epoch;
                        if (tail == queue.length) {
                            queue = java.util.Arrays.copyOf(queue, tail * 2);
                        }
                        queue[tail++] = child;
                    }
                }
            }
            return tail - 1;
        }
    }
}
