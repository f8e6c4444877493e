package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import java.time.Instant;

/**
 * A receipt of a lot from a supplier, as the graph keeps it for the one-step-back view.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot received
 * @param supplier the supplier
 * @param receivingLocation where it was received
 * @param quantity the quantity received
 * @param time when it was received
 */
public record Receipt(LotId lot, String supplier, String receivingLocation, Quantity quantity,
        Instant time) {

    /**
     * Validates the parts.
     *
     * @param lot the lot received
     * @param supplier the supplier
     * @param receivingLocation where it was received
     * @param quantity the quantity received
         * @param time when it was received
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public Receipt {
        Checks.notNull("lot", lot);
        Checks.notNull("supplier", supplier);
        Checks.notNull("receivingLocation", receivingLocation);
        Checks.notNull("quantity", quantity);
        Checks.notNull("time", time);
    }
}
