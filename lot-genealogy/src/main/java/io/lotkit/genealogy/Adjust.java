package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A change to the quantity of a lot outside production and shipping: scrap, samples, count corrections.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time when the adjustment was made
 * @param lot the lot
 * @param change the signed change of the quantity on hand: negative for scrap and samples, either sign (but not
 *     zero) for a count correction
 * @param unit the unit of measure of the change
 * @param reason why the quantity changed
 * @param location where the adjustment was made
 * @param reference the business document, e.g. the scrap note or count sheet
 */
public record Adjust(Instant time, LotId lot, BigDecimal change, String unit, AdjustReason reason, String location,
        ReferenceDocument reference) implements GenealogyEvent {

    /**
     * Validates the parts.
     *
     * @param time when the adjustment was made
     * @param lot the lot
     * @param change the signed change
     * @param unit the unit of measure
     * @param reason why the quantity changed
     * @param location where the adjustment was made
     * @param reference the business document
     * @throws IllegalArgumentException if a part is {@code null}, a text is blank, the change is zero, or scrap or
     *     a sample is not negative
     */
    public Adjust {
        Checks.notNull("time", time);
        Checks.notNull("lot", lot);
        Checks.notNull("change", change);
        Checks.text("unit", unit);
        Checks.notNull("reason", reason);
        Checks.text("location", location);
        Checks.notNull("reference", reference);
        if (change.signum() == 0) {
            throw new IllegalArgumentException("change must not be zero");
        }
        if (reason != AdjustReason.COUNT_CORRECTION && change.signum() > 0) {
            throw new IllegalArgumentException(
                    "change must be negative for " + reason + ": " + change.toPlainString());
        }
    }

    @Override
    public List<LotId> lots() {
        return List.of(lot);
    }
}
