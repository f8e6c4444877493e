package io.lotkit.gs1;

/**
 * Routines for short fixed-choice or simple-form components: {@code zero}, {@code nonzero},
 * {@code nozeroprefix}, {@code yesno}, {@code winding}, {@code iso5218} (sex code), {@code hyphen},
 * {@code importeridx} and {@code pcenc} (percent-encoding).
 *
 * <p>Stateless and thread-safe.
 */
final class SmallCodes {

    private SmallCodes() {
    }

    /** One or more zeros, nothing else. */
    static LintFailure zero(String s) {
        int length = s.length();
        if (length == 0) {
            return LintReason.ZERO_REQUIRED.at(0, 0);
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != '0') {
                return LintReason.ZERO_REQUIRED.at(0, length);
            }
        }
        return null;
    }

    /** Digits whose value is not zero. */
    static LintFailure nonZero(String s) {
        int length = s.length();
        LintFailure nonDigit = CharacterSets.firstNonDigit(s, 0, length);
        if (nonDigit != null) {
            return nonDigit;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != '0') {
                return null;
            }
        }
        return LintReason.NONZERO_REQUIRED.at(0, length);
    }

    /** Digits not starting with zero; the empty value passes (nothing to prefix). */
    static LintFailure noZeroPrefix(String s) {
        LintFailure nonDigit = CharacterSets.firstNonDigit(s, 0, s.length());
        if (nonDigit != null) {
            return nonDigit;
        }
        if (!s.isEmpty() && s.charAt(0) == '0') {
            return LintReason.ZERO_PREFIX.at(0, 1);
        }
        return null;
    }

    static LintFailure yesNo(String s) {
        return single(s, "01", LintReason.YES_NO_REQUIRED);
    }

    /** Winding direction: 0 face out, 1 face in, 9 undefined. */
    static LintFailure winding(String s) {
        return single(s, "019", LintReason.INVALID_WINDING);
    }

    /** ISO/IEC 5218: 0 not known, 1 male, 2 female, 9 not applicable. */
    static LintFailure iso5218(String s) {
        return single(s, "0129", LintReason.INVALID_SEX_CODE);
    }

    private static LintFailure single(String s, String allowed, LintReason reason) {
        if (s.length() != 1 || allowed.indexOf(s.charAt(0)) < 0) {
            return reason.at(0, s.length());
        }
        return null;
    }

    /** One or more hyphens, nothing else. */
    static LintFailure hyphen(String s) {
        int length = s.length();
        if (length == 0) {
            return LintReason.HYPHEN_REQUIRED.at(0, 0);
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != '-') {
                return LintReason.HYPHEN_REQUIRED.at(0, length);
            }
        }
        return null;
    }

    /** One character of the 64 the importer index allows: 0-9, A-Z, a-z, '-' and '_'. */
    static LintFailure importerIndex(String s) {
        if (s.length() != 1) {
            return LintReason.IMPORTER_INDEX_WRONG_LENGTH.at(0, s.length());
        }
        if (!CharacterSets.isCset64(s.charAt(0))) {
            return LintReason.INVALID_IMPORTER_INDEX.at(0, 1);
        }
        return null;
    }

    /** Every '%' starts a {@code %hh} escape with two hexadecimal digits of either case. */
    static LintFailure percentEncoding(String s) {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) == '%') {
                if (i + 2 >= length || !isHexDigit(s.charAt(i + 1)) || !isHexDigit(s.charAt(i + 2))) {
                    return LintReason.INVALID_PERCENT_ENCODING.at(i, Math.min(i + 3, length));
                }
                i += 2;
            }
        }
        return null;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }
}
