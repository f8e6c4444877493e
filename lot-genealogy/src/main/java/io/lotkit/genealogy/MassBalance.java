package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The mass balance of one lot: what came in (received, produced, counted up) against what went out (consumed,
 * shipped, scrapped, sampled, counted down), the quantity on hand that leaves, and the ways the figures do not add
 * up.
 *
 * <p>{@code onHand = received + produced + adjustedUp - consumed - shipped - adjustedDown}, exactly. It is a plain
 * signed decimal in the lot's unit because, when the records do not add up, it is negative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot
 * @param received the quantity received from suppliers
 * @param produced the quantity produced by transformations
 * @param consumed the quantity consumed by transformations
 * @param shipped the quantity shipped to customers
 * @param adjustedUp the quantity added by count gains
 * @param adjustedDown the quantity removed by scrap, samples and count losses
 * @param onHand the quantity that should be on hand, in the unit of the other quantities; negative when more went
 *     out than came in
 * @param issues the ways the figures do not add up; empty when balanced
 */
public record MassBalance(LotId lot, Quantity received, Quantity produced, Quantity consumed, Quantity shipped,
        Quantity adjustedUp, Quantity adjustedDown, BigDecimal onHand, Set<Issue> issues) {

    /** A way in which a lot's quantities do not add up. */
    public enum Issue {
        /** More was consumed, shipped or adjusted down than was received, produced or adjusted up. */
        NEGATIVE_ON_HAND,
        /** The lot was consumed, shipped or adjusted but never received nor produced: its source is missing. */
        NO_SOURCE
    }

    /**
     * Validates and copies the parts.
     *
     * @param lot the lot
     * @param received the quantity received
     * @param produced the quantity produced
     * @param consumed the quantity consumed
     * @param shipped the quantity shipped
     * @param adjustedUp the quantity added by count gains
     * @param adjustedDown the quantity removed by adjustments
     * @param onHand the quantity on hand
     * @param issues the issues
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public MassBalance {
        Checks.notNull("lot", lot);
        Checks.notNull("received", received);
        Checks.notNull("produced", produced);
        Checks.notNull("consumed", consumed);
        Checks.notNull("shipped", shipped);
        Checks.notNull("adjustedUp", adjustedUp);
        Checks.notNull("adjustedDown", adjustedDown);
        Checks.notNull("onHand", onHand);
        issues = Set.copyOf(Checks.notNull("issues", issues));
    }

    /**
     * Tells whether the figures add up.
     *
     * @return whether there is no issue
     */
    public boolean balanced() {
        return issues.isEmpty();
    }
}
