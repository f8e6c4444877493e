package io.lotkit.drill;

import java.nio.file.Path;

/**
 * The drill's command-line options.
 *
 * @param dir where the journals and exports go
 * @param seed the seed of the year's random data; the same seed gives the same year
 * @param productionRuns how many production runs the year has
 * @param forceEveryAppend whether the stock and genealogy journals force every append to disk (the lot-number and
 *     drill journals always do)
 */
record DrillOptions(Path dir, long seed, int productionRuns, boolean forceEveryAppend) {

    static final Path DEFAULT_DIR = Path.of("drill-output");
    static final long DEFAULT_SEED = 20260101L;
    static final int DEFAULT_RUNS = 300;
    static final int LARGE_RUNS = 20_000;
    static final int MAX_RUNS = 200_000;

    static final String USAGE = """
            usage: java -cp benchmarks/target/benchmarks.jar io.lotkit.drill.Drill [options]
              --dir <path>   where the journals and exports go (default drill-output/); run again with the same
                             directory to play the next year on top of the journaled ones
              --seed <n>     seed of the random data (default %d); the same seed gives the same year
              --large        a large year: %,d production runs instead of %d
              --runs <n>     exactly n production runs (1 to %,d)
              --fsync        force every stock and genealogy append to disk (slower; by default only the
                             lot-number journal is forced, the others survive a crash of the process)
              --help         this text""".formatted(DEFAULT_SEED, LARGE_RUNS, DEFAULT_RUNS, MAX_RUNS);

    /** A command line the drill cannot run; its message says what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Thrown for {@code --help}: print the usage and stop without an error. */
    static final class HelpRequested extends Exception {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super("help requested");
        }
    }

    static DrillOptions parse(String... args) throws UsageException, HelpRequested {
        Path dir = DEFAULT_DIR;
        long seed = DEFAULT_SEED;
        int runs = DEFAULT_RUNS;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--dir" -> dir = Path.of(valueOf(args, ++i, flag));
                case "--seed" -> seed = number(valueOf(args, ++i, flag), flag, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--large" -> runs = LARGE_RUNS;
                case "--runs" -> runs = (int) number(valueOf(args, ++i, flag), flag, 1, MAX_RUNS);
                case "--fsync" -> force = true;
                case "--help", "-h" -> throw new HelpRequested();
                default -> throw new UsageException("unknown option '" + flag + "' (argument " + (i + 1) + ")");
            }
        }
        return new DrillOptions(dir, seed, runs, force);
    }

    private static String valueOf(String[] args, int index, String flag) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args[index];
    }

    private static long number(String text, String flag, long min, long max) throws UsageException {
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new UsageException(flag + " must be between " + min + " and " + max + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " needs a whole number, not '" + text + "'");
        }
    }
}
