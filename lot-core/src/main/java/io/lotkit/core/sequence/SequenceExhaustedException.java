package io.lotkit.core.sequence;

/**
 * A sequence reached the largest value its format can print. Lotkit never wraps a sequence around, because a
 * wrapped sequence issues lot numbers that were issued before.
 */
public class SequenceExhaustedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message which sequence (scope) is exhausted, and its largest value
     */
    public SequenceExhaustedException(String message) {
        super(message);
    }
}
