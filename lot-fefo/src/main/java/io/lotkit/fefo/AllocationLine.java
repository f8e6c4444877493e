package io.lotkit.fefo;

import io.lotkit.core.LotId;
import java.math.BigDecimal;

/**
 * One line of an allocation: a quantity taken from one lot at one location.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot
 * @param location the location the quantity is taken from
 * @param quantity the quantity, positive, in the item's unit
 */
public record AllocationLine(LotId lot, String location, BigDecimal quantity) {

    /**
     * Validates the line.
     *
     * @param lot the lot
     * @param location the location
     * @param quantity the quantity, positive
     * @throws IllegalArgumentException if a part is {@code null} or the quantity is not positive
     */
    public AllocationLine {
        Checks.notNull("lot", lot);
        Checks.location("location", location);
        Checks.positive("quantity", quantity);
    }
}
