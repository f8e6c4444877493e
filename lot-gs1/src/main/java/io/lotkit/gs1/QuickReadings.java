package io.lotkit.gs1;

/**
 * Quick readings of element strings that are valid, as most data is: each reads and checks every element in one
 * pass and records no problem. On anything it does not take (an invalid or unusual element, an escape, a composite
 * component, a warning) it empties the context and returns {@code false}; the caller then starts the full reading
 * of {@link ElementStringReader}, which reports problems in GS1's order, from the beginning. What a quick reading
 * takes, the full reading would read the same way, without a problem.
 */
final class QuickReadings {

    private static final int MAX_AI_DIGITS = 4;

    private QuickReadings() {
    }

    /**
     * The quick reading of bracketed data that is valid, as most is: each element two to four digits in brackets,
     * an AI of the dictionary, a value up to the next {@code (} of a length the AI allows that passes its checks
     * (the pass test of a one-component AI, else the full check) with no problem or warning. Every value is then
     * free of {@code ^}, {@code \\} and {@code |}: no character set admits them, so there is no escape, caret or
     * composite component to handle. On anything else it empties the context (dropping what a check recorded) and
     * returns {@code false}, and the full reading, which reports problems in GS1's order, starts again from the
     * beginning.
     *
     * @return whether the whole of {@code input[from, end)} was read and every value passed
     */
    static boolean readValidBracketed(ParseContext ctx, int from, int end) {
        String s = ctx.input;
        Gs1Dictionary dictionary = ctx.parser.dictionary;
        int pos = from;
        if (pos >= end || s.charAt(pos) != '(') {
            return false;
        }
        while (pos < end) { // pos is at a '('
            int close = pos + 1;
            int limit = Math.min(end, pos + 2 + MAX_AI_DIGITS);
            int code = 0;
            for (char c; close < limit && (c = s.charAt(close)) != ')'; close++) {
                int digit = c - '0';
                if (digit < 0 || digit > 9) {
                    return ctx.rewind();
                }
                code = code * 10 + digit;
            }
            int digits = close - pos - 1;
            if (close == limit || digits < 2) {
                return ctx.rewind();
            }
            AiEntry entry = dictionary.entryOfDigits(digits, code);
            if (entry == null) {
                return ctx.rewind();
            }
            int valueStart = close + 1;
            int valueEnd;
            boolean passed = false;
            if (entry.cset82Only) { // the search for '(' checks the characters on the way: no second pass
                valueEnd = CharacterSets.cset82RunEnd(s, valueStart, end, '(');
                if (valueEnd < 0) {
                    return ctx.rewind();
                }
                passed = true;
            } else {
                valueEnd = ElementStringReader.indexOf(s, '(', valueStart, end);
                if (valueEnd < 0) {
                    valueEnd = end;
                }
            }
            if (!take(ctx, entry, valueStart, valueEnd, passed)) {
                return false;
            }
            pos = valueEnd;
        }
        return true;
    }

    /**
     * The quick reading of unbracketed data that is valid, as most scanner data is: each element an AI of the
     * dictionary, its value of predefined length or up to the separator, of a length the AI allows, passing its
     * checks (the pass test of a one-component AI, else the full check) with no problem or warning; a separator
     * after a value is passed over. Every character is then an AI digit, a separator or a value character of some
     * character set, so the input holds no {@code ^} and no {@code |} (no set admits them; the separator is checked
     * to be neither, and in no set): nothing for the caller's searches for a caret or a composite component to find.
     * On anything else it empties the context and returns {@code false}, for the full reading to start over.
     *
     * @return whether the whole of {@code input[from, end)} was read and every value passed
     */
    static boolean readValidUnbracketed(ParseContext ctx, int from, int end, char separator) {
        if (from >= end || separator == '^' || separator == '|' || !CharacterSets.inNoSet(separator)) {
            return false;
        }
        String s = ctx.input;
        Gs1Dictionary dictionary = ctx.parser.dictionary;
        int pos = from;
        while (pos < end) {
            AiEntry entry = dictionary.prefixAt(s, pos, end);
            if (entry == null) {
                return ctx.rewind();
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
                    return ctx.rewind();
                }
                passed = true;
            } else {
                valueEnd = ElementStringReader.indexOf(s, separator, valueStart, end);
                if (valueEnd < 0) {
                    valueEnd = end;
                }
            }
            if (!take(ctx, entry, valueStart, valueEnd, passed)) {
                return false;
            }
            pos = valueEnd < end && s.charAt(valueEnd) == separator ? valueEnd + 1 : valueEnd;
        }
        return true;
    }

    /**
     * Adds {@code input[valueStart, valueEnd)} as the value of {@code entry} if the AI allows its length and it
     * passes its checks ({@code passed}: its only check passed already), with room for it in the message; else
     * empties the context.
     *
     * @return whether the value was added
     */
    private static boolean take(ParseContext ctx, AiEntry entry, int valueStart, int valueEnd, boolean passed) {
        int length = valueEnd - valueStart;
        if (length < entry.minLength || length > entry.maxLength || ctx.size() >= ParseContext.MAX_AIS) {
            return ctx.rewind();
        }
        String value = ctx.input.substring(valueStart, valueEnd);
        if (!passed && !(entry.passTest != null ? HotRoutines.passes(entry.passTest, value)
                : ValueChecker.check(ctx, entry, value, valueStart) && !ctx.hasProblems())) {
            return ctx.rewind();
        }
        ctx.add(entry, value, valueStart);
        return true;
    }
}
