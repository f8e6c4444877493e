package io.lotkit.gs1;

/**
 * Thrown when a GS1 syntax dictionary or a Lotkit AI table cannot be read: the line and what is wrong with it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gs1DictionaryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line number of the offending line, or 0 when the problem is not on one line. */
    private final int lineNumber;

    /**
     * Creates the exception.
     *
     * @param lineNumber the 1-based line number, or 0 when the problem is not on one line
     * @param message what is wrong
     * @param cause the underlying exception, or {@code null}
     */
    public Gs1DictionaryException(int lineNumber, String message, Throwable cause) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + message : message, cause);
        this.lineNumber = lineNumber;
    }

    /**
     * Returns the 1-based line number of the offending line.
     *
     * @return the line number, or 0 when the problem is not on one line
     */
    public int lineNumber() {
        return lineNumber;
    }
}
