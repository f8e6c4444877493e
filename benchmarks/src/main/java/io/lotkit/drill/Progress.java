package io.lotkit.drill;

import java.io.PrintStream;

/**
 * Prints a percentage line for a long step: nothing during its first second, so quick steps stay quiet, then a
 * line each time another tenth of the work is done.
 *
 * <p>Not thread-safe.
 */
final class Progress {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final String label;
    private final long total;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private int nextTenth = 1;

    Progress(String label, long total, PrintStream out) {
        this.label = label;
        this.total = Math.max(1, total);
        this.out = out;
    }

    void done(long count) {
        int tenth = (int) (count * 10 / total);
        if (tenth < nextTenth) {
            return;
        }
        nextTenth = tenth + 1;
        long elapsed = System.nanoTime() - start;
        if (elapsed >= QUIET_NANOS && tenth < 10) {
            out.printf("      %s: %d%% (%,d of %,d) after %.1f s%n", label, tenth * 10, count, total, elapsed / 1e9);
        }
    }
}
