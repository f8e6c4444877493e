package io.lotkit.gs1;

/**
 * The character-set checks behind the component types of the GS1 Barcode Syntax Dictionary: N (digits), X (GS1
 * AI encodable character set 82), Y (character set 39) and Z (character set 64, base64url), and the
 * {@code hasnondigit} check.
 *
 * <p>Each set is a 128-bit mask over US-ASCII held in two {@code long}s, so a test is two shifts and no
 * allocation. Stateless and thread-safe.
 */
final class CharacterSets {

    /** Bits 0-63 and 64-127 of character set 82: {@code !"%&'()*+,-./0-9:;<=>?A-Z_a-z}. */
    private static final long CSET82_LOW = mask("!\"%&'()*+,-./0123456789:;<=>?", 0);
    private static final long CSET82_HIGH = mask("ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", 64);

    /** Character set 39: {@code #-/0-9A-Z}. */
    private static final long CSET39_LOW = mask("#-/0123456789", 0);
    private static final long CSET39_HIGH = mask("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 64);

    /** Character set 64 (RFC 4648 base64url alphabet): {@code -0-9A-Z_a-z}; '=' is padding, handled apart. */
    private static final long CSET64_LOW = mask("-0123456789", 0);
    private static final long CSET64_HIGH = mask("ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", 64);

    private CharacterSets() {
    }

    private static long mask(String members, int base) {
        long bits = 0;
        for (int i = 0; i < members.length(); i++) {
            bits |= 1L << (members.charAt(i) - base);
        }
        return bits;
    }

    private static boolean inSet(char c, long low, long high) {
        if (c < 64) {
            return (low & (1L << c)) != 0;
        }
        return c < 128 && (high & (1L << (c - 64))) != 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isCset82(char c) {
        return inSet(c, CSET82_LOW, CSET82_HIGH);
    }

    static boolean isCset39(char c) {
        return inSet(c, CSET39_LOW, CSET39_HIGH);
    }

    static boolean isCset64(char c) {
        return inSet(c, CSET64_LOW, CSET64_HIGH);
    }

    /**
     * Finds the end of a value and checks its characters in one pass: the index of the first {@code stop} in
     * {@code s[from, end)} (or {@code end}) when every character before it is in set 82, else that index
     * complemented ({@code ~index}, negative).
     */
    static int cset82RunEnd(String s, int from, int end, char stop) {
        boolean inSet = true;
        int i = from;
        for (char c; i < end && (c = s.charAt(i)) != stop; i++) {
            inSet &= isCset82(c);
        }
        return inSet ? i : ~i;
    }

    /** Whether {@code c} is in none of the sets, as a separator such as GS or {@code ^} is. */
    static boolean inNoSet(char c) {
        return !isDigit(c) && !isCset82(c) && !isCset39(c) && !isCset64(c);
    }

    /** The first non-digit in {@code [from, to)} as a failure, or null when all are digits. */
    static LintFailure firstNonDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return LintReason.NON_DIGIT_CHARACTER.at(i, i + 1);
            }
        }
        return null;
    }

    static LintFailure csetNumeric(String s) {
        return firstNonDigit(s, 0, s.length());
    }

    static LintFailure cset82(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isCset82(s.charAt(i))) {
                return LintReason.NON_CSET82_CHARACTER.at(i, i + 1);
            }
        }
        return null;
    }

    static LintFailure cset39(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isCset39(s.charAt(i))) {
                return LintReason.NON_CSET39_CHARACTER.at(i, i + 1);
            }
        }
        return null;
    }

    /**
     * Base64url data with optional '=' padding at the end. GS1's rule for padding differs from RFC 4648's: when
     * present, the padding makes the whole length a multiple of three (one '=' after a data length of 2 mod 3, two
     * after 1 mod 3, none otherwise), so an RFC-padded value such as {@code QQ==} fails while {@code QQ=} passes.
     * This follows GS1's reference engine; unpadded base64url always passes.
     */
    static LintFailure cset64(String s) {
        int dataEnd = s.length();
        while (dataEnd > 0 && s.charAt(dataEnd - 1) == '=') {
            dataEnd--;
        }
        for (int i = 0; i < dataEnd; i++) {
            if (!isCset64(s.charAt(i))) {
                return LintReason.NON_CSET64_CHARACTER.at(i, i + 1);
            }
        }
        int pads = s.length() - dataEnd;
        if (pads != 0 && pads != (3 - dataEnd % 3) % 3) {
            return LintReason.INVALID_CSET64_PADDING.at(dataEnd, s.length());
        }
        return null;
    }

    static LintFailure hasNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return null;
            }
        }
        return LintReason.DIGIT_REQUIRED_ABSENT.at(0, s.length());
    }
}
