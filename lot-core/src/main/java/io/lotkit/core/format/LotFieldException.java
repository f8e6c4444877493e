package io.lotkit.core.format;

/**
 * A lot number could not be formatted because the context lacks a field the pattern requires, or a value does not
 * fit its element (too wide, too narrow, a character outside the element's set, a sequence beyond its width).
 * Lotkit never truncates or pads a value to make it fit.
 */
public class LotFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The field that is missing or does not fit: a named field, or {@code date}, {@code time}, {@code sequence}. */
    private final String fieldName;

    /**
     * Creates an exception.
     *
     * @param fieldName the field that is missing or does not fit
     * @param message why
     */
    public LotFieldException(String fieldName, String message) {
        super("field '" + fieldName + "': " + message);
        this.fieldName = fieldName;
    }

    /**
     * Returns the field that is missing or does not fit: a named field such as {@code item}, or {@code date},
     * {@code time} or {@code sequence}.
     *
     * @return the field name
     */
    public String getFieldName() {
        return fieldName;
    }
}
