package io.lotkit.genealogy;

import io.lotkit.core.LotId;
import io.lotkit.core.Quantity;

/**
 * One edge of the genealogy: a quantity of lot {@code from} consumed by a transformation that produced lot
 * {@code to}. When a transformation has several outputs, each of its edges carries the input's whole consumed
 * quantity, because the records do not say how the input was divided.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the input (parent) lot
 * @param to the output (child) lot
 * @param quantity the quantity of {@code from} consumed, positive
 */
public record LotFlow(LotId from, LotId to, Quantity quantity) {

    /**
     * Validates the parts.
     *
     * @param from the input lot
     * @param to the output lot
     * @param quantity the quantity consumed
         * @throws IllegalArgumentException if a part is {@code null}
     */
    public LotFlow {
        Checks.notNull("from", from);
        Checks.notNull("to", to);
        Checks.notNull("quantity", quantity);
    }
}
