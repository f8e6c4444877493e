package io.lotkit.gs1;

import java.util.Arrays;

/**
 * Quick readings of element strings that are valid, as most data is: each reads and checks every element in one
 * pass, with no parse context (no per-thread state to look up), into the arrays that become the message. On anything
 * it does not take (an invalid or unusual element, an escape, a composite component, a warning, a broken message
 * rule) it returns null; the parser then starts the full reading of {@link ElementStringReader}, which reports
 * problems in GS1's order, from the beginning. What a quick reading takes, the full reading would read the same way,
 * without a problem.
 */
final class QuickReadings {

    private static final int MAX_AI_DIGITS = 4;

    private QuickReadings() {
    }

    /**
     * The quick reading of bracketed data that is valid, as most is: each element two to four digits in brackets,
     * an AI of the dictionary, a value up to the next {@code (} of a length the AI allows that passes its checks
     * with no problem or warning, and the message passing the message rules. Every value is then free of {@code ^},
     * {@code \\} and {@code |}: no character set admits them, so there is no escape, caret or composite component
     * to handle.
     *
     * @return the message, or null for the full reading to start
     */
    static Gs1Message readValidBracketed(Gs1Parser parser, String s) {
        return s.isEmpty() ? null : read(parser, s, 0, '(', true);
    }

    /**
     * The quick reading of unbracketed data from {@code from}, with the parser's separator, that is valid, as most
     * scanner data is: each element an AI of the dictionary, its value of predefined length or up to the separator,
     * of a length the AI allows, passing its checks with no problem or warning, and the message passing the message
     * rules; a separator after a value is passed over. Every character is then an AI digit, a separator or a value
     * character of some character set, so the input holds no {@code ^} and no {@code |} (no set admits them; the
     * separator must be neither, and in no set: see {@link Gs1Parser#quickSeparator}): nothing for the full
     * reading's searches for a caret or a composite component to find.
     *
     * @return the message, or null for the full reading to start
     */
    static Gs1Message readValidUnbracketed(Gs1Parser parser, String s, int from) {
        return from < s.length() && parser.quickSeparator ? read(parser, s, from, parser.separator, false) : null;
    }

    /**
     * Reads {@code s} from {@code from} (not its end) element by element: an AI in brackets or at the start of the
     * element, then its value up to {@code stop} ('(' or the separator), or to its length where that needs no search.
     */
    private static Gs1Message read(Gs1Parser parser, String s, int from, char stop, boolean bracketed) {
        int end = s.length();
        Gs1Dictionary dictionary = parser.dictionary;
        AiEntry[] entries = new AiEntry[ParseContext.initialCapacity(end)];
        String[] values = new String[entries.length];
        int n = 0;
        int pos = from;
        while (pos < end) {
            AiEntry entry = bracketed ? bracketedAiAt(dictionary, s, pos) : dictionary.prefixAt(s, pos, end);
            if (entry == null) {
                return null;
            }
            int valueStart = pos + entry.digits + (bracketed ? 2 : 0);
            int fixedEnd = valueStart + entry.maxLength;
            int valueEnd;
            boolean passed = false;
            // Unbracketed, a value of predefined length passes a test of its character sets below, so holds no
            // separator; bracketed, one of digits holds no '(' either, and needs '(' or the end after it.
            if (entry.predefinedLength && (!bracketed || entry.numeric && endsAt(s, fixedEnd, stop))) {
                valueEnd = Math.min(end, fixedEnd);
            } else if (entry.cset82Only) { // the search for the stop checks the characters on the way
                valueEnd = CharacterSets.cset82RunEnd(s, valueStart, end, stop);
                if (valueEnd < 0) {
                    return null;
                }
                passed = true;
            } else {
                valueEnd = ElementStringReader.indexOf(s, stop, valueStart, end);
                if (valueEnd < 0) {
                    valueEnd = end;
                }
            }
            String value = take(s, entry, valueStart, valueEnd, passed);
            if (value == null || n == ParseContext.MAX_AIS) {
                return null;
            }
            entries = room(entries, n);
            values = room(values, n);
            entries[n] = entry;
            values[n++] = value;
            pos = !bracketed && valueEnd < end && s.charAt(valueEnd) == stop ? valueEnd + 1 : valueEnd;
        }
        return finish(parser, entries, values, n, 0);
    }

    /**
     * The entry of the AI in brackets at {@code pos}: two to four digits, read without a loop (which costs more to
     * set up than two turns run); null if there is none, or it is not in the dictionary.
     */
    private static AiEntry bracketedAiAt(Gs1Dictionary dictionary, String s, int pos) {
        int end = s.length();
        int close = pos + 3;
        if (close >= end || s.charAt(pos) != '(') {
            return null;
        }
        int code = Gs1Dictionary.digitValue(s.charAt(pos + 1)) * 10 + Gs1Dictionary.digitValue(s.charAt(pos + 2));
        char c = s.charAt(close);
        for (int more = MAX_AI_DIGITS - 2; c != ')' && more > 0; more--) {
            code = code * 10 + Gs1Dictionary.digitValue(c);
            c = ++close < end ? s.charAt(close) : 0;
        }
        return c != ')' || code < 0 ? null : dictionary.entryOfDigits(close - pos - 1, code);
    }

    /**
     * {@code s[valueStart, valueEnd)} as the value of {@code entry} if the AI allows its length and it passes its
     * checks ({@code passed}: its only check passed already); else null.
     */
    private static String take(String s, AiEntry entry, int valueStart, int valueEnd, boolean passed) {
        int length = valueEnd - valueStart;
        if (length < entry.minLength || length > entry.maxLength) {
            return null;
        }
        String value = s.substring(valueStart, valueEnd);
        return passed || ValueChecker.passes(entry, value) ? value : null;
    }

    /** Whether {@code at} is the end of {@code s} or holds {@code next}. */
    private static boolean endsAt(String s, int at, char next) {
        return at == s.length() || at < s.length() && s.charAt(at) == next;
    }

    /** {@code array}, or a copy twice as long when slot {@code n} is past its end. */
    static <T> T[] room(T[] array, int n) {
        return n < array.length ? array : Arrays.copyOf(array, n * 2);
    }

    /**
     * The message of the {@code n} elements read, if they pass the message rules; else null. The arrays become the
     * message's (see {@link ParseContext#message}).
     */
    static Gs1Message finish(Gs1Parser parser, AiEntry[] entries, String[] values, int n, int dlPathLength) {
        return MessageRules.check(parser, entries, values, n, null)
                ? ParseContext.message(parser, entries, values, n, -1, dlPathLength) : null;
    }
}
