package io.lotkit.genealogy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shipments of a recall scope that went to one customer, with their totals per unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the customer
 * @param shipments the shipments, oldest first
 * @param totals the total quantity shipped per unit, by unit name
 */
public record CustomerShipments(String customer, List<Shipment> shipments, Map<String, BigDecimal> totals) {

    /**
     * Validates and copies the parts.
     *
     * @param customer the customer
     * @param shipments the shipments
     * @param totals the totals per unit
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public CustomerShipments {
        Checks.notNull("customer", customer);
        shipments = List.copyOf(Checks.notNull("shipments", shipments));
        totals = Map.copyOf(Checks.notNull("totals", totals));
    }
}
