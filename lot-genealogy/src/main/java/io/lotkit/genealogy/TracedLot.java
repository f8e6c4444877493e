package io.lotkit.genealogy;

import io.lotkit.core.LotId;

/**
 * A lot reached by a trace, with the length of the shortest path from the traced lot.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot reached
 * @param depth the number of transformation steps on the shortest path from the traced lot, at least 1
 */
public record TracedLot(LotId lot, int depth) {

    /**
     * Validates the parts.
     *
     * @param lot the lot reached
     * @param depth the shortest-path length
     * @throws IllegalArgumentException if {@code lot} is {@code null} or {@code depth} is below 1
     */
    public TracedLot {
        Checks.notNull("lot", lot);
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
    }
}
