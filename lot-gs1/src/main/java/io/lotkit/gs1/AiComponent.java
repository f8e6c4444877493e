package io.lotkit.gs1;

import java.util.List;

/**
 * One component of an AI's value as the GS1 Barcode Syntax Dictionary defines it, e.g. {@code N6,yymmd0} (six
 * digits checked as a date) or {@code [X..17]} (an optional alphanumeric part of up to 17 characters).
 *
 * <p>Immutable and thread-safe.
 *
 * @param characterSet the characters the component may contain
 * @param minLength the fewest characters (1 or more)
 * @param maxLength the most characters ({@code >= minLength})
 * @param optional whether the component may be left out (only trailing components can be)
 * @param linters the names of the check routines applied to the component, in order
 */
public record AiComponent(Gs1CharacterSet characterSet, int minLength, int maxLength, boolean optional,
        List<String> linters) {

    /**
     * Validates and copies the parts.
     *
     * @param characterSet the characters the component may contain
     * @param minLength the fewest characters
     * @param maxLength the most characters
     * @param optional whether the component may be left out
     * @param linters the check routine names
     * @throws IllegalArgumentException if a part is {@code null} or the lengths are out of order
     */
    public AiComponent {
        if (characterSet == null) {
            throw new IllegalArgumentException("characterSet must not be null");
        }
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException(
                    "lengths must satisfy 1 <= minLength <= maxLength, got " + minLength + ".." + maxLength);
        }
        if (linters == null) {
            throw new IllegalArgumentException("linters must not be null");
        }
        for (int i = 0; i < linters.size(); i++) {
            String name = linters.get(i);
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("linters[" + i + "] must be a non-empty name");
            }
        }
        linters = List.copyOf(linters);
    }

    /**
     * Tells whether the component has a fixed length.
     *
     * @return {@code true} if {@code minLength == maxLength}
     */
    public boolean fixedLength() {
        return minLength == maxLength;
    }

    /** Returns the dictionary's notation, e.g. {@code N6,yymmd0} or {@code [X..17]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(optional ? "[" : "").append(characterSet.letter());
        out.append(fixedLength() ? String.valueOf(maxLength) : (minLength == 1 ? "" : minLength) + ".." + maxLength);
        out.append(optional ? "]" : "");
        for (String linter : linters) {
            out.append(',').append(linter);
        }
        return out.toString();
    }
}
