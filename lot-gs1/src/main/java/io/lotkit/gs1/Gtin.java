package io.lotkit.gs1;

/**
 * A Global Trade Item Number, held as 14 digits with a verified check digit, and the format it was issued in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the 14 digits (shorter GTINs padded with leading zeros)
 */
public record Gtin(String value) {

    /** The formats a GTIN is issued in. */
    public enum Format {
        /** GTIN-8 (EAN-8). */
        GTIN_8,
        /** GTIN-12 (UPC-A). */
        GTIN_12,
        /** GTIN-13 (EAN-13). */
        GTIN_13,
        /** GTIN-14. */
        GTIN_14
    }

    /**
     * Validates the digits.
     *
     * @param value the 14 digits
     * @throws IllegalArgumentException if {@code value} is not 14 digits or its check digit is wrong
     */
    public Gtin {
        if (value == null || value.length() != 14 || !AiDefinition.allDigits(value)) {
            throw new IllegalArgumentException("a GTIN must be 14 digits, got " + value);
        }
        if (!CheckDigits.valid(value, 0, 14)) {
            throw new IllegalArgumentException("GTIN " + value + " has an incorrect check digit (expected "
                    + CheckDigits.compute(value, 0, 13) + ")");
        }
    }

    /**
     * Reads a GTIN-8, -12, -13 or -14.
     *
     * @param digits 8, 12, 13 or 14 digits
     * @return the GTIN
     * @throws IllegalArgumentException if {@code digits} has another length, a non-digit or a wrong check digit
     */
    public static Gtin of(String digits) {
        if (digits == null) {
            throw new IllegalArgumentException("digits must not be null");
        }
        int length = digits.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            throw new IllegalArgumentException("a GTIN has 8, 12, 13 or 14 digits, got " + length + ": " + digits);
        }
        return new Gtin("00000000000000".substring(length) + digits);
    }

    /**
     * Returns the format: the shortest one that holds the number (leading zeros beyond it are padding).
     *
     * @return the format
     */
    public Format format() {
        if (value.startsWith("000000")) {
            return Format.GTIN_8;
        }
        if (value.startsWith("00")) {
            return Format.GTIN_12;
        }
        return value.charAt(0) == '0' ? Format.GTIN_13 : Format.GTIN_14;
    }

    /**
     * Returns the GTIN in its own format, without the padding zeros.
     *
     * @return 8, 12, 13 or 14 digits
     */
    public String toShortForm() {
        return switch (format()) {
            case GTIN_8 -> value.substring(6);
            case GTIN_12 -> value.substring(2);
            case GTIN_13 -> value.substring(1);
            case GTIN_14 -> value;
        };
    }

    /** Returns the 14 digits. */
    @Override
    public String toString() {
        return value;
    }
}
