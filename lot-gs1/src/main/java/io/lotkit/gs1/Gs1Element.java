package io.lotkit.gs1;

/**
 * One element of a GS1 message: an Application Identifier and its raw value, exactly as carried.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ai the AI's digits, e.g. {@code 01}
 * @param value the raw value, e.g. {@code 09501101020917}
 */
public record Gs1Element(String ai, String value) {

    /**
     * Validates the parts.
     *
     * @param ai the AI's digits
     * @param value the raw value
     * @throws IllegalArgumentException if {@code ai} is not two to four digits or {@code value} is {@code null}
     */
    public Gs1Element {
        if (ai == null || ai.length() < 2 || ai.length() > 4 || !AiDefinition.allDigits(ai)) {
            throw new IllegalArgumentException("ai must be two to four digits, got " + ai);
        }
        if (value == null) {
            throw new IllegalArgumentException("value must not be null (AI " + ai + ")");
        }
    }

    /** Returns the bracketed form, e.g. {@code (10)ABC123}. */
    @Override
    public String toString() {
        return "(" + ai + ")" + value;
    }
}
