package io.lotkit.core;

/**
 * Thrown when quantities in two different units are added, subtracted or compared. Lotkit never converts between
 * units; the host does that before it hands quantities to Lotkit.
 *
 * <p>The units are not serialized ({@link UnitOfMeasure} is not {@code Serializable}); after Java
 * deserialization only the message is left, and {@link #expected()} and {@link #actual()} return {@code null}.
 */
public final class UnitMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The unit that was expected (the receiver's, or the one a sum was asked in). */
    private final transient UnitOfMeasure expected;

    /** The unit that was found instead. */
    private final transient UnitOfMeasure actual;

    /**
     * Creates the exception.
     *
     * @param operation what was attempted, e.g. {@code "plus"} or {@code "sum of quantities[3]"}
     * @param expected the unit that was expected
     * @param actual the unit found instead
     */
    public UnitMismatchException(String operation, UnitOfMeasure expected, UnitOfMeasure actual) {
        super("%s: unit mismatch, expected %s but got %s".formatted(operation, expected, actual));
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Returns the unit that was expected.
     *
     * @return the expected unit
     */
    public UnitOfMeasure expected() {
        return expected;
    }

    /**
     * Returns the unit that was found instead.
     *
     * @return the actual unit
     */
    public UnitOfMeasure actual() {
        return actual;
    }
}
