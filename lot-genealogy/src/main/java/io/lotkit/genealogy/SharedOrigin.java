package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.util.List;

/**
 * An ancestor lot shared by several lots under suspicion, one row of a common-origin ranking.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the shared ancestor (or one of the suspected lots itself, when it is an ancestor of others)
 * @param sharedBy the suspected lots it is an ancestor of (or equal to), in the order they were given
 * @param totalDepth the sum over {@code sharedBy} of the shortest-path length from each to this lot; smaller is
 *     closer
 */
public record SharedOrigin(LotId lot, List<LotId> sharedBy, long totalDepth) {

    /**
     * Validates and copies the parts.
     *
     * @param lot the shared ancestor
     * @param sharedBy the suspected lots sharing it
     * @param totalDepth the summed depth
     * @throws IllegalArgumentException if a part is {@code null} or {@code totalDepth} is negative
     */
    public SharedOrigin {
        Checks.notNull("lot", lot);
        sharedBy = List.copyOf(Checks.notNull("sharedBy", sharedBy));
        if (totalDepth < 0) {
            throw new IllegalArgumentException("totalDepth must not be negative: " + totalDepth);
        }
    }
}
