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
        int end = s.length();
        if (end == 0 || s.charAt(0) != '(') {
            return null;
        }
        Gs1Dictionary dictionary = parser.dictionary;
        AiEntry[] entries = new AiEntry[ParseContext.initialCapacity(end)];
        String[] values = new String[entries.length];
        int n = 0;
        int pos = 0;
        while (pos < end) { // pos is at a '('
            // Two to four digits, then ')': read without a loop, which costs more to set up than two turns run.
            int close = pos + 3;
            if (close >= end) {
                return null;
            }
            int code = Gs1Dictionary.digitValue(s.charAt(pos + 1)) * 10 + Gs1Dictionary.digitValue(s.charAt(pos + 2));
            char c = s.charAt(close);
            for (int more = MAX_AI_DIGITS - 2; c != ')' && more > 0; more--) {
                code = code * 10 + Gs1Dictionary.digitValue(c);
                c = ++close < end ? s.charAt(close) : 0;
            }
            if (c != ')' || code < 0) {
                return null;
            }
            AiEntry entry = dictionary.entryOfDigits(close - pos - 1, code);
            if (entry == null) {
                return null;
            }
            int valueStart = close + 1;
            int valueEnd;
            boolean passed = false;
            if (entry.cset82Only) { // the search for '(' checks the characters on the way: no second pass
                valueEnd = CharacterSets.cset82RunEnd(s, valueStart, end, '(');
                if (valueEnd < 0) {
                    return null;
                }
                passed = true;
            } else if (entry.predefinedLength && entry.numeric && endsAt(s, valueStart + entry.maxLength, '(')) {
                // Its digits, checked below, hold no '(': the value ends at its length, with no search.
                valueEnd = valueStart + entry.maxLength;
            } else {
                valueEnd = ElementStringReader.indexOf(s, '(', valueStart, end);
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
            pos = valueEnd;
        }
        return finish(parser, entries, values, n, 0);
    }

    /**
     * The quick reading of unbracketed data from {@code from} that is valid, as most scanner data is: each element
     * an AI of the dictionary, its value of predefined length or up to the separator, of a length the AI allows,
     * passing its checks with no problem or warning, and the message passing the message rules; a separator after a
     * value is passed over. Every character is then an AI digit, a separator or a value character of some character
     * set, so the input holds no {@code ^} and no {@code |} (no set admits them; the separator is checked to be
     * neither, and in no set): nothing for the full reading's searches for a caret or a composite component to find.
     *
     * @return the message, or null for the full reading to start
     */
    static Gs1Message readValidUnbracketed(Gs1Parser parser, String s, int from, char separator) {
        int end = s.length();
        if (from >= end || separator == '^' || separator == '|' || !CharacterSets.inNoSet(separator)) {
            return null;
        }
        Gs1Dictionary dictionary = parser.dictionary;
        AiEntry[] entries = new AiEntry[ParseContext.initialCapacity(end)];
        String[] values = new String[entries.length];
        int n = 0;
        int pos = from;
        while (pos < end) {
            AiEntry entry = dictionary.prefixAt(s, pos, end);
            if (entry == null) {
                return null;
            }
            int valueStart = pos + entry.digits;
            int valueEnd;
            boolean passed = false;
            if (entry.predefinedLength) {
                // The value passes a test of its character sets below, so holds no separator: it ends at its length.
                valueEnd = Math.min(end, valueStart + entry.maxLength);
            } else if (entry.cset82Only) {
                valueEnd = CharacterSets.cset82RunEnd(s, valueStart, end, separator);
                if (valueEnd < 0) {
                    return null;
                }
                passed = true;
            } else {
                valueEnd = ElementStringReader.indexOf(s, separator, valueStart, end);
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
            pos = valueEnd < end && s.charAt(valueEnd) == separator ? valueEnd + 1 : valueEnd;
        }
        return finish(parser, entries, values, n, 0);
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
