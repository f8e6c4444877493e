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
    private final int radix;
    private final long maximum;
    /** Digit value of each ASCII character, -1 for characters outside the alphabet. */
    private final byte[] digitValues = new byte[128];

    SequenceElement(int patternIndex, int width, boolean padded, String alphabet, String alphabetName, long maximum) {
        super(patternIndex);
        this.width = width;
        this.padded = padded;
        this.alphabet = alphabet;
        this.alphabetName = alphabetName;
        this.radix = alphabet.length();
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
    void print(LotContext context, long sequence, StringBuilder out) {
        if (sequence < 0) {
            throw new LotFieldException("sequence", "missing from the context (pattern index " + patternIndex() + ")");
        }
        if (sequence > maximum) {
            throw new LotFieldException("sequence", "value " + sequence + " exceeds " + maximum
                    + ", the largest that " + width + " characters in " + alphabetName + " can print (pattern index "
                    + patternIndex() + ")");
        }
        int digits = padded ? width : digitCount(sequence);
        int start = out.length();
        out.setLength(start + digits);
        long rest = sequence;
        for (int i = start + digits - 1; i >= start; i--) {
            out.setCharAt(i, alphabet.charAt((int) (rest % radix)));
            rest /= radix;
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
