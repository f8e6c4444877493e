package io.lotkit.gs1;

/**
 * The check-character routines: {@code csum}, the GS1 mod-10 check digit that ends GTINs, SSCCs, GLNs and the
 * like, and {@code csumalpha}, the pair of check characters that ends an alphanumeric key such as a GMN (AI 8013).
 *
 * <p>Stateless and thread-safe.
 */
final class CheckCharacters {

    /** The 32 characters a check character pair is drawn from: digits 2-9 and letters without I and O. */
    private static final char[] PAIR_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    /** The order of character set 82 that gives each character its value in the pair calculation. */
    private static final String CSET82_ORDER =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    /** The pair is taken modulo this prime; 1021 = 31 * 32 + 29 keeps both characters inside the alphabet. */
    private static final int PAIR_MODULUS = 1021;

    /** At most this many characters precede the pair: one prime weight per character. */
    static final int MAX_PAIR_DATA_LENGTH = 97;

    private static final int[] CSET82_VALUE = new int[128];
    private static final int[] PRIME_WEIGHTS = firstPrimes(MAX_PAIR_DATA_LENGTH);

    static {
        java.util.Arrays.fill(CSET82_VALUE, -1);
        for (int i = 0; i < CSET82_ORDER.length(); i++) {
            CSET82_VALUE[CSET82_ORDER.charAt(i)] = i;
        }
    }

    private CheckCharacters() {
    }

    private static int[] firstPrimes(int count) {
        int[] primes = new int[count];
        int found = 0;
        for (int candidate = 2; found < count; candidate++) {
            boolean prime = true;
            for (int i = 0; i < found && primes[i] * primes[i] <= candidate; i++) {
                if (candidate % primes[i] == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                primes[found++] = candidate;
            }
        }
        return primes;
    }

    /**
     * The GS1 check digit for the digits {@code s[from, to)}: weights 3 and 1 alternate from the rightmost digit,
     * which weighs 3, and the check digit tops the sum up to a multiple of ten. The caller ensures all are digits.
     */
    static int checkDigit(String s, int from, int to) {
        int sum = 0;
        int weight = 3;
        for (int i = to - 1; i >= from; i--) {
            sum += (s.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    static LintFailure csum(String s) {
        int length = s.length();
        LintFailure nonDigit = CharacterSets.firstNonDigit(s, 0, length);
        return nonDigit != null ? nonDigit : csumOfDigits(s);
    }

    /**
     * {@code csetnumeric} then {@code csum} in one left-to-right pass: the first non-digit, else csum's verdict.
     * Every digit is summed with its weight, the check digit with weight 1, so a right check digit makes the sum a
     * multiple of ten.
     */
    static LintFailure numericCsum(String s) {
        int length = s.length();
        int sum = 0;
        // The rightmost digit before the check digit weighs 3; the weights alternate from there.
        int weight = (length & 1) == 0 ? 3 : 1;
        for (int i = 0; i < length; i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return LintReason.NON_DIGIT_CHARACTER.at(i, i + 1);
            }
            sum += digit * weight;
            weight = 4 - weight;
        }
        if (length < 2) {
            return LintReason.TOO_SHORT_FOR_CHECK_DIGIT.at(0, length);
        }
        return sum % 10 == 0 ? null : LintReason.INCORRECT_CHECK_DIGIT.at(length - 1, length);
    }

    /** {@code csum} for a component already known to be all digits (its character-set check passed). */
    static LintFailure csumOfDigits(String s) {
        int length = s.length();
        if (length < 2) {
            return LintReason.TOO_SHORT_FOR_CHECK_DIGIT.at(0, length);
        }
        if (checkDigit(s, 0, length - 1) != s.charAt(length - 1) - '0') {
            return LintReason.INCORRECT_CHECK_DIGIT.at(length - 1, length);
        }
        return null;
    }

    /**
     * The check character pair for the characters {@code s[from, to)}, all in character set 82: each character's
     * value in set 82 times a prime weight (2 for the rightmost, then 3, 5, 7, ...), summed modulo 1021, written in
     * base 32. Returns the pair as {@code first << 16 | second} to stay allocation-free.
     */
    static int checkPair(String s, int from, int to) {
        int sum = 0;
        for (int i = to - 1, w = 0; i >= from; i--, w++) {
            sum += CSET82_VALUE[s.charAt(i)] * PRIME_WEIGHTS[w];
        }
        sum %= PAIR_MODULUS;
        return PAIR_ALPHABET[sum >> 5] << 16 | PAIR_ALPHABET[sum & 31];
    }

    static LintFailure csumAlpha(String s) {
        int length = s.length();
        if (length < 2) {
            return LintReason.TOO_SHORT_FOR_CHECK_PAIR.at(0, length);
        }
        int dataEnd = length - 2;
        if (dataEnd > MAX_PAIR_DATA_LENGTH) {
            return LintReason.TOO_LONG_FOR_CHECK_PAIR.at(0, length);
        }
        for (int i = 0; i < dataEnd; i++) {
            if (!CharacterSets.isCset82(s.charAt(i))) {
                return LintReason.NON_CSET82_CHARACTER.at(i, i + 1);
            }
        }
        int pair = checkPair(s, 0, dataEnd);
        if (s.charAt(dataEnd) != (char) (pair >>> 16) || s.charAt(dataEnd + 1) != (char) (pair & 0xFFFF)) {
            return LintReason.INCORRECT_CHECK_PAIR.at(dataEnd, length);
        }
        return null;
    }
}
