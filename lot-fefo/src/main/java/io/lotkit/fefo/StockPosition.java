package io.lotkit.fefo;

import io.lotkit.core.LotId;
import java.math.BigDecimal;

/**
 * The stock of one lot at one location: on hand, reserved, and so available (on hand less reserved).
 *
 * <p>Immutable and thread-safe; a snapshot, not a live view.
 *
 * @param lot the lot
 * @param location the location
 * @param onHand the quantity on hand, not negative
 * @param reserved the quantity reserved, between zero and on hand
 */
public record StockPosition(LotId lot, String location, BigDecimal onHand, BigDecimal reserved) {

    /**
     * Validates the position.
     *
     * @param lot the lot
     * @param location the location
     * @param onHand the quantity on hand
     * @param reserved the quantity reserved
     * @throws IllegalArgumentException if a part is {@code null}, a quantity is negative or more is reserved than
     *     is on hand
     */
    public StockPosition {
        Checks.notNull("lot", lot);
        Checks.location("location", location);
        Checks.notNegative("onHand", onHand);
        Checks.notNegative("reserved", reserved);
        if (reserved.compareTo(onHand) > 0) {
            throw new IllegalArgumentException("reserved %s exceeds on hand %s at %s %s"
                    .formatted(reserved.toPlainString(), onHand.toPlainString(), lot, location));
        }
    }

    /**
     * Returns what can still be allocated here.
     *
     * @return on hand less reserved
     */
    public BigDecimal available() {
        return onHand.subtract(reserved);
    }
}
