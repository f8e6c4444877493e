package io.lotkit.core.format;

import java.util.BitSet;

/**
 * A set of printable ASCII characters, with a constant-time membership test for the hot path.
 *
 * <p>Immutable and thread-safe.
 */
final class CharSet {

    static final String DIGIT_CHARS = "0123456789";
    static final String UPPER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** GS1 General Specifications, character set 82 (the characters allowed in AI (10)). */
    static final String CSET_82_CHARS =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    static final CharSet DIGITS = new CharSet("digits", DIGIT_CHARS);
    static final CharSet UPPER = new CharSet("upper-case letters", UPPER_CHARS);
    static final CharSet ALNUM = new CharSet("digits and upper-case letters", DIGIT_CHARS + UPPER_CHARS);
    static final CharSet CSET_82 = new CharSet("GS1 CSET 82", CSET_82_CHARS);

    private final String description;
    private final boolean[] table = new boolean[128];
    private final BitSet bits = new BitSet(128);

    private CharSet(String description, String chars) {
        this.description = description;
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
            bits.set(chars.charAt(i));
        }
    }

    /**
     * Returns the set of the given characters.
     *
     * @param chars printable ASCII characters, checked by the caller
     * @return the set, described by its characters
     */
    static CharSet explicit(String chars) {
        return new CharSet("one of \"" + chars + "\"", chars);
    }

    /**
     * Returns whether a character is printable ASCII (space to tilde).
     *
     * @param c the character
     * @return whether it may be a member of a set
     */
    static boolean isPrintableAscii(char c) {
        return c >= ' ' && c <= '~';
    }

    boolean contains(char c) {
        return c < 128 && table[c];
    }

    /** Returns a copy of the members, for compile-time set arithmetic. */
    BitSet toBitSet() {
        return (BitSet) bits.clone();
    }

    @Override
    public String toString() {
        return description;
    }
}
