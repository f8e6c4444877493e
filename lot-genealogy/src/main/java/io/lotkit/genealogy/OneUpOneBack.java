package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.util.List;

/**
 * The FSMA view of one lot: one step back (where it came from: receipts from suppliers and the input lots it was
 * made from) and one step forward (where it went: the lots made from it and the shipments to customers).
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot
 * @param receipts the receipts of the lot from suppliers
 * @param inputs the edges into the lot: each input lot and the quantity consumed
 * @param outputs the edges out of the lot: each lot made from it and the quantity of this lot consumed
 * @param shipments the shipments of the lot to customers
 */
public record OneUpOneBack(LotId lot, List<Receipt> receipts, List<LotFlow> inputs, List<LotFlow> outputs,
        List<Shipment> shipments) {

    /**
     * Validates and copies the parts.
     *
     * @param lot the lot
     * @param receipts the receipts
     * @param inputs the edges into the lot
     * @param outputs the edges out of the lot
     * @param shipments the shipments
     * @throws IllegalArgumentException if a part is {@code null}
     */
    public OneUpOneBack {
        Checks.notNull("lot", lot);
        receipts = List.copyOf(Checks.notNull("receipts", receipts));
        inputs = List.copyOf(Checks.notNull("inputs", inputs));
        outputs = List.copyOf(Checks.notNull("outputs", outputs));
        shipments = List.copyOf(Checks.notNull("shipments", shipments));
    }
}
