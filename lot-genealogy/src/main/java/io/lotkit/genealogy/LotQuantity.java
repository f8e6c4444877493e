package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.math.BigDecimal;

/**
 * A quantity of one lot, as it appears on one line of a critical tracking event: the traceability lot code, the
 * quantity and its unit, and the product description (all FSMA 204 key data elements).
 *
 * <p>Every event that names a lot must use the same unit for it; {@link GenealogyGraph#record(GenealogyEvent)}
 * rejects an event that changes a lot's unit, because the lot's mass balance could not add up otherwise.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lot the lot
 * @param quantity the quantity, positive
 * @param unit the unit of measure, e.g. {@code "kg"} or {@code "case"}
 * @param productDescription the product description
 */
public record LotQuantity(LotId lot, BigDecimal quantity, String unit, String productDescription) {

    /**
     * Validates the parts.
     *
     * @param lot the lot
     * @param quantity the quantity
     * @param unit the unit of measure
     * @param productDescription the product description
     * @throws IllegalArgumentException if a part is {@code null}, a text is blank, or the quantity is not positive
     */
    public LotQuantity {
        Checks.notNull("lot", lot);
        Checks.positive("quantity", quantity);
        Checks.text("unit", unit);
        Checks.text("productDescription", productDescription);
    }

    /**
     * Returns a lot quantity.
     *
     * @param lot the lot
     * @param quantity the quantity, positive
     * @param unit the unit of measure
     * @param productDescription the product description
     * @return the lot quantity
     * @throws IllegalArgumentException if a part is {@code null}, a text is blank, or the quantity is not positive
     */
    public static LotQuantity of(LotId lot, BigDecimal quantity, String unit, String productDescription) {
        return new LotQuantity(lot, quantity, unit, productDescription);
    }
}
