package io.lotkit.core.format;

/**
 * A lot-number pattern could not be compiled: a syntax error, a pattern that cannot be parsed unambiguously, a
 * check character over characters its algorithm cannot read, or output that does not fit the GS1 limit the
 * pattern was compiled against. Like {@link LotNumberParseException}, it names the index, here in the pattern.
 */
public class LotPatternException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The pattern that failed to compile. */
    private final String pattern;
    /** The index in {@link #pattern} of the offending character or element. */
    private final int errorIndex;

    /**
     * Creates an exception.
     *
     * @param message what is wrong at the index
     * @param pattern the pattern that failed to compile
     * @param errorIndex the index in {@code pattern} of the offending character or element
     */
    public LotPatternException(String message, String pattern, int errorIndex) {
        super(message + " (at index " + errorIndex + " of pattern \"" + pattern + "\")");
        this.pattern = pattern;
        this.errorIndex = errorIndex;
    }

    /**
     * Returns the pattern that failed to compile.
     *
     * @return the pattern
     */
    public String getPattern() {
        return pattern;
    }

    /**
     * Returns the index in the pattern of the offending character or element.
     *
     * @return the index, from 0
     */
    public int getErrorIndex() {
        return errorIndex;
    }
}
