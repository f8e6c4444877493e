package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.time.Instant;
import java.util.List;

/**
 * A quantity of a lot shipped to a customer (the FSMA 204 "shipping" critical tracking event; an EPCIS
 * ObjectEvent with business step {@code shipping}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param time when the lot was shipped
 * @param shipped the lot as shipped: traceability lot code, quantity, unit and product description
 * @param customer the customer (immediate subsequent recipient)
 * @param shipFrom the location the lot was shipped from
 * @param shipTo the location the lot was shipped to
 * @param lotCodeSource the location where the traceability lot code was assigned
 * @param reference the business document, e.g. the bill of lading or invoice
 */
public record Ship(Instant time, LotQuantity shipped, String customer, String shipFrom, String shipTo,
        String lotCodeSource, ReferenceDocument reference) implements GenealogyEvent {

    /**
     * Validates the parts.
     *
     * @param time when the lot was shipped
     * @param shipped the lot as shipped
     * @param customer the customer
     * @param shipFrom the ship-from location
     * @param shipTo the ship-to location
     * @param lotCodeSource the location where the traceability lot code was assigned
     * @param reference the business document
     * @throws IllegalArgumentException if a part is {@code null} or a text is blank
     */
    public Ship {
        Checks.notNull("time", time);
        Checks.notNull("shipped", shipped);
        Checks.text("customer", customer);
        Checks.text("shipFrom", shipFrom);
        Checks.text("shipTo", shipTo);
        Checks.text("lotCodeSource", lotCodeSource);
        Checks.notNull("reference", reference);
    }

    @Override
    public List<LotId> lots() {
        return List.of(shipped.lot());
    }
}
