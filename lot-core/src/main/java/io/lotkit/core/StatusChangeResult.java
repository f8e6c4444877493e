package io.lotkit.core;

/**
 * The outcome of {@link Lot#changeStatus(LotStatus, String, java.time.Instant)}: the lot in its new status and the
 * event that records the change, to be written to the host's journal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot after the change
 * @param change the event describing the change
 */
public record StatusChangeResult(Lot lot, StatusChange change) {

    /**
     * Validates that the event belongs to the lot and leads to its status.
     *
     * @param lot the lot after the change
     * @param change the event
     * @throws IllegalArgumentException if a component is {@code null}, or the event is for another lot or does
     *     not end in the lot's status
     */
    public StatusChangeResult {
        Checks.requireNonNull("lot", lot);
        Checks.requireNonNull("change", change);
        if (!change.lotId().equals(lot.id()) || change.to() != lot.status()) {
            throw new IllegalArgumentException("change %s -> %s of lot %s does not lead to lot %s in status %s"
                    .formatted(change.from(), change.to(), change.lotId(), lot.id(), lot.status()));
        }
    }
}
