package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import java.time.Instant;

/**
 * A shipment of a lot to a customer, as the graph keeps it for recall scope.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot shipped
 * @param customer the customer
 * @param shipTo the location shipped to
 * @param quantity the quantity shipped
 * @param time when it was shipped
 */
public record Shipment(LotId lot, String customer, String shipTo, Quantity quantity, Instant time) {

    /**
     * Validates the parts.
     *
     * @param lot the lot shipped
     * @param customer the customer
     * @param shipTo the location shipped to
     * @param quantity the quantity shipped
         * @param time when it was shipped
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public Shipment {
        Checks.notNull("lot", lot);
        Checks.notNull("customer", customer);
        Checks.notNull("shipTo", shipTo);
        Checks.notNull("quantity", quantity);
        Checks.notNull("time", time);
    }
}
