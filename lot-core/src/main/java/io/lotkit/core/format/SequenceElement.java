package io.lotkit.core.format;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The sequence value, in decimal or any alphabet of two or more characters (whose first character is the zero),
 * either zero-padded to a fixed width or unpadded up to a maximum width.
 */
final class SequenceElement extends Element {

    private final int width;
    private final boolean padded;
    private final String alphabet;
    private final String alphabetName;
    private final char[] digits;
    private final int radix;
    /** Whether the alphabet is 0-9, printed by {@link #printDecimal} with constant divisors. */
    private final boolean decimal;
    private final long maximum;
    /** Digit value of each ASCII character, -1 for characters outside the alphabet. */
    private final byte[] digitValues = new byte[128];

    SequenceElement(int patternIndex, int width, boolean padded, String alphabet, String alphabetName, long maximum) {
        super(patternIndex);
        this.width = width;
        this.padded = padded;
        this.alphabet = alphabet;
        this.alphabetName = alphabetName;
        this.digits = alphabet.toCharArray();
        this.radix = alphabet.length();
        this.decimal = "0123456789".equals(alphabet);
        this.maximum = maximum;
        Arrays.fill(digitValues, (byte) -1);
        for (int i = 0; i < alphabet.length(); i++) {
            digitValues[alphabet.charAt(i)] = (byte) i;
        }
    }

    /**
     * Returns the largest value {@code width} characters of an alphabet can print.
     *
     * @param radix the size of the alphabet
     * @param width the number of characters
     * @return {@code radix^width - 1}, or -1 if {@code radix^width} exceeds {@link Long#MAX_VALUE}
     */
    static long maximumFor(int radix, int width) {
        long power = 1;
        for (int i = 0; i < width; i++) {
            if (power > Long.MAX_VALUE / radix) {
                return -1;
            }
            power *= radix;
        }
        return power - 1;
    }

    long maximum() {
        return maximum;
    }

    @Override
    boolean hasInput(LotContext context, long sequence) {
        return sequence >= 0;
    }

    @Override
    int print(LotContext context, long sequence, char[] out, int at) {
        if (sequence < 0) {
            throw new LotFieldException("sequence", "missing from the context (pattern index " + patternIndex() + ")");
        }
        if (sequence > maximum) {
            throw new LotFieldException("sequence", "value " + sequence + " exceeds " + maximum
                    + ", the largest that " + width + " characters in " + alphabetName + " can print (pattern index "
                    + patternIndex() + ")");
        }
        int end = at + (padded ? width : digitCount(sequence));
        if (decimal) {
            printDecimal(sequence, out, at, end);
        } else {
            long rest = sequence;
            for (int i = end - 1; i >= at; i--) {
                out[i] = digits[(int) (rest % radix)];
                rest /= radix;
            }
        }
        return end;
    }

    /**
     * Prints a decimal value right-aligned in {@code out[from, end)}, zero-padded, two digits per step. The divisors
     * are constants, which the JIT turns into multiplications; a division by the field {@code radix} stays a
     * 64-bit hardware division per digit, which was the costliest step of generating a lot number.
     */
    private static void printDecimal(long value, char[] out, int from, int end) {
        int i = end;
        long high = value;
        while (high > Integer.MAX_VALUE) {
            long quotient = high / 100;
            int pair = (int) (high - quotient * 100);
            out[--i] = (char) ('0' + pair % 10);
            out[--i] = (char) ('0' + pair / 10);
            high = quotient;
        }
        int rest = (int) high;
        while (i - from >= 2) {
            int quotient = rest / 100;
            int pair = rest - quotient * 100;
            out[--i] = (char) ('0' + pair % 10);
            out[--i] = (char) ('0' + pair / 10);
            rest = quotient;
        }
        if (i > from) {
            out[--i] = (char) ('0' + rest);
        }
    }

    private int digitCount(long value) {
        int digits = 1;
        for (long rest = value / radix; rest > 0; rest /= radix) {
            digits++;
        }
        return digits;
    }

    @Override
    int parse(CharSequence text, int position, ParseState state) {
        long value = 0;
        int end = position;
        int limit = Math.min(text.length(), position + width);
        while (end < limit) {
            char c = text.charAt(end);
            int digit = c < 128 ? digitValues[c] : -1;
            if (digit < 0) {
                break;
            }
            value = value * radix + digit;
            end++;
        }
        if (padded ? end - position < width : end == position) {
            state.fail(end, describe());
            return -1;
        }
        if (!padded && end - position > 1 && text.charAt(position) == alphabet.charAt(0)) {
            state.fail(position, "an unpadded sequence value without a leading '" + alphabet.charAt(0) + "'");
            return -1;
        }
        state.setSequence(value);
        return end;
    }

    @Override
    int minLength() {
        return padded ? width : 1;
    }

    @Override
    int maxLength() {
        return width;
    }

    @Override
    BitSet outputChars() {
        BitSet chars = new BitSet();
        alphabet.chars().forEach(chars::set);
        return chars;
    }

    @Override
    String describe() {
        return "the sequence (" + (padded ? width : "1 to " + width) + " characters in " + alphabetName + ")";
    }
}
