package io.lotkit.gs1;


/**
 * Reads a GS1 Digital Link URI: any scheme-and-domain, any path prefix, then the primary key and its qualifiers as
 * {@code /AI/value} pairs (found by walking back from the end of the path), then data attributes in the query.
 * Values are percent-decoded; in the query, {@code +} means a space.
 */
final class DigitalLinkReader {

    private static final String ALPHANUMERIC =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** RFC 3986 unreserved and reserved characters, and '%'. */
    private static final String URI_CHARACTERS = ALPHANUMERIC + "-._~:/?#[]@!$&'()*+,;=%";
    /** The characters a domain may hold. */
    private static final String DOMAIN_CHARACTERS = ALPHANUMERIC + "-.:[]";
    /** The characters the first pass over a URI notes; the others are passed over. */
    private static final String NOTED_CHARACTERS = "#?%+/";
    static final byte ILLEGAL = 0;
    static final byte NOTED = 1;
    // The kinds from DOMAIN up are passed over by the first pass (one comparison).
    /** A URI character that may also be in a domain; none of these is noted. */
    static final byte DOMAIN = 2;
    static final byte PLAIN = 3;
    /** Each US-ASCII character's kind, so the first pass costs one table load per character. */
    private static final byte[] URI_KINDS = uriKinds();

    private DigitalLinkReader() {
    }

    static void read(ParseContext ctx) {
        String s = ctx.input;
        int afterScheme = schemeEnd(s);
        if (afterScheme < 0) {
            ctx.error(0, "", Gs1ErrorCode.DL_MALFORMED_URI,
                    "A GS1 Digital Link URI starts with http:// or https:// (in one case)");
            return;
        }
        // One pass checks every character after the scheme (whose characters are legal) and notes what later steps
        // would otherwise search for again: the first '#' and '?', the slashes of the path (those before either),
        // whether any value could need decoding at all, and the first character no domain may hold.
        int fragment = -1;
        int question = -1;
        int slashCount = 0;
        int notDomain = -1;
        boolean percent = false;
        boolean plus = false;
        for (int i = afterScheme; i < s.length(); i++) {
            char c = s.charAt(i);
            byte kind = kind(c);
            if (kind == DOMAIN) {
                continue;
            }
            if (kind == ILLEGAL) {
                ctx.error(i, "", Gs1ErrorCode.DL_MALFORMED_URI, "URI contains illegal characters");
                return;
            }
            if (notDomain < 0) {
                notDomain = i;
            }
            if (kind == PLAIN) {
                continue;
            }
            if (c == '/') {
                if (fragment < 0 && question < 0) {
                    slashCount = ctx.noteSlash(slashCount, i);
                }
            } else if (c == '#' && fragment < 0) {
                fragment = i;
            } else if (c == '?' && question < 0) {
                question = i;
            }
            percent |= c == '%';
            plus |= c == '+';
        }
        int end = fragment < 0 ? s.length() : fragment;
        int query = question < end ? question : -1;
        int pathEnd = query < 0 ? end : query;
        int pathStart = slashCount == 0 ? -1 : ctx.slashes[0];
        if (pathStart < 0 || pathStart == afterScheme) {
            ctx.error(afterScheme, "", Gs1ErrorCode.DL_MALFORMED_URI, "URI must contain a domain and path info");
            return;
        }
        // The domain is [afterScheme, pathStart); the '/' at pathStart is the first non-domain character unless the
        // domain holds one.
        if (notDomain < pathStart) {
            ctx.error(notDomain, "", Gs1ErrorCode.DL_MALFORMED_URI, "Domain contains illegal characters");
            return;
        }
        AiEntry key = readPath(ctx, slashCount, pathStart, pathEnd, percent);
        if (key != null && !ctx.stopped() && query >= 0) {
            readQuery(ctx, key, query + 1, end, percent || plus);
        }
    }

    /** The kind of URI character {@code c} is: {@link #ILLEGAL}, {@link #DOMAIN}, {@link #PLAIN} or {@link #NOTED}. */
    static byte kind(char c) {
        return c < URI_KINDS.length ? URI_KINDS[c] : ILLEGAL;
    }

    /** Returns the index just past {@code http://} or {@code https://} (all lower or all upper case), or -1. */
    static int schemeEnd(String s) {
        if (s.length() < 7) {
            return -1;
        }
        char first = s.charAt(0);
        int lower = first == 'h' ? Gs1InputForm.LOWER_CASE : first == 'H' ? 0 : -1;
        if (lower < 0 || s.charAt(1) != ('T' | lower) || s.charAt(2) != ('T' | lower)
                || s.charAt(3) != ('P' | lower)) {
            return -1;
        }
        int colon = s.charAt(4) == ('S' | lower) ? 5 : 4;
        return s.length() >= colon + 3 && s.charAt(colon) == ':' && s.charAt(colon + 1) == '/'
                && s.charAt(colon + 2) == '/' ? colon + 3 : -1;
    }

    /**
     * Reads the key and qualifiers; returns the key's entry, or null after an error. The first pass over the URI
     * noted where the path's {@code count} slashes are (in {@code ctx.slashes}); the pairs are then walked back from
     * the end to find the key, checked as a qualifier sequence, and added forward from the key in path order, all by
     * those positions.
     */
    private static AiEntry readPath(ParseContext ctx, int count, int pathStart, int pathEnd, boolean escapes) {
        String s = ctx.input;
        int[] slashes = ctx.slashes;
        Gs1Dictionary dictionary = ctx.parser.dictionary;
        // The entry of each AI read, by the index of the slash before it: the forward pass looks nothing up again.
        // (A valid link is read by QuickDigitalLink; this reading, which also reports errors, is the rarer one.)
        AiEntry[] found = new AiEntry[count];
        AiEntry key = null;
        int keyAt = -1; // which slash is the one before the key's AI
        int segmentEnd = pathEnd;
        for (int valueAt = count - 1; valueAt >= 1; valueAt -= 2) {
            int valueSlash = slashes[valueAt];
            int aiSlash = slashes[valueAt - 1];
            AiEntry entry = dictionary.entry(s, aiSlash + 1, valueSlash - aiSlash - 1);
            if (entry == null) {
                break;
            }
            if (valueSlash + 1 == segmentEnd) {
                ctx.error(valueSlash + 1, entry.ai, Gs1ErrorCode.VALUE_TOO_SHORT,
                        "AI (" + entry.ai + ") value path element is empty");
                return null;
            }
            found[valueAt - 1] = entry;
            if (entry.dlPrimaryKey) {
                key = entry;
                keyAt = valueAt - 1;
                break;
            }
            segmentEnd = aiSlash;
        }
        if (key == null) {
            ctx.error(pathStart, "", Gs1ErrorCode.DL_NO_PRIMARY_KEY, "No GS1 DL keys found in path info");
            return null;
        }
        if (!DigitalLinkKeys.validQualifiers(key, found, keyAt + 2, count, 2)) {
            ctx.error(slashes[keyAt] + 1, key.ai, Gs1ErrorCode.DL_INVALID_PATH,
                    "The AIs in the path are not a valid key-qualifier sequence for the key");
            return null;
        }
        for (int aiAt = keyAt; aiAt < count && !ctx.stopped(); aiAt += 2) {
            int valueSlash = slashes[aiAt + 1];
            int valueEnd = aiAt + 2 < count ? slashes[aiAt + 2] : pathEnd;
            addDecoded(ctx, found[aiAt], valueSlash + 1, valueEnd, false, escapes, "path info");
        }
        ctx.dlPathLength = ctx.size();
        return key;
    }

    private static void readQuery(ParseContext ctx, AiEntry key, int from, int end, boolean escapes) {
        String s = ctx.input;
        int pos = from;
        while (pos < end && !ctx.stopped()) {
            int amp = ElementStringReader.indexOf(s, '&', pos, end);
            int paramEnd = amp < 0 ? end : amp;
            int eq = ElementStringReader.indexOf(s, '=', pos, paramEnd);
            // Empty parameters, singletons and non-numeric keys are not GS1 data and are passed over.
            if (eq > pos && AiDefinition.allDigits(s, pos, eq)) {
                AiEntry entry = ctx.parser.dictionary.entry(s, pos, eq - pos);
                if (entry == null) {
                    ctx.error(pos, "", Gs1ErrorCode.DL_INVALID_ATTRIBUTE,
                            "Unknown AI (" + s.substring(pos, eq) + ") in query parameters");
                    return;
                }
                if (eq + 1 == paramEnd) {
                    ctx.error(eq + 1, entry.ai, Gs1ErrorCode.VALUE_TOO_SHORT,
                            "AI (" + entry.ai + ") value query element is empty");
                    return;
                }
                if (DigitalLinkKeys.belongsInPath(key, ctx.entries(), ctx.dlPathLength, entry)) {
                    ctx.error(pos, entry.ai, Gs1ErrorCode.DL_INVALID_ATTRIBUTE,
                            "AI (" + entry.ai + ") from query params should be in the path info");
                    return;
                }
                addDecoded(ctx, entry, eq + 1, paramEnd, true, escapes, "query params");
            }
            pos = paramEnd + 1;
        }
    }

    /** Adds a value, percent-decoded when {@code escapes} says the URI holds a '%' (or, in the query, a '+'). */
    private static void addDecoded(ParseContext ctx, AiEntry entry, int from, int to, boolean query,
            boolean escapes, String where) {
        String value = escapes ? PercentCoding.decode(ctx.input, from, to, query) : ctx.input.substring(from, to);
        if (value == null) {
            ctx.error(from, entry.ai, Gs1ErrorCode.DL_MALFORMED_URI,
                    "AI (" + entry.ai + ") value in " + where + " has a malformed percent-encoding");
            return;
        }
        // Only %00 can put a NUL in a value: a raw one fails the URI character check.
        if (escapes && value.indexOf('\0') >= 0) {
            ctx.error(from, entry.ai, Gs1ErrorCode.ILLEGAL_CHARACTER,
                    "Decoded AI (" + entry.ai + ") from DL " + where + " contains illegal null character");
            return;
        }
        if (ctx.lenient && entry.ai.equals("01") && isShortGtin(value)) {
            ctx.warn(from, entry.ai, Gs1ErrorCode.LENIENT_SHORT_GTIN,
                    "AI (01): the GTIN-" + value.length() + " " + value + " was padded to 14 digits");
            value = "000000".substring(0, 14 - value.length()) + value;
        }
        for (int i = 0; i < ctx.size(); i++) {
            if (ctx.entry(i) == entry) {
                ctx.error(from, entry.ai, Gs1ErrorCode.REPEATED_AI_DIFFERENT, "AI (" + entry.ai + ") is duplicated");
                return;
            }
        }
        if (!ValueChecker.checkLength(ctx, entry, value, from)) {
            return;
        }
        if (ValueChecker.check(ctx, entry, value, from) || !ctx.stopped()) {
            ctx.add(entry, value, from);
        }
    }

    private static boolean isShortGtin(String value) {
        int length = value.length();
        return (length == 8 || length == 12 || length == 13) && AiDefinition.allDigits(value);
    }

    private static byte[] uriKinds() {
        byte[] kinds = new byte[128];
        for (int i = 0; i < URI_CHARACTERS.length(); i++) {
            char c = URI_CHARACTERS.charAt(i);
            kinds[c] = NOTED_CHARACTERS.indexOf(c) >= 0 ? NOTED : DOMAIN_CHARACTERS.indexOf(c) >= 0 ? DOMAIN : PLAIN;
        }
        return kinds;
    }
}
