package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The mass balance of one lot: what came in (received, produced) against what went out (consumed, shipped) and
 * what was adjusted, and the quantity on hand that leaves, with the ways the figures do not add up.
 *
 * <p>{@code onHand = received + produced - consumed - shipped + adjusted}, exactly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot
 * @param unit the unit of every quantity
 * @param received the quantity received from suppliers
 * @param produced the quantity produced by transformations
 * @param consumed the quantity consumed by transformations
 * @param shipped the quantity shipped to customers
 * @param adjusted the net adjustment (negative for scrap and samples)
 * @param onHand the quantity that should be on hand
 * @param issues the ways the figures do not add up; empty when balanced
 */
public record MassBalance(LotId lot, String unit, BigDecimal received, BigDecimal produced, BigDecimal consumed,
        BigDecimal shipped, BigDecimal adjusted, BigDecimal onHand, Set<Issue> issues) {

    /** A way in which a lot's quantities do not add up. */
    public enum Issue {
        /** More was consumed, shipped or scrapped than was received, produced or counted in. */
        NEGATIVE_ON_HAND,
        /** The lot was consumed, shipped or adjusted but never received nor produced: its source is missing. */
        NO_SOURCE
    }

    /**
     * Validates and copies the parts.
     *
     * @param lot the lot
     * @param unit the unit
     * @param received the quantity received
     * @param produced the quantity produced
     * @param consumed the quantity consumed
     * @param shipped the quantity shipped
     * @param adjusted the net adjustment
     * @param onHand the quantity on hand
     * @param issues the issues
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public MassBalance {
        Checks.notNull("lot", lot);
        Checks.notNull("unit", unit);
        Checks.notNull("received", received);
        Checks.notNull("produced", produced);
        Checks.notNull("consumed", consumed);
        Checks.notNull("shipped", shipped);
        Checks.notNull("adjusted", adjusted);
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
