package io.lotkit.gs1;

import java.util.List;

/**
 * Thrown when a GS1 input is rejected. It carries every problem found (one, unless the parser collects all errors);
 * its message is the first problem's.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gs1ParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, first one first; never empty. */
    private final List<Gs1Error> errors;

    /**
     * Creates the exception.
     *
     * @param errors the problems, at least one
     * @throws IllegalArgumentException if {@code errors} is {@code null} or empty
     */
    public Gs1ParseException(List<Gs1Error> errors) {
        super(firstMessage(errors));
        this.errors = List.copyOf(errors);
    }

    private static String firstMessage(List<Gs1Error> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("errors must hold at least one error");
        }
        return errors.get(0).toString();
    }

    /**
     * Returns the problems found, first one first.
     *
     * @return an immutable, non-empty list
     */
    public List<Gs1Error> errors() {
        return errors;
    }
}
