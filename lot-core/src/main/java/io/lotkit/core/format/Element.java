package io.lotkit.core.format;

import java.util.BitSet;

/**
 * One compiled element of a lot-number pattern, which both prints and parses itself (the printer-parser of
 * java.time's {@code DateTimeFormatterBuilder}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
abstract class Element {

    private final int patternIndex;

    Element(int patternIndex) {
        this.patternIndex = patternIndex;
    }

    /** Returns the index in the pattern where this element starts. */
    final int patternIndex() {
        return patternIndex;
    }

    /**
     * Returns whether the context holds what this element prints; an optional section is printed only when all
     * its elements have their input.
     *
     * @param context the context
     * @param sequence the sequence value, or -1 if there is none
     * @return whether {@link #print} would find its input
     */
    abstract boolean hasInput(LotContext context, long sequence);

    /**
     * Prints this element.
     *
     * @param context the context
     * @param sequence the sequence value, or -1 if there is none
     * @param out the lot number printed so far, in a buffer of the format's maximum length
     * @param at how many characters of {@code out} are printed so far
     * @return the number printed after this element
     * @throws LotFieldException if the input is missing or does not fit
     */
    abstract int print(LotContext context, long sequence, char[] out, int at);

    /**
     * Parses this element.
     *
     * @param text the lot number
     * @param position where this element starts in {@code text}
     * @param state receives the parsed values, or the failure
     * @return the position after this element, or -1 after recording the failure in {@code state}
     */
    abstract int parse(CharSequence text, int position, ParseState state);

    /** Returns the fewest characters this element prints (0 for an optional section). */
    abstract int minLength();

    /** Returns the most characters this element prints. */
    abstract int maxLength();

    /** Returns every character this element may print. */
    abstract BitSet outputChars();

    /** Returns every character this element's output may begin with. */
    BitSet firstChars() {
        return outputChars();
    }

    /** Returns whether the element's width varies, so that only what follows it tells where it ends. */
    boolean isVariableWidth() {
        return minLength() != maxLength();
    }

    /** Returns what this element is, for error messages, e.g. {@code "two digits (month)"}. */
    abstract String describe();
}
