package io.lotkit.benchmarks.genealogy;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/** Measures the heap a structure keeps: used heap after full collections, before and after building it. */
final class Heap {

    private Heap() {
    }

    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Builds a structure, prints the heap it keeps per edge, and returns it. */
    static <T> T measure(String name, long edges, Supplier<T> build) {
        long before = usedAfterGc();
        long start = System.nanoTime();
        T built = build.get();
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc();
        System.out.printf("%n[footprint] %s: %,d bytes retained, %.1f bytes per edge (%,d edges), built in %,d ms%n",
                name, after - before, (after - before) / (double) edges, edges, buildMillis);
        return built;
    }
}
