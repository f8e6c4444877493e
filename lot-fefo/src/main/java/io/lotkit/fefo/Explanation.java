package io.lotkit.fefo;

import java.util.List;

/**
 * Why an allocation came out as it did: every lot and location of the item that it considered, in the order of the
 * request's strategy, each with what was taken and, for each one skipped, a typed {@link SkipReason}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param considered every (lot, location) of the item that holds stock, in the strategy's order
 */
public record Explanation(List<Consideration> considered) {

    /**
     * Copies the list.
     *
     * @param considered the considerations, in order
     * @throws IllegalArgumentException if the list is {@code null} or contains {@code null}
     */
    public Explanation {
        considered = Checks.copyOf("considered", considered);
    }
}
