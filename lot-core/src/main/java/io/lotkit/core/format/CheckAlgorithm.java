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
        int step(int sum, char c, int fromRight) {
            // Weight 3 at even distances from the right, 1 at odd ones, without a branch.
            return sum + (c - '0') * (3 - ((fromRight & 1) << 1));
        }
    },

    /** Luhn (ISO/IEC 7812-1): every second digit from the rightmost doubled, digit sums added; digits only. */
    LUHN("luhn", CharSet.DIGITS) {
        @Override
        int step(int sum, char c, int fromRight) {
            int digit = c - '0';
            if ((fromRight & 1) == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            return sum + digit;
        }
    },

    /** ISO/IEC 7064 MOD 37,36 (hybrid system): digits and upper-case letters, the check is one of them. */
    ISO7064_MOD37_36("mod37-36", CharSet.ALNUM) {
        @Override
        int initial() {
            return MODULUS;
        }

        @Override
        int step(int product, char c, int fromRight) {
            int sum = (product + alnumValue(c)) % MODULUS;
            if (sum == 0) {
                sum = MODULUS;
            }
            return (sum * 2) % (MODULUS + 1);
        }

        @Override
        char finish(int product) {
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
    final char compute(CharSequence text, int end) {
        int state = initial();
        for (int i = 0; i < end; i++) {
            state = step(state, text.charAt(i), end - 1 - i);
        }
        return finish(state);
    }

    /** As {@link #compute(CharSequence, int)}, over a print buffer. */
    final char compute(char[] text, int end) {
        int state = initial();
        for (int i = 0; i < end; i++) {
            state = step(state, text[i], end - 1 - i);
        }
        return finish(state);
    }

    /** The state before the first character; each algorithm is a fold over the characters from the left. */
    int initial() {
        return 0;
    }

    /**
     * Folds in one character.
     *
     * @param state the state after the characters before it
     * @param c the character
     * @param fromRight its distance from the last character covered (0 for the last), for position weights
     * @return the new state
     */
    abstract int step(int state, char c, int fromRight);

    /**
     * Turns the state after the last character into the check character; by default the modulo 10 complement of a
     * digit sum, which the GS1 and Luhn systems share.
     */
    char finish(int state) {
        return (char) ('0' + (10 - state % 10) % 10);
    }

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
