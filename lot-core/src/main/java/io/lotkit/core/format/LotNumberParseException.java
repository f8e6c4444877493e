package io.lotkit.core.format;

/**
 * A lot number did not match its format. Like {@link java.time.format.DateTimeParseException}, it carries the
 * text and the index at which parsing failed.
 */
public class LotNumberParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The text that failed to parse. */
    private final String parsedText;
    /** The index in {@link #parsedText} where parsing failed. */
    private final int errorIndex;

    /**
     * Creates an exception.
     *
     * @param message what was expected at the index
     * @param parsedText the text that failed to parse
     * @param errorIndex the index in {@code parsedText} where parsing failed
     */
    public LotNumberParseException(String message, CharSequence parsedText, int errorIndex) {
        super(message);
        this.parsedText = String.valueOf(parsedText);
        this.errorIndex = errorIndex;
    }

    /**
     * Returns the text that failed to parse.
     *
     * @return the text
     */
    public String getParsedText() {
        return parsedText;
    }

    /**
     * Returns the index in the text where parsing failed.
     *
     * @return the index, from 0
     */
    public int getErrorIndex() {
        return errorIndex;
    }
}
