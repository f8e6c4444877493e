package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.time.Instant;
import java.util.List;

/**
 * A lot received from a supplier (the FSMA 204 "receiving" critical tracking event; an EPCIS ObjectEvent with
 * business step {@code receiving}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param time when the lot was received
 * @param received the lot as received: traceability lot code, quantity, unit and product description
 * @param supplier the supplier (immediate previous source)
 * @param supplierLot the supplier's own lot number, as printed on the delivery
 * @param shipFrom the location the lot was shipped from
 * @param receivingLocation the location where the lot was received
 * @param lotCodeSource the location where the traceability lot code was assigned
 * @param reference the business document, e.g. the bill of lading
 */
public record Receive(Instant time, LotQuantity received, String supplier, String supplierLot, String shipFrom,
        String receivingLocation, String lotCodeSource, ReferenceDocument reference) implements GenealogyEvent {

    /**
     * Validates the parts.
     *
     * @param time when the lot was received
     * @param received the lot as received
     * @param supplier the supplier
     * @param supplierLot the supplier's lot number
     * @param shipFrom the ship-from location
     * @param receivingLocation the receiving location
     * @param lotCodeSource the location where the traceability lot code was assigned
     * @param reference the business document
     * @throws IllegalArgumentException if a part is {@code null} or a text is blank
     */
    public Receive {
        Checks.notNull("time", time);
        Checks.notNull("received", received);
        Checks.text("supplier", supplier);
        Checks.text("supplierLot", supplierLot);
        Checks.text("shipFrom", shipFrom);
        Checks.text("receivingLocation", receivingLocation);
        Checks.text("lotCodeSource", lotCodeSource);
        Checks.notNull("reference", reference);
    }

    @Override
    public List<LotId> lots() {
        return List.of(received.lot());
    }
}
