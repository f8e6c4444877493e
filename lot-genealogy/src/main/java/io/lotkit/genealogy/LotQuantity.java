package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;

/**
 * A quantity of one lot, as it appears on one line of a critical tracking event: the traceability lot code, the
 * quantity with its unit, and the product description (all FSMA 204 key data elements).
 *
 * <p>Every event that names a lot must use the same unit for it; {@link GenealogyGraph#record(GenealogyEvent)}
 * rejects an event that changes a lot's unit, because the lot's mass balance could not add up otherwise.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot
 * @param quantity the quantity, not zero
 * @param productDescription the product description
 */
public record LotQuantity(LotId lot, Quantity quantity, String productDescription) {

    /**
     * Validates the parts.
     *
     * @param lot the lot
     * @param quantity the quantity
     * @param productDescription the product description
     * @throws IllegalArgumentException if a part is {@code null}, the description is blank, or the quantity is zero
     */
    public LotQuantity {
        Checks.notNull("lot", lot);
        Checks.positive("quantity", quantity);
        Checks.text("productDescription", productDescription);
    }

    /**
     * Returns a lot quantity.
     *
     * @param lot the lot
     * @param quantity the quantity, not zero
     * @param productDescription the product description
     * @return the lot quantity
     * @throws IllegalArgumentException if a part is {@code null}, the description is blank, or the quantity is zero
     */
    public static LotQuantity of(LotId lot, Quantity quantity, String productDescription) {
        return new LotQuantity(lot, quantity, productDescription);
    }
}
