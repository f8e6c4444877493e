package io.lotkit.gs1;

/**
 * The textual forms a GS1 input can take.
 *
 * <p>Immutable and thread-safe.
 */
public enum Gs1InputForm {

    /** Bracketed element strings, e.g. {@code (01)09501101020917(10)ABC123}; {@code \(} is a literal parenthesis. */
    BRACKETED,
    /**
     * Unbracketed element strings: either GS1's text convention with {@code ^} for FNC1 (leading {@code ^} = FNC1 in
     * first position, {@code |^} starting a composite component), or raw data separated by the parser's separator
     * (GS by default; a leading separator is read as FNC1 in first position).
     */
    UNBRACKETED,
    /** Raw scanner data with an AIM symbology identifier, e.g. {@code ]d2…} or {@code ]E0…}. */
    SCAN,
    /** A GS1 Digital Link URI. */
    DIGITAL_LINK,
    /** A plain GTIN-8, GTIN-12, GTIN-13 or GTIN-14 (digits only). */
    GTIN;

    /** Sets {@code 'a'-'z'} from {@code 'A'-'Z'}. */
    static final int LOWER_CASE = 0x20;

    /**
     * Guesses the form from the first characters: {@code (} bracketed, {@code ]} scan, {@code ^} unbracketed,
     * {@code http} Digital Link, 8, 12, 13 or 14 digits ending in a valid check digit a GTIN, anything else
     * unbracketed data without FNC1.
     *
     * @param input the input
     * @return the form it most likely has; {@link #UNBRACKETED} when nothing else fits
     * @throws IllegalArgumentException if {@code input} is {@code null}
     */
    public static Gs1InputForm detect(String input) {
        if (input == null) {
            throw new IllegalArgumentException("input must not be null");
        }
        if (input.isEmpty()) {
            return UNBRACKETED;
        }
        char first = input.charAt(0);
        if (first == '(') {
            return BRACKETED;
        }
        if (first == ']') {
            return SCAN;
        }
        if (startsWithHttp(input, 0)) {
            return DIGITAL_LINK;
        }
        int length = input.length();
        if ((length == 8 || length == 12 || length == 13 || length == 14) && AiDefinition.allDigits(input)
                && CheckDigits.valid(input, 0, length)) {
            return GTIN;
        }
        return UNBRACKETED;
    }

    /**
     * Whether {@code s} has {@code http} in any mix of cases at {@code at}: what {@code regionMatches(true, at,
     * "http", 0, 4)} tells, by setting the lower-case bit of each character (only 'H' and 'h' become 'h', and so
     * on), without the case mappings' table lookups.
     */
    static boolean startsWithHttp(String s, int at) {
        return s.length() >= at + 4 && (s.charAt(at) | LOWER_CASE) == 'h' && (s.charAt(at + 1) | LOWER_CASE) == 't'
                && (s.charAt(at + 2) | LOWER_CASE) == 't' && (s.charAt(at + 3) | LOWER_CASE) == 'p';
    }
}
