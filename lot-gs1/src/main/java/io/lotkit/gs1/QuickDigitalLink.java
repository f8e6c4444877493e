package io.lotkit.gs1;

/**
 * The quick reading of a GS1 Digital Link URI that is valid, as most are: with no parse context (no per-thread state
 * to look up), it checks every character once, walks the path's pairs back from the end to the primary key, and
 * reads the query's attributes, filling the arrays that become the message. It reports nothing: on anything it does
 * not take (a problem of any kind, a warning, a path with more pairs after a prefix than a key and three qualifiers)
 * it returns null, and {@link DigitalLinkReader} starts over and reports. What it takes, that reading would read the
 * same way, without a problem.
 */
final class QuickDigitalLink {

    /**
     * How many of the path's last slashes are kept, 16 bits each in two {@code long}s: a key and its qualifiers (at
     * most three in the dictionary) need no more than eight, so no array is needed.
     */
    private static final int KEPT_SLASHES = 8;
    private static final int SLASH_BITS = 16;
    private static final int SLASHES_PER_WORD = Long.SIZE / SLASH_BITS;
    private static final int SLASH_MASK = (1 << SLASH_BITS) - 1;

    private QuickDigitalLink() {
    }

    /**
     * Reads a valid Digital Link URI.
     *
     * @return the message, or null for the full reading to start
     */
    static Gs1Message readValid(Gs1Parser parser, String s) {
        int afterScheme = DigitalLinkReader.schemeEnd(s);
        int length = s.length();
        if (afterScheme < 0 || length > SLASH_MASK) {
            return null;
        }
        // The domain: characters a domain may hold, up to the '/' that starts the path.
        int i = afterScheme;
        while (i < length && DigitalLinkReader.kind(s.charAt(i)) == DigitalLinkReader.DOMAIN) {
            i++;
        }
        if (i == afterScheme || i == length || s.charAt(i) != '/') {
            return null;
        }
        // The path, up to '?' or '#' (or an illegal character, which the next loop rejects).
        long recentSlashes = 0; // the last four slashes' positions, the latest in the low bits
        long olderSlashes = 0; // the four before them
        int slashes = 0;
        boolean pathEscapes = false;
        for (; i < length; i++) {
            char c = s.charAt(i);
            byte kind = DigitalLinkReader.kind(c);
            if (kind >= DigitalLinkReader.DOMAIN) {
                continue;
            }
            if (kind == DigitalLinkReader.ILLEGAL || c == '?' || c == '#') {
                break;
            }
            if (c == '/') {
                olderSlashes = olderSlashes << SLASH_BITS | recentSlashes >>> (Long.SIZE - SLASH_BITS);
                recentSlashes = recentSlashes << SLASH_BITS | i;
                slashes++;
            }
            pathEscapes |= c == '%';
        }
        int pathEnd = i;
        // The rest: every character legal, where the fragment starts, whether a query value may need decoding.
        int fragment = length;
        boolean queryEscapes = false;
        for (; i < length; i++) {
            char c = s.charAt(i);
            byte kind = DigitalLinkReader.kind(c);
            if (kind == DigitalLinkReader.ILLEGAL) {
                return null;
            }
            if (kind == DigitalLinkReader.NOTED) {
                fragment = c == '#' && fragment == length ? i : fragment;
                queryEscapes |= c == '%' || c == '+';
            }
        }

        Gs1Dictionary dictionary = parser.dictionary;
        AiEntry[] entries = new AiEntry[ParseContext.initialCapacity(length)]; // at least four slots
        String[] values = new String[entries.length];
        int n = 0;
        // The pairs from the end back to the key, added in that order and turned round after.
        int kept = Math.min(slashes, KEPT_SLASHES);
        int segmentEnd = pathEnd;
        AiEntry key = null;
        for (int k = 0; k + 1 < kept && key == null; k += 2) {
            int valueSlash = slashFromEnd(recentSlashes, olderSlashes, k);
            int aiSlash = slashFromEnd(recentSlashes, olderSlashes, k + 1);
            AiEntry entry = dictionary.entry(s, aiSlash + 1, valueSlash - aiSlash - 1);
            String value = entry == null ? null
                    : value(s, entry, valueSlash + 1, segmentEnd, false, pathEscapes, entries, n);
            if (value == null) {
                return null;
            }
            entries[n] = entry; // at most four pairs: the arrays have room for them
            values[n++] = value;
            key = entry.dlPrimaryKey ? entry : null;
            segmentEnd = aiSlash;
        }
        if (key == null) {
            return null;
        }
        reverse(entries, n);
        reverse(values, n);
        int pathLength = n;
        if (!DigitalLinkKeys.validQualifiers(key, entries, 1, pathLength, 1)) {
            return null;
        }
        // The query's attributes; parameters that are not GS1 data are passed over, as the full reading does.
        int pos = pathEnd + 1;
        while (pathEnd < fragment && pos < fragment) { // the path ended at '?'
            int amp = ElementStringReader.indexOf(s, '&', pos, fragment);
            int paramEnd = amp < 0 ? fragment : amp;
            int eq = ElementStringReader.indexOf(s, '=', pos, paramEnd);
            if (eq > pos && AiDefinition.allDigits(s, pos, eq)) {
                AiEntry entry = dictionary.entry(s, pos, eq - pos);
                String value = entry == null || DigitalLinkKeys.belongsInPath(key, entries, pathLength, entry) ? null
                        : value(s, entry, eq + 1, paramEnd, true, queryEscapes, entries, n);
                if (value == null) {
                    return null;
                }
                entries = QuickReadings.room(entries, n);
                values = QuickReadings.room(values, n);
                entries[n] = entry;
                values[n++] = value;
            }
            pos = paramEnd + 1;
        }
        return QuickReadings.finish(parser, entries, values, n, pathLength);
    }

    /** The position of the {@code k}-th slash from the path's end ({@code k = 0} the last), {@code k < 8}. */
    private static int slashFromEnd(long recent, long older, int k) {
        long word = k < SLASHES_PER_WORD ? recent : older;
        return (int) (word >>> (k % SLASHES_PER_WORD * SLASH_BITS)) & SLASH_MASK;
    }

    /**
     * The value {@code s[from, to)} of {@code entry}, percent-decoded when it may hold escapes, if it passes every
     * check with no problem or warning and its AI is not among the {@code n} already read; else null.
     */
    private static String value(String s, AiEntry entry, int from, int to, boolean query, boolean escapes,
            AiEntry[] entries, int n) {
        if (from >= to || n == ParseContext.MAX_AIS) {
            return null;
        }
        for (int j = 0; j < n; j++) {
            if (entries[j] == entry) {
                return null;
            }
        }
        String value = escapes ? PercentCoding.decode(s, from, to, query) : s.substring(from, to);
        // Only %00 can put a NUL in a value: a raw one fails the URI character check.
        if (value == null || escapes && value.indexOf('\0') >= 0) {
            return null;
        }
        int length = value.length();
        return length >= entry.minLength && length <= entry.maxLength && ValueChecker.passes(entry, value) ? value
                : null;
    }

    private static void reverse(Object[] array, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object swap = array[i];
            array[i] = array[j];
            array[j] = swap;
        }
    }
}
