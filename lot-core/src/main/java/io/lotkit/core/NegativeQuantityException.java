package io.lotkit.core;

import java.math.BigDecimal;

/**
 * Thrown when a quantity would be negative: when one is created from a negative value, when a subtraction would
 * go below zero, or when one is multiplied by a negative factor. A stored quantity is never negative.
 */
public final class NegativeQuantityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The negative value that was refused. */
    private final BigDecimal value;

    /**
     * Creates the exception.
     *
     * @param message what was attempted and with which values
     * @param value the negative value that was refused
     */
    public NegativeQuantityException(String message, BigDecimal value) {
        super(message);
        this.value = value;
    }

    /**
     * Returns the negative value that was refused, e.g. the result a subtraction would have had.
     *
     * @return the refused value
     */
    public BigDecimal value() {
        return value;
    }
}
