package io.lotkit.gs1;

import java.math.BigDecimal;

/**
 * A measured quantity read from a GS1 measure AI (e.g. {@code 3103} net weight in kilograms with three decimals):
 * the exact decimal value and its unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value, with the decimals the AI implies
 * @param unit the unit's symbol, e.g. {@code kg}, {@code m3}, {@code lb}, {@code °C}
 */
public record Measure(BigDecimal value, String unit) {

    /**
     * Validates the parts.
     *
     * @param value the value
     * @param unit the unit's symbol
     * @throws IllegalArgumentException if a part is {@code null} or the unit is empty
     */
    public Measure {
        if (value == null || unit == null || unit.isEmpty()) {
            throw new IllegalArgumentException("value and unit must be given");
        }
    }

    /** Returns e.g. {@code 1.250 kg}. */
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
