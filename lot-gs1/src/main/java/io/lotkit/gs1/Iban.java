package io.lotkit.gs1;

/**
 * The {@code iban} routine: an International Bank Account Number (ISO 13616) as carried in AI 8007 — an ISO 3166
 * alpha-2 country code, two check digits and up to 30 digits or upper-case letters, with the check digits
 * verified by ISO 7064 MOD 97-10.
 *
 * <p>Like GS1's reference routine it checks the overall length bounds, not each country's fixed length.
 * Stateless and thread-safe.
 */
final class Iban {

    /** Country code, two check digits and at least one account character. */
    static final int MIN_LENGTH = 5;
    static final int MAX_LENGTH = 34;

    private Iban() {
    }

    static LintFailure lint(String s) {
        int length = s.length();
        if (length < MIN_LENGTH) {
            return LintReason.IBAN_TOO_SHORT.at(0, length);
        }
        if (length > MAX_LENGTH) {
            return LintReason.IBAN_TOO_LONG.at(0, length);
        }
        if (!Countries.isAlpha2(s, 0)) {
            return LintReason.IBAN_INVALID_COUNTRY.at(0, 2);
        }
        for (int i = 2; i < length; i++) {
            char c = s.charAt(i);
            if (!CharacterSets.isDigit(c) && (c < 'A' || c > 'Z')) {
                return LintReason.IBAN_INVALID_CHARACTER.at(i, i + 1);
            }
        }
        if (mod97(s) != 1) {
            return LintReason.IBAN_INCORRECT_CHECK_DIGITS.at(2, 4);
        }
        return null;
    }

    /**
     * The remainder modulo 97 of the number formed by moving the first four characters to the end and writing each
     * letter as two digits (A = 10 ... Z = 35), computed a character at a time.
     */
    private static int mod97(String s) {
        int length = s.length();
        int remainder = 0;
        for (int k = 0; k < length; k++) {
            char c = s.charAt((k + 4) % length);
            if (c <= '9') {
                remainder = (remainder * 10 + c - '0') % 97;
            } else {
                remainder = (remainder * 100 + c - 'A' + 10) % 97;
            }
        }
        return remainder;
    }
}
