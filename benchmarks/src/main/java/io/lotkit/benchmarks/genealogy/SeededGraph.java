package io.lotkit.benchmarks.genealogy;

import java.util.SplittableRandom;

/**
 * The seeded benchmark genealogy as plain arrays, so that Lotkit and its peers are built from the same topology:
 * 1,000,000 lots in four layers (raw, intermediate, finished, shipment), every non-raw lot made from 3 or 4 lots of
 * the layer before, about 3.1 million edges, each with a quantity in hundredths. A few hot raw lots go into many
 * intermediates, so that each has some 50,000 descendants.
 *
 * <p>Immutable after construction.
 */
final class SeededGraph {

    static final int RAW = 50_000;
    static final int INTERMEDIATE = 150_000;
    static final int FINISHED = 300_000;
    static final int SHIPMENT = 500_000;
    static final int LOTS = RAW + INTERMEDIATE + FINISHED + SHIPMENT;
    static final int HOT_RAW_LOTS = 5;
    /** The share of intermediates that take one hot raw lot as an input. */
    static final double HOT_SHARE = 0.04;

    /** The inputs of lot {@code i} are {@code inputs[inputStart[i] .. inputStart[i + 1])}. */
    final int[] inputStart = new int[LOTS + 1];
    final int[] inputs;
    /** The quantity of each input consumed, in hundredths. */
    final int[] quantityCenti;
    final int edgeCount;

    SeededGraph(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] edges = new int[3_200_000];
        int[] quantities = new int[edges.length];
        int edge = 0;
        for (int lot = 0; lot < LOTS; lot++) {
            inputStart[lot] = edge;
            if (lot < RAW) {
                continue;
            }
            int layerStart = layerStart(lot);
            int previousStart = layerStart(layerStart - 1);
            int previousSize = layerStart - previousStart;
            int count = lot < RAW + INTERMEDIATE + FINISHED ? 3 : 3 + (lot & 1);
            int first = edge;
            if (lot < RAW + INTERMEDIATE && random.nextDouble() < HOT_SHARE) {
                edges[edge] = random.nextInt(HOT_RAW_LOTS);
                quantities[edge++] = 100 + random.nextInt(100_000);
            }
            while (edge - first < count) {
                int input = previousStart + random.nextInt(previousSize);
                if (!contains(edges, first, edge, input)) {
                    edges[edge] = input;
                    quantities[edge++] = 100 + random.nextInt(100_000);
                }
            }
        }
        inputStart[LOTS] = edge;
        edgeCount = edge;
        inputs = java.util.Arrays.copyOf(edges, edge);
        quantityCenti = java.util.Arrays.copyOf(quantities, edge);
    }

    static int layerStart(int lot) {
        if (lot < RAW) {
            return 0;
        }
        if (lot < RAW + INTERMEDIATE) {
            return RAW;
        }
        if (lot < RAW + INTERMEDIATE + FINISHED) {
            return RAW + INTERMEDIATE;
        }
        return RAW + INTERMEDIATE + FINISHED;
    }

    static boolean isShipment(int lot) {
        return lot >= RAW + INTERMEDIATE + FINISHED;
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Returns {@code count} seeded lots drawn uniformly from {@code [from, to)}. */
    static int[] sample(long seed, int count, int from, int to) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] lots = new int[count];
        for (int i = 0; i < count; i++) {
            lots[i] = from + random.nextInt(to - from);
        }
        return lots;
    }
}
