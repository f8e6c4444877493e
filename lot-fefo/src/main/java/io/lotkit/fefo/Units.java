package io.lotkit.fefo;

import java.math.BigDecimal;

/**
 * Converts between the API's exact decimal quantities and the index's internal counts of the smallest unit
 * (10<sup>-scale</sup>), so that the hot paths add and compare {@code long}s. A quantity finer than the scale is
 * rejected, never rounded.
 */
final class Units {

    private final int scale;
    private final BigDecimal[] smallValues;

    Units(int scale) {
        this.scale = scale;
        this.smallValues = new BigDecimal[1024];
        for (int i = 0; i < smallValues.length; i++) {
            smallValues[i] = BigDecimal.valueOf(i, scale);
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
        try {
            return quantity.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "%s %s is too large for the index".formatted(what, quantity.toPlainString()), e);
        }
    }

    BigDecimal toDecimal(long units) {
        if (units >= 0 && units < smallValues.length) {
            return smallValues[(int) units];
        }
        return BigDecimal.valueOf(units, scale);
    }
}
