package io.lotkit.gs1;

/**
 * The character sets that the GS1 Barcode Syntax Dictionary names for a component of an AI's value.
 *
 * <p>Immutable and thread-safe.
 */
public enum Gs1CharacterSet {

    /** Digits {@code 0}–{@code 9} (dictionary letter {@code N}). */
    NUMERIC('N'),

    /** GS1 AI encodable character set 82 (dictionary letter {@code X}). */
    CSET82('X'),

    /** GS1 AI encodable character set 39 (dictionary letter {@code Y}). */
    CSET39('Y'),

    /** The base64url alphabet with {@code =} padding (dictionary letter {@code Z}). */
    BASE64URL('Z');

    // Character set 82: the printable ASCII characters GS1 permits in alphanumeric AI values.
    private static final String CSET82_CHARS =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CSET39_CHARS = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String BASE64URL_CHARS =
            "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final long[][] MEMBERS = {
        bits("0123456789"), bits(CSET82_CHARS), bits(CSET39_CHARS), bits(BASE64URL_CHARS)
    };

    private final char letter;

    Gs1CharacterSet(char letter) {
        this.letter = letter;
    }

    /**
     * Returns the letter the dictionary uses for this set.
     *
     * @return {@code N}, {@code X}, {@code Y} or {@code Z}
     */
    public char letter() {
        return letter;
    }

    /**
     * Tells whether a character belongs to this set.
     *
     * @param c the character
     * @return {@code true} if {@code c} is a member
     */
    public boolean contains(char c) {
        if (c >= 128) {
            return false;
        }
        long word = MEMBERS[ordinal()][c >> 6];
        return (word & (1L << (c & 63))) != 0;
    }

    /**
     * Returns the set a dictionary letter stands for.
     *
     * @param letter {@code N}, {@code X}, {@code Y} or {@code Z}
     * @return the character set
     * @throws IllegalArgumentException if the letter names no set
     */
    public static Gs1CharacterSet forLetter(char letter) {
        for (Gs1CharacterSet set : values()) {
            if (set.letter == letter) {
                return set;
            }
        }
        throw new IllegalArgumentException("no GS1 character set has the letter '" + letter + "'");
    }

    private static long[] bits(String chars) {
        long[] words = new long[2];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            words[c >> 6] |= 1L << (c & 63);
        }
        return words;
    }
}
