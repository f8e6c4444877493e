package io.lotkit.core;

import java.time.Instant;

/**
 * The event recorded when a lot's status changes: which lot, from and to which status, why, and when.
 *
 * <p>A status change can only describe a legal move: the constructor checks it against {@link LotStatus}'s
 * transition table, so a journal replaying these events never meets an impossible one. Produced by
 * {@link Lot#changeStatus(LotStatus, String, Instant)} and applied on replay by {@link Lot#apply(StatusChange)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lotId the lot whose status changed
 * @param from the status before the change
 * @param to the status after the change
 * @param reason why the status changed, as given (not blank)
 * @param at when the change happened
 */
public record StatusChange(LotId lotId, LotStatus from, LotStatus to, String reason, Instant at) {

    /**
     * Validates the event.
     *
     * @param lotId the lot
     * @param from the status before
     * @param to the status after
     * @param reason why; not blank
     * @param at when
     * @throws IllegalArgumentException if a component is {@code null} or {@code reason} is blank
     * @throws IllegalStatusTransitionException if the move from {@code from} to {@code to} is not legal
     */
    public StatusChange {
        Checks.requireNonNull("lotId", lotId);
        Checks.requireNonNull("from", from);
        Checks.requireNonNull("to", to);
        Checks.requireNotBlank("reason", reason);
        Checks.requireNonNull("at", at);
        if (!from.canMoveTo(to)) {
            throw new IllegalStatusTransitionException(lotId, from, to);
        }
    }
}
