package io.lotkit.core;

/** Argument checks shared by the value types, so every type words its errors the same way. */
final class Checks {

    private Checks() {
    }

    /**
     * Refuses {@code null} with a message naming the parameter.
     *
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    static <T> T requireNonNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    /**
     * Requires a non-empty text free of control characters. The text is not trimmed: identifiers are kept exactly
     * as printed.
     *
     * @throws IllegalArgumentException naming the field (and the index of a control character)
     */
    static String requireText(String field, String value) {
        requireNonNull(field, value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(
                        field + " contains a control character (U+%04X) at index %d"
                                .formatted((int) value.charAt(i), i));
            }
        }
        return value;
    }

    /**
     * Requires a text with at least one non-whitespace character.
     *
     * @throws IllegalArgumentException if {@code value} is {@code null} or blank
     */
    static String requireNotBlank(String field, String value) {
        requireNonNull(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
