package io.lotkit.core;

import java.math.BigDecimal;
import java.util.Iterator;

/**
 * An exact, non-negative amount in a unit of measure, such as {@code 12.500 KG}.
 *
 * <p><b>Exact.</b> The amount is a {@link BigDecimal}; no operation here uses {@code double}, rounds or truncates.
 * The amount keeps the scale it was given ({@code 12.500} stays {@code 12.500} in {@link #toString()} and JSON),
 * except that a negative scale is widened to zero ({@code 1E+3} becomes {@code 1000}), which changes no value.
 * To keep arithmetic bounded, an amount has at most {@value #MAX_INTEGER_DIGITS} digits before and
 * {@value #MAX_SCALE} digits after the decimal point; {@link #of} refuses more with an
 * {@link IllegalArgumentException}, and an operation whose exact result would need more throws
 * {@link ArithmeticException} rather than round.
 *
 * <p><b>Never negative.</b> {@link #of} refuses a negative amount, and {@link #minus} and {@link #multipliedBy}
 * throw {@link NegativeQuantityException} rather than produce one. Use {@link #isLessThan} or {@link #min} to
 * check first.
 *
 * <p><b>One unit.</b> Lotkit does not convert units. Adding, subtracting, comparing or summing quantities of two
 * different units throws {@link UnitMismatchException}.
 *
 * <p><b>Equality by value.</b> Two quantities are equal when their units are equal and their amounts are
 * numerically equal, whatever their scale: {@code 1.0 KG} equals {@code 1.00 KG}, and both have the same hash
 * code. {@link #compareTo} is consistent with {@code equals}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Quantity implements Comparable<Quantity> {

    /** The most digits an amount may have after the decimal point. */
    public static final int MAX_SCALE = 50;

    /** The most digits an amount may have before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 50;

    private final BigDecimal value;
    private final UnitOfMeasure unit;

    private Quantity(BigDecimal value, UnitOfMeasure unit) {
        this.value = value;
        this.unit = unit;
    }

    /**
     * Returns the quantity {@code value} of {@code unit}.
     *
     * @param value the amount; not negative, at most {@value #MAX_INTEGER_DIGITS} integer and
     *     {@value #MAX_SCALE} fraction digits
     * @param unit the unit of measure
     * @return the quantity
     * @throws IllegalArgumentException if an argument is {@code null} or the amount has too many digits
     * @throws NegativeQuantityException if the amount is negative
     */
    public static Quantity of(BigDecimal value, UnitOfMeasure unit) {
        Checks.requireNonNull("value", value);
        Checks.requireNonNull("unit", unit);
        if (value.signum() < 0) {
            throw new NegativeQuantityException(
                    "quantity must not be negative, got " + value + " " + unit, value);
        }
        if (value.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("quantity value %s has %d digits after the point, at most %d allowed"
                    .formatted(value, value.scale(), MAX_SCALE));
        }
        if (integerDigits(value) > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("quantity value %s has %d digits before the point, at most %d allowed"
                    .formatted(value, integerDigits(value), MAX_INTEGER_DIGITS));
        }
        return new Quantity(value.scale() < 0 ? value.setScale(0) : value, unit);
    }

    /**
     * Returns the whole quantity {@code value} of {@code unit}.
     *
     * @param value the amount; not negative
     * @param unit the unit of measure
     * @return the quantity, with scale 0
     * @throws IllegalArgumentException if {@code unit} is {@code null}
     * @throws NegativeQuantityException if the amount is negative
     */
    public static Quantity of(long value, UnitOfMeasure unit) {
        return of(BigDecimal.valueOf(value), unit);
    }

    /**
     * Returns zero of {@code unit}.
     *
     * @param unit the unit of measure
     * @return the quantity 0 of {@code unit}
     * @throws IllegalArgumentException if {@code unit} is {@code null}
     */
    public static Quantity zero(UnitOfMeasure unit) {
        return of(BigDecimal.ZERO, unit);
    }

    /**
     * Parses the form written by {@link #toString()}: the amount, one space, the unit code (e.g. {@code "12.500
     * KG"}). The amount uses {@link BigDecimal#BigDecimal(String)}'s syntax.
     *
     * @param text the text to parse
     * @return the quantity
     * @throws IllegalArgumentException if the text is {@code null} or not of that form, saying where
     * @throws NegativeQuantityException if the amount is negative
     */
    public static Quantity parse(CharSequence text) {
        Checks.requireNonNull("text", text);
        String s = text.toString();
        int space = s.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException(
                    "cannot parse quantity \"%s\": expected \"<amount> <unit>\", found no space".formatted(s));
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(s.substring(0, space));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot parse quantity \"%s\": \"%s\" at index 0 is not a decimal"
                    .formatted(s, s.substring(0, space)), e);
        }
        UnitOfMeasure parsedUnit;
        try {
            parsedUnit = UnitOfMeasure.of(s.substring(space + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot parse quantity \"%s\": bad unit at index %d: %s"
                    .formatted(s, space + 1, e.getMessage()), e);
        }
        return of(amount, parsedUnit);
    }

    /**
     * Returns the sum of {@code quantities}, all of which must be in {@code unit}; the sum of none is zero.
     *
     * @param unit the unit of the sum (and of every quantity)
     * @param quantities the quantities to add
     * @return the exact sum
     * @throws IllegalArgumentException if an argument or an element is {@code null} (naming its index)
     * @throws UnitMismatchException if an element is in another unit (naming its index)
     * @throws ArithmeticException if the sum has more than {@value #MAX_INTEGER_DIGITS} integer digits
     */
    public static Quantity sum(UnitOfMeasure unit, Iterable<Quantity> quantities) {
        Checks.requireNonNull("unit", unit);
        Checks.requireNonNull("quantities", quantities);
        BigDecimal total = BigDecimal.ZERO;
        int index = 0;
        for (Iterator<Quantity> it = quantities.iterator(); it.hasNext(); index++) {
            Quantity q = it.next();
            if (q == null) {
                throw new IllegalArgumentException("quantities[" + index + "] must not be null");
            }
            if (!q.unit.equals(unit)) {
                throw new UnitMismatchException("sum of quantities[" + index + "]", unit, q.unit);
            }
            total = total.add(q.value);
        }
        return checkedResult("sum", total, unit);
    }

    /**
     * Returns the amount, with the scale it was created with (never negative).
     *
     * @return the amount, never negative
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the unit of measure.
     *
     * @return the unit
     */
    public UnitOfMeasure unit() {
        return unit;
    }

    /**
     * Returns whether the amount is zero.
     *
     * @return {@code true} if the amount is zero, at any scale
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Returns {@code this + other}, exactly. The scale of the result is the larger of the two scales.
     *
     * @param other the quantity to add, in the same unit
     * @return the sum
     * @throws IllegalArgumentException if {@code other} is {@code null}
     * @throws UnitMismatchException if {@code other} is in another unit
     * @throws ArithmeticException if the sum has more than {@value #MAX_INTEGER_DIGITS} integer digits
     */
    public Quantity plus(Quantity other) {
        requireSameUnit("plus", other);
        return checkedResult("plus", value.add(other.value), unit);
    }

    /**
     * Returns {@code this - other}, exactly. The scale of the result is the larger of the two scales.
     *
     * @param other the quantity to subtract, in the same unit, not larger than this one
     * @return the difference
     * @throws IllegalArgumentException if {@code other} is {@code null}
     * @throws UnitMismatchException if {@code other} is in another unit
     * @throws NegativeQuantityException if {@code other} is larger than this quantity
     */
    public Quantity minus(Quantity other) {
        requireSameUnit("minus", other);
        BigDecimal difference = value.subtract(other.value);
        if (difference.signum() < 0) {
            throw new NegativeQuantityException("%s minus %s would be negative (%s)"
                    .formatted(this, other, difference.toPlainString()), difference);
        }
        return new Quantity(difference, unit);
    }

    /**
     * Returns {@code this × factor}, exactly: the scale of the result is the sum of the two scales.
     *
     * @param factor the factor; not negative
     * @return the product
     * @throws IllegalArgumentException if {@code factor} is {@code null}
     * @throws NegativeQuantityException if {@code factor} is negative
     * @throws ArithmeticException if the exact product needs more than {@value #MAX_SCALE} fraction digits or
     *     {@value #MAX_INTEGER_DIGITS} integer digits
     */
    public Quantity multipliedBy(BigDecimal factor) {
        Checks.requireNonNull("factor", factor);
        if (factor.signum() < 0) {
            throw new NegativeQuantityException(
                    "cannot multiply %s by the negative factor %s".formatted(this, factor), factor);
        }
        return checkedResult("multipliedBy", value.multiply(factor), unit);
    }

    /**
     * Returns {@code this × factor}, exactly, with the same scale as this quantity.
     *
     * @param factor the factor; not negative
     * @return the product
     * @throws NegativeQuantityException if {@code factor} is negative
     * @throws ArithmeticException if the product has more than {@value #MAX_INTEGER_DIGITS} integer digits
     */
    public Quantity multipliedBy(long factor) {
        return multipliedBy(BigDecimal.valueOf(factor));
    }

    /**
     * Returns the smaller of this quantity and {@code other}; this one if they are equal.
     *
     * @param other a quantity in the same unit
     * @return the smaller quantity
     * @throws IllegalArgumentException if {@code other} is {@code null}
     * @throws UnitMismatchException if {@code other} is in another unit
     */
    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns the larger of this quantity and {@code other}; this one if they are equal.
     *
     * @param other a quantity in the same unit
     * @return the larger quantity
     * @throws IllegalArgumentException if {@code other} is {@code null}
     * @throws UnitMismatchException if {@code other} is in another unit
     */
    public Quantity max(Quantity other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns whether this quantity is less than {@code other}.
     *
     * @param other a quantity in the same unit
     * @return {@code true} if this amount is numerically less
     * @throws IllegalArgumentException if {@code other} is {@code null}
     * @throws UnitMismatchException if {@code other} is in another unit
     */
    public boolean isLessThan(Quantity other) {
        return compareTo(other) < 0;
    }

    /**
     * Returns whether this quantity is greater than {@code other}.
     *
     * @param other a quantity in the same unit
     * @return {@code true} if this amount is numerically greater
     * @throws IllegalArgumentException if {@code other} is {@code null}
     * @throws UnitMismatchException if {@code other} is in another unit
     */
    public boolean isGreaterThan(Quantity other) {
        return compareTo(other) > 0;
    }

    /**
     * Compares the amounts numerically (scale ignored), consistent with {@link #equals}.
     *
     * @param other a quantity in the same unit
     * @throws IllegalArgumentException if {@code other} is {@code null}
     * @throws UnitMismatchException if {@code other} is in another unit
     */
    @Override
    public int compareTo(Quantity other) {
        requireSameUnit("compareTo", other);
        return value.compareTo(other.value);
    }

    /**
     * Returns whether {@code obj} is a quantity with an equal unit and a numerically equal amount.
     *
     * @param obj the object to compare with
     * @return {@code true} if equal by unit and value
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Quantity other && unit.equals(other.unit) && value.compareTo(other.value) == 0;
    }

    /** Returns a hash code consistent with {@link #equals}: equal for {@code 1.0 KG} and {@code 1.00 KG}. */
    @Override
    public int hashCode() {
        return 31 * unit.hashCode() + value.stripTrailingZeros().hashCode();
    }

    /** Returns the amount in plain notation, a space and the unit code, e.g. {@code "12.500 KG"}. */
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }

    private void requireSameUnit(String operation, Quantity other) {
        Checks.requireNonNull("other", other);
        if (!unit.equals(other.unit)) {
            throw new UnitMismatchException(operation, unit, other.unit);
        }
    }

    private static Quantity checkedResult(String operation, BigDecimal result, UnitOfMeasure unit) {
        if (result.scale() > MAX_SCALE || integerDigits(result) > MAX_INTEGER_DIGITS) {
            throw new ArithmeticException("%s: the exact result %s %s needs more than %d integer or %d fraction digits"
                    .formatted(operation, result, unit, MAX_INTEGER_DIGITS, MAX_SCALE));
        }
        return new Quantity(result.scale() < 0 ? result.setScale(0) : result, unit);
    }

    private static long integerDigits(BigDecimal value) {
        return value.signum() == 0 ? 0 : (long) value.precision() - value.scale();
    }
}
