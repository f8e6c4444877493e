package io.lotkit.core;

/**
 * A unit of measure, identified by the host's code for it, such as {@code "KG"}, {@code "EA"} or {@code "L"}.
 *
 * <p>This is deliberately not an enum: every host has its own units. Lotkit does not convert between units; two
 * units are the same exactly when their codes are equal, case included ({@code "kg"} and {@code "KG"} are
 * different units, as the host may mean different things by them). A code is 1 to {@value #MAX_LENGTH}
 * characters with no whitespace or control characters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the unit's code, kept exactly as given
 */
public record UnitOfMeasure(String code) {

    /** The longest code accepted, in characters. */
    public static final int MAX_LENGTH = 32;

    /**
     * Validates the code.
     *
     * @param code the unit's code
     * @throws IllegalArgumentException if the code is {@code null}, empty, longer than {@value #MAX_LENGTH}
     *     characters, or contains whitespace or a control character
     */
    public UnitOfMeasure {
        Checks.requireText("unit code", code);
        if (code.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "unit code is %d characters long, at most %d allowed".formatted(code.length(), MAX_LENGTH));
        }
        for (int i = 0; i < code.length(); i++) {
            if (Character.isWhitespace(code.charAt(i)) || Character.isSpaceChar(code.charAt(i))) {
                throw new IllegalArgumentException(
                        "unit code \"%s\" contains whitespace at index %d".formatted(code, i));
            }
        }
    }

    /**
     * Returns the unit with the given code.
     *
     * @param code the unit's code, e.g. {@code "KG"}
     * @return the unit
     * @throws IllegalArgumentException if the code is not valid (see the class description)
     */
    public static UnitOfMeasure of(String code) {
        return new UnitOfMeasure(code);
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
