package io.lotkit.fefo;

import java.math.BigDecimal;

/**
 * Converts between the API's exact decimal quantities and the index's internal counts of the smallest unit
 * (10<sup>-scale</sup>), so that the hot paths add and compare {@code long}s. A quantity finer than the scale is
 * rejected, never rounded.
 */
final class Units {

    private final int scale;
    private final long one;
    /** The whole quantities 0 to 4095 at the index's scale, shared instead of allocated per result line. */
    private final BigDecimal[] wholeValues;

    Units(int scale) {
        this.scale = scale;
        this.one = BigDecimal.ONE.movePointRight(scale).longValueExact();
        this.wholeValues = new BigDecimal[4096];
        for (int i = 0; i < wholeValues.length; i++) {
            wholeValues[i] = BigDecimal.valueOf(i * one, scale);
        }
    }

    int scale() {
        return scale;
    }

    /** Returns the quantity in units; throws naming {@code what} if it is finer than the scale or too large. */
    long toUnits(String what, BigDecimal quantity) {
        Checks.notNull(what, quantity);
        if (quantity.scale() > scale && quantity.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("%s %s has more than %d decimal places, the index's quantity scale"
                    .formatted(what, quantity.toPlainString(), scale));
        }
        if (quantity.scale() == 0 && quantity.precision() <= 15) {
            return quantity.longValue() * one; // whole numbers, the common case, without a new BigDecimal
        }
        try {
            return quantity.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "%s %s is too large for the index".formatted(what, quantity.toPlainString()), e);
        }
    }

    BigDecimal toDecimal(long units) {
        long whole = units / one; // one division: a 64-bit division costs as much as the rest of this method
        if (units >= 0 && whole < wholeValues.length && whole * one == units) {
            return wholeValues[(int) whole];
        }
        return BigDecimal.valueOf(units, scale);
    }
}
