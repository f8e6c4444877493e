package io.lotkit.genealogy;

import java.util.List;

/**
 * What a recall of a lot must reach: its forward trace (every lot made from it) and every shipment of the lot or
 * of a reported lot of the trace, grouped by customer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trace the forward trace of the recalled lot
 * @param customers the customers that received the lot or a lot of the trace, by customer name
 */
public record RecallScope(Trace trace, List<CustomerShipments> customers) {

    /**
     * Validates and copies the parts.
     *
     * @param trace the forward trace
     * @param customers the shipments per customer
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public RecallScope {
        Checks.notNull("trace", trace);
        customers = List.copyOf(Checks.notNull("customers", customers));
    }

    /**
     * Returns every shipment in the scope, customer by customer.
     *
     * @return the shipments
     */
    public List<Shipment> shipments() {
        return customers.stream().flatMap(customer -> customer.shipments().stream()).toList();
    }
}
