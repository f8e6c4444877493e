package io.lotkit.gs1;

/**
 * One problem found in a GS1 input (or, for a warning, one repair a lenient parse made): where, in which AI and
 * component, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the index in the input where the problem is (0-based; the input's length for something missing at
 *     the end)
 * @param ai the AI concerned, or an empty string when the problem concerns no single AI
 * @param component the 0-based component of the AI's value, or {@code -1} when the problem concerns no component
 * @param code the reason
 * @param checkCode for {@link Gs1ErrorCode#CHECK_FAILED}, the check routine's own reason code (e.g.
 *     {@code INCORRECT_CHECK_DIGIT}); otherwise empty
 * @param message a sentence a person can act on
 */
public record Gs1Error(int index, String ai, int component, Gs1ErrorCode code, String checkCode, String message) {

    /**
     * Validates the parts.
     *
     * @param index the index in the input
     * @param ai the AI or an empty string
     * @param component the component or {@code -1}
     * @param code the reason
     * @param checkCode the check routine's reason code or an empty string
     * @param message the sentence
     * @throws IllegalArgumentException if a part is {@code null} or an index is negative (other than component
     *     {@code -1})
     */
    public Gs1Error {
        if (ai == null || code == null || checkCode == null || message == null) {
            throw new IllegalArgumentException("ai, code, checkCode and message must not be null");
        }
        if (index < 0 || component < -1) {
            throw new IllegalArgumentException("index must be >= 0 and component >= -1");
        }
    }

    static Gs1Error of(int index, String ai, Gs1ErrorCode code, String message) {
        return new Gs1Error(index, ai, -1, code, "", message);
    }

    /**
     * Returns the most specific code: the check routine's code for a failed check, otherwise the name of
     * {@link #code()}.
     *
     * @return a stable code in upper snake case
     */
    public String reasonCode() {
        return checkCode.isEmpty() ? code.name() : checkCode;
    }

    /** Returns e.g. {@code index 4, AI (01): the check digit is incorrect [CHECK_FAILED/INCORRECT_CHECK_DIGIT]}. */
    @Override
    public String toString() {
        return "index " + index + (ai.isEmpty() ? "" : ", AI (" + ai + ")")
                + (component < 0 ? "" : ", component " + component) + ": " + message + " [" + code
                + (checkCode.isEmpty() ? "" : "/" + checkCode) + "]";
    }
}
