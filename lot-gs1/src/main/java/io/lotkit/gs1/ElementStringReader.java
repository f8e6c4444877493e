package io.lotkit.gs1;

/**
 * Reads element strings: bracketed {@code (01)…(10)…} and unbracketed data ({@code 01…10…<GS>21…}), step by step,
 * reporting each problem in GS1's order. A single left-to-right pass with no backtracking; values are the only
 * strings kept. Valid data is first offered to the quick readings of {@link QuickReadings}; this is the reading
 * that starts over when those give up.
 */
final class ElementStringReader {

    private static final char ESCAPE = '\\';
    /** The span length from which the JDK's vectorised {@link String#indexOf(int, int)} pays off. */
    private static final int VECTORISED_SEARCH_FROM = 24;

    private ElementStringReader() {
    }

    /**
     * Reads {@code input[from, end)} as bracketed elements step by step, reporting each problem in GS1's order;
     * {@code |} starts the composite component.
     */
    static void readBracketedFully(ParseContext ctx, int from, int end) {
        String s = ctx.input;
        int bar = indexOf(s, '|', from, end);
        int firstNew = ctx.size();
        readBracketedPart(ctx, from, bar < 0 ? end : bar);
        if (bar >= 0 && !ctx.stopped()) {
            ctx.startComposite();
            readBracketedPart(ctx, bar + 1, end);
        }
        // The bracketed form is converted before its values are checked, as GS1's engine does.
        for (int i = firstNew; i < ctx.size() && !ctx.stopped(); i++) {
            ValueChecker.check(ctx, ctx.entry(i), ctx.value(i), ctx.valueIndex(i));
        }
    }

    private static void readBracketedPart(ParseContext ctx, int from, int end) {
        String s = ctx.input;
        Gs1Dictionary dictionary = ctx.parser.dictionary; // loaded once, not per element
        int pos = from;
        if (pos >= end || s.charAt(pos) != '(') {
            ctx.error(pos, "", Gs1ErrorCode.MALFORMED, "Failed to parse AI data: expected '(' at index " + pos);
            return;
        }
        while (pos < end && !ctx.stopped()) {
            // One pass finds the ')' and reads the AI's digits on the way, instead of searching and then reading.
            int close = pos + 1;
            int digits = 0;
            int code = 0;
            for (char c; close < end && (c = s.charAt(close)) != ')'; close++) {
                if (c >= '0' && c <= '9' && digits >= 0) {
                    code = code * 10 + (c - '0');
                    digits = digits == 4 ? -1 : digits + 1;
                } else {
                    digits = -1;
                }
            }
            if (close == end) {
                ctx.error(pos, "", Gs1ErrorCode.MALFORMED, "Failed to parse AI data: '(' at index " + pos
                        + " is not closed");
                return;
            }
            AiEntry entry = digits >= 2 ? dictionary.entryOfDigits(digits, code) : null;
            if (entry == null) {
                entry = ctx.lookup(s, pos + 1, close);
            }
            if (entry == null) {
                ctx.error(pos + 1, "", Gs1ErrorCode.UNKNOWN_AI, "Unrecognised AI: " + s.substring(pos + 1, close));
                return;
            }
            int valueStart = close + 1;
            int valueEnd = valueStart;
            boolean escaped = false;
            int caretAt = -1; // found in the same pass, rather than searching the value again
            for (char c; valueEnd < end && (c = s.charAt(valueEnd)) != '('; valueEnd++) {
                if (c == ESCAPE && valueEnd + 1 < end && s.charAt(valueEnd + 1) == '(') {
                    escaped = true;
                    valueEnd++;
                } else if (c == '^' && caretAt < 0) {
                    caretAt = valueEnd;
                }
            }
            if (valueEnd == valueStart && valueEnd == end) {
                ctx.error(valueStart, entry.ai, Gs1ErrorCode.MALFORMED,
                        "Failed to parse AI data: AI (" + entry.ai + ") has no value");
                return;
            }
            String value = escaped ? unescape(s, valueStart, valueEnd) : s.substring(valueStart, valueEnd);
            // The index reported is the caret's in the unescaped value, after the value's start.
            int caret = caretAt < 0 ? -1 : escaped ? value.indexOf('^') : caretAt - valueStart;
            if (caret >= 0) {
                ctx.error(valueStart + caret, entry.ai, Gs1ErrorCode.ILLEGAL_CHARACTER,
                        "AI (" + entry.ai + ") contains illegal ^ character");
                return;
            }
            if (ValueChecker.checkLength(ctx, entry, value, valueStart) && !ctx.add(entry, value, valueStart)) {
                return;
            }
            pos = valueEnd;
        }
    }

    private static String unescape(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ESCAPE && i + 1 < to && s.charAt(i + 1) == '(') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Reads {@code input[from, end)} as unbracketed element strings separated by {@code separator}; {@code bar}
     * (or {@code -1} for none) is the character that starts the composite component.
     */
    static void readUnbracketed(ParseContext ctx, int from, int end, char separator, String compositeMark) {
        String s = ctx.input;
        int bar = compositeMark == null ? -1 : s.indexOf(compositeMark, from);
        if (bar >= end) {
            bar = -1;
        }
        int linearEnd = bar < 0 ? end : bar;
        readUnbracketedPart(ctx, from, linearEnd, separator);
        if (bar >= 0 && !ctx.stopped()) {
            ctx.startComposite();
            readUnbracketedPart(ctx, bar + compositeMark.length(), end, separator);
        }
    }

    static void readUnbracketedPart(ParseContext ctx, int from, int end, char separator) {
        String s = ctx.input;
        if (from >= end) {
            ctx.error(from, "", Gs1ErrorCode.EMPTY_INPUT, "The AI data is empty");
            return;
        }
        Gs1Dictionary dictionary = ctx.parser.dictionary; // loaded once, not per element
        int pos = from;
        while (pos < end && !ctx.stopped()) {
            if (s.charAt(pos) == separator && pos > from && ctx.lenient) {
                ctx.warn(pos, "", Gs1ErrorCode.LENIENT_EXTRA_SEPARATOR, "A repeated separator was skipped");
                pos++;
                continue;
            }
            AiEntry entry = dictionary.prefixAt(s, pos, end);
            if (entry == null) {
                entry = unknownAt(ctx, pos, end);
                if (entry == null) {
                    ctx.error(pos, "", Gs1ErrorCode.UNKNOWN_AI, "No known AI is a prefix of: "
                            + s.substring(pos, Math.min(end, pos + 4)) + "...");
                    return;
                }
            }
            int valueStart = pos + entry.digits;
            int limit = entry.predefinedLength ? Math.min(end, valueStart + entry.maxLength) : end;
            int valueEnd = indexOf(s, separator, valueStart, limit);
            if (valueEnd < 0) {
                valueEnd = limit;
            }
            if (!entry.predefinedLength && valueEnd - valueStart > entry.maxLength
                    && ctx.lenient && LenientRecovery.splitRunOn(ctx, entry, valueStart, valueEnd)) {
                pos = valueEnd < end && s.charAt(valueEnd) == separator ? valueEnd + 1 : valueEnd;
                continue;
            }
            String value = s.substring(valueStart, valueEnd);
            boolean ok = ValueChecker.check(ctx, entry, value, valueStart);
            if ((ok || !ctx.stopped()) && !ctx.add(entry, value, valueStart)) {
                return;
            }
            pos = valueEnd < end && s.charAt(valueEnd) == separator ? valueEnd + 1 : valueEnd;
        }
    }

    private static AiEntry unknownAt(ParseContext ctx, int pos, int end) {
        if (!ctx.parser.permitUnknownAis) {
            return null;
        }
        int length = ctx.parser.dictionary.aiLengthForPrefix(ctx.input, pos, end);
        if (length == 0 || pos + length > end || !AiDefinition.allDigits(ctx.input, pos, pos + length)) {
            return null;
        }
        return AiEntry.unknown(ctx.input.substring(pos, pos + length));
    }

    /**
     * The first {@code c} in {@code s[from, end)}, or -1. Most spans searched are a few characters (an AI in
     * brackets, a path segment), where the JDK's vectorised search costs more to set up than it saves; a long span
     * that runs to the end of the input gets the vectorised search.
     */
    static int indexOf(String s, char c, int from, int end) {
        if (end - from > VECTORISED_SEARCH_FROM && end == s.length()) {
            return s.indexOf(c, from);
        }
        for (int i = from; i < end; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
