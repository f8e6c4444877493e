package io.lotkit.genealogy;

import io.lotkit.core.Quantity;
import io.lotkit.core.UnitOfMeasure;
import java.util.List;
import java.util.Map;

/**
 * The shipments of a recall scope that went to one customer, with their totals per unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the customer
 * @param shipments the shipments, oldest first
 * @param totals the total quantity shipped in each unit
 */
public record CustomerShipments(String customer, List<Shipment> shipments, Map<UnitOfMeasure, Quantity> totals) {

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
