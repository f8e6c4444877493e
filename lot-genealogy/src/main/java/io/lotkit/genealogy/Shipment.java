package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
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
 * @param unit the unit of the lot
 * @param time when it was shipped
 */
public record Shipment(LotId lot, String customer, String shipTo, BigDecimal quantity, String unit, Instant time) {

    /**
     * Validates the parts.
     *
     * @param lot the lot shipped
     * @param customer the customer
     * @param shipTo the location shipped to
     * @param quantity the quantity shipped
     * @param unit the unit
     * @param time when it was shipped
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public Shipment {
        Checks.notNull("lot", lot);
        Checks.notNull("customer", customer);
        Checks.notNull("shipTo", shipTo);
        Checks.notNull("quantity", quantity);
        Checks.notNull("unit", unit);
        Checks.notNull("time", time);
    }
}
