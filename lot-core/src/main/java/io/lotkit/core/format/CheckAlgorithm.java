package io.lotkit.core.format;

/**
 * The check-character algorithms a pattern can append, each computed over every character printed before it.
 *
 * <p>Immutable and thread-safe.
 */
enum CheckAlgorithm {

    /** GS1 modulo 10: weights 3 and 1 alternating from the rightmost digit; digits only. */
    GS1_MOD10("gs1", CharSet.DIGITS) {
        @Override
        char compute(CharSequence text, int end) {
            int sum = 0;
            int weight = 3;
            for (int i = end - 1; i >= 0; i--) {
                sum += (text.charAt(i) - '0') * weight;
                weight = 4 - weight;
            }
            return (char) ('0' + (10 - sum % 10) % 10);
        }
    },

    /** Luhn (ISO/IEC 7812-1): every second digit from the rightmost doubled, digit sums added; digits only. */
    LUHN("luhn", CharSet.DIGITS) {
        @Override
        char compute(CharSequence text, int end) {
            int sum = 0;
            boolean doubled = true;
            for (int i = end - 1; i >= 0; i--) {
                int digit = text.charAt(i) - '0';
                if (doubled) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
                doubled = !doubled;
            }
            return (char) ('0' + (10 - sum % 10) % 10);
        }
    },

    /** ISO/IEC 7064 MOD 37,36 (hybrid system): over digits and upper-case letters, check character likewise. */
    ISO7064_MOD37_36("mod37-36", CharSet.ALNUM) {
        @Override
        char compute(CharSequence text, int end) {
            int product = MODULUS;
            for (int i = 0; i < end; i++) {
                int sum = (product + alnumValue(text.charAt(i))) % MODULUS;
                if (sum == 0) {
                    sum = MODULUS;
                }
                product = (sum * 2) % (MODULUS + 1);
            }
            return ALNUM_CHARS.charAt((MODULUS + 1 - product) % MODULUS);
        }
    };

    private static final int MODULUS = 36;
    private static final String ALNUM_CHARS = CharSet.DIGIT_CHARS + CharSet.UPPER_CHARS;

    private final String patternName;
    private final CharSet alphabet;

    CheckAlgorithm(String patternName, CharSet alphabet) {
        this.patternName = patternName;
        this.alphabet = alphabet;
    }

    /**
     * Computes the check character over {@code text[0, end)}, whose characters must all be in {@link #alphabet()}.
     *
     * @param text the text printed before the check character
     * @param end the number of characters to cover
     * @return the check character
     */
    abstract char compute(CharSequence text, int end);

    /** Returns the characters the algorithm reads, which are also the characters it may print. */
    CharSet alphabet() {
        return alphabet;
    }

    /** Returns the name used in patterns, as in {@code {check:gs1}}. */
    String patternName() {
        return patternName;
    }

    static CheckAlgorithm byPatternName(String name) {
        for (CheckAlgorithm algorithm : values()) {
            if (algorithm.patternName.equals(name)) {
                return algorithm;
            }
        }
        return null;
    }

    private static int alnumValue(char c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }
}
