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
    /** The count of units below which whole quantities are shared: {@code wholeValues.length * one}. */
    private final long wholeLimit;
    /**
     * {@code ceil(2^40 / one)}. For a count {@code u = q * one} below {@link #wholeLimit},
     * {@code u * reciprocal >>> 40} is {@code q} whenever {@code u < 2^40} (the rounding up adds less than
     * {@code u / 2^40}), which every count below the limit is at scales up to 8; at scale 9 a large count may come
     * out one too high, fails the check and gets a new decimal, never a wrong one. The product stays below
     * {@code 2^63}.
     */
    private final long reciprocal;
    private static final int RECIPROCAL_SHIFT = 40;

    Units(int scale) {
        this.scale = scale;
        this.one = BigDecimal.ONE.movePointRight(scale).longValueExact();
        this.wholeValues = new BigDecimal[4096];
        this.wholeLimit = wholeValues.length * one;
        this.reciprocal = ((1L << RECIPROCAL_SHIFT) + one - 1) / one;
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
        if (units >= 0 && units < wholeLimit) {
            // units / one without a division (tens of cycles, once per result line): exact for every multiple of one
            // below the limit, and any other count fails the check below and is not shared.
            int whole = (int) ((units * reciprocal) >>> RECIPROCAL_SHIFT);
            if (whole * one == units) {
                return wholeValues[whole];
            }
        }
        return BigDecimal.valueOf(units, scale);
    }
}
