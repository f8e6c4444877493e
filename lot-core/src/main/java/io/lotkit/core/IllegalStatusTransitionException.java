package io.lotkit.core;

/**
 * Thrown when a lot's status would make a move that {@link LotStatus}'s transition table does not allow, such as
 * CONSUMED → RELEASED, or when a recorded {@link StatusChange} does not start from the lot's current status.
 *
 * <p>The lot's identity is not serialized ({@link LotId} is not {@code Serializable}); after Java
 * deserialization only the message and the statuses are left, and {@link #lotId()} returns {@code null}.
 */
public final class IllegalStatusTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The lot whose status was to change. */
    private final transient LotId lotId;

    /** The status the lot was in (or the event claimed it was in). */
    private final LotStatus from;

    /** The status that was refused. */
    private final LotStatus to;

    /**
     * Creates the exception with a message naming the lot, the move and the legal targets.
     *
     * @param lotId the lot
     * @param from the status it was in
     * @param to the status that was refused
     */
    public IllegalStatusTransitionException(LotId lotId, LotStatus from, LotStatus to) {
        this(lotId, from, to, "lot %s cannot move from %s to %s; allowed from %s: %s"
                .formatted(lotId, from, to, from, from.isTerminal() ? "none (terminal)" : from.allowedNext()));
    }

    /**
     * Creates the exception with a given message.
     *
     * @param lotId the lot
     * @param from the status it was in
     * @param to the status that was refused
     * @param message the message
     */
    public IllegalStatusTransitionException(LotId lotId, LotStatus from, LotStatus to, String message) {
        super(message);
        this.lotId = lotId;
        this.from = from;
        this.to = to;
    }

    /**
     * Returns the lot whose status was to change.
     *
     * @return the lot's identity
     */
    public LotId lotId() {
        return lotId;
    }

    /**
     * Returns the status the lot was in.
     *
     * @return the status moved from
     */
    public LotStatus from() {
        return from;
    }

    /**
     * Returns the status that was refused.
     *
     * @return the status moved to
     */
    public LotStatus to() {
        return to;
    }
}
