package io.lotkit.fefo;

/**
 * A stock operation was refused because of the index's state: an unknown lot or reservation, too little stock, or facts that contradict what is registered. When thrown, nothing was written to the
 * journal and nothing in memory changed.
 *
 * <p>Not thread-safe to mutate (as any exception); its state is fixed once thrown.
 */
public class StockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is. */
    public enum Problem {
        /** The lot is not registered. */
        UNKNOWN_LOT,
        /** The reservation does not exist, or is fully picked or released. */
        UNKNOWN_RESERVATION,
        /** The quantity asked for exceeds what is on hand, available or reserved. */
        INSUFFICIENT_STOCK,
        /** The lot is registered with other facts. */
        CONFLICTING_LOT
    }

    /** The kind of refusal. */
    private final Problem problem;

    /**
     * Creates an exception.
     *
     * @param problem the kind of refusal
     * @param message what was refused, naming the lot, location or reservation
     */
    public StockException(Problem problem, String message) {
        super(message);
        this.problem = Checks.notNull("problem", problem);
    }

    /**
     * Returns the kind of refusal.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }
}
