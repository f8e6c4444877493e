package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;
import java.time.Instant;
import java.util.List;

/**
 * A change to the quantity of a lot outside production and shipping: scrap, samples, count corrections. The
 * reason says which way the quantity moved ({@link AdjustReason#increases()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param time when the adjustment was made
 * @param lot the lot
 * @param quantity the amount by which the quantity on hand went down or up; not zero
 * @param reason why the quantity changed, and so in which direction
 * @param location where the adjustment was made
 * @param reference the business document, e.g. the scrap note or count sheet
 */
public record Adjust(Instant time, LotId lot, Quantity quantity, AdjustReason reason, String location,
        ReferenceDocument reference) implements GenealogyEvent {

    /**
     * Validates the parts.
     *
     * @param time when the adjustment was made
     * @param lot the lot
     * @param quantity the amount of the change
     * @param reason why the quantity changed
     * @param location where the adjustment was made
     * @param reference the business document
     * @throws IllegalArgumentException if a part is {@code null}, the location is blank or the quantity is zero
     */
    public Adjust {
        Checks.notNull("time", time);
        Checks.notNull("lot", lot);
        Checks.positive("quantity", quantity);
        Checks.notNull("reason", reason);
        Checks.text("location", location);
        Checks.notNull("reference", reference);
    }

    @Override
    public List<LotId> lots() {
        return List.of(lot);
    }
}
